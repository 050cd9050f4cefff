package app

import (
	"context"
	"log/slog"
	"time"

	"zensync/backend/oauth"
	"zensync/backend/store"
	"zensync/backend/syncer"
	"zensync/backend/zendesk"
)

// syncWiring is the sync and data area: the syncer and its two facades.
type syncWiring struct {
	syncer  *syncer.Syncer
	api     *SyncAPI
	data    *DataAPI
	records *store.RecordRepo
	log     *slog.Logger
}

func wireSync(cfg Config, log *slog.Logger, db *store.DB, repo *store.IntegrationRepo, records *store.RecordRepo,
	tokens *oauth.Manager, emit Emitter, afterSync func()) *syncWiring {
	progress, emitFinished, changed := syncEvents(emit)
	finished := func(r syncer.Result) {
		emitFinished(r)
		afterSync() // new comments and articles may bring attachments to download
	}
	s := syncer.New(syncer.Options{
		Records: records, Integrations: repo, Clients: tokens, Activity: store.NewActivityRepo(db, nil),
		Logger: log, OnProgress: progress, OnFinished: finished, OnTicketsChanged: changed,
		IncrementalPerMinute: zendesk.ExportsPerMinute(cfg.ZendeskURL), KeepFree: keepFreeShare(cfg.KeepFreePercent),
	})
	data := NewDataAPI(db, records.Generation, log)
	data.fetchComments = s.FetchComments
	return &syncWiring{syncer: s, records: records, log: log,
		api:  NewSyncAPI(s, repo, records, log),
		data: data}
}

// keepFreeShare turns the setting into the syncer's share (0 % is "keep nothing free").
func keepFreeShare(percent int) float64 {
	if percent <= 0 {
		return -1
	}
	return float64(percent) / 100
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
