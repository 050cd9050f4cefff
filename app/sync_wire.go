package app

import (
	"context"
	"log/slog"
	"time"

	"zensync/backend/integration"
	"zensync/backend/oauth"
	"zensync/backend/store"
	"zensync/backend/syncer"
)

// syncWiring is the sync and data area: the syncer and its two facades.
type syncWiring struct {
	syncer  *syncer.Syncer
	api     *SyncAPI
	data    *DataAPI
	records *store.RecordRepo
	log     *slog.Logger
}

// zendeskExportLimit is Zendesk's incremental-export limit per minute (without the add-on).
const zendeskExportLimit = 10

func wireSync(cfg Config, log *slog.Logger, db *store.DB, repo *store.IntegrationRepo, records *store.RecordRepo,
	tokens *oauth.Manager, emit Emitter) *syncWiring {
	progress, finished, changed := syncEvents(emit)
	perMinute := 0 // the emulator (or another test server) enforces its own limits, answered by 429s
	if cfg.ZendeskURL == "" || cfg.ZendeskURL == DefaultZendeskURL {
		perMinute = zendeskExportLimit
	}
	s := syncer.New(syncer.Options{
		Records: records, Integrations: repo, Clients: tokens, Activity: store.NewActivityRepo(db, nil),
		Logger: log, OnProgress: progress, OnFinished: finished, OnTicketsChanged: changed,
		IncrementalPerMinute: perMinute, KeepFree: keepFreeShare(cfg.KeepFreePercent),
	})
	return &syncWiring{syncer: s, records: records, log: log,
		api:  NewSyncAPI(s, repo, records, log),
		data: NewDataAPI(store.NewTicketReader(db, records.Generation), log)}
}

// keepFreeShare turns the setting into the syncer's share (0 % is "keep nothing free").
func keepFreeShare(percent int) float64 {
	if percent <= 0 {
		return -1
	}
	return float64(percent) / 100
}

// onConnected starts the first sync right after a successful sign-in.
func (sw *syncWiring) onConnected(_ context.Context, in integration.Integration) {
	if err := sw.syncer.SyncNow(in.ID); err != nil {
		sw.log.Info("sync after connect not started", "integration_id", in.ID, "err", err)
	}
}

// onDelete stops the integration's running sync, and waits for it, before it is deleted.
func (sw *syncWiring) onDelete(ctx context.Context, in integration.Integration) error {
	return sw.syncer.Stop(ctx, in.ID)
}

func (sw *syncWiring) start() { sw.syncer.Start() }

// stop cancels every sync and waits for them (at most five seconds) before the database closes.
func (sw *syncWiring) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := sw.syncer.Shutdown(ctx); err != nil {
		sw.log.Warn("sync shutdown", "err", err)
	}
}

// onUpdate keeps the local copy true to the account an integration points at. A new Zendesk
// domain is another account: its records and checkpoints would mix with the old ones (and an old
// cursor means nothing there), so the old account's local data goes. A new Pull Record By walks
// the exports again from the backfill date under the new rule; the records stay.
func (sw *syncWiring) onUpdate(ctx context.Context, before, after integration.Integration) error {
	switch {
	case before.Domain != after.Domain:
		if err := sw.syncer.Stop(ctx, after.ID); err != nil {
			return err
		}
		return sw.records.DeleteIntegrationData(ctx, after.ID)
	case before.PullRecordBy != after.PullRecordBy:
		if err := sw.syncer.Stop(ctx, after.ID); err != nil {
			return err
		}
		return sw.records.ResetSyncState(ctx, after.ID)
	}
	return nil
}
