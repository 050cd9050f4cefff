package app

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"time"

	"zensync/backend/store"
	"zensync/backend/syncer"
)

// SyncAPI starts, cancels and reports syncs. SyncNow returns at once; progress arrives as
// sync:progress events and the outcome as one sync:finished event.
type SyncAPI struct {
	syncer  *syncer.Syncer
	repo    *store.IntegrationRepo
	records *store.RecordRepo
	bridge  *bridge
}

// NewSyncAPI returns the facade.
func NewSyncAPI(s *syncer.Syncer, repo *store.IntegrationRepo, records *store.RecordRepo, log *slog.Logger) *SyncAPI {
	return &SyncAPI{syncer: s, repo: repo, records: records,
		bridge: newBridge(log.With("component", "sync_api"), mapSyncError, mapStoreError)}
}

func mapSyncError(err error) (Code, string, bool) {
	switch {
	case errors.Is(err, syncer.ErrRunning):
		return CodeBusy, "A sync of this integration is already running.", true
	case errors.Is(err, syncer.ErrStopped):
		return CodeCancelled, "Zensync is shutting down.", true
	}
	return "", "", false
}

// SyncNow starts a sync of the integration (busy when one runs already).
func (a *SyncAPI) SyncNow(integrationID string) error {
	if _, err := a.repo.Get(context.Background(), integrationID); err != nil {
		return a.bridge.wrap("sync.sync_now", err)
	}
	return a.bridge.wrap("sync.sync_now", a.syncer.SyncNow(integrationID))
}

// Cancel stops the integration's running sync; what is committed stays. Nothing running is fine.
func (a *SyncAPI) Cancel(integrationID string) error {
	if err := a.syncer.Cancel(integrationID); err != nil && !errors.Is(err, syncer.ErrNotRunning) {
		return a.bridge.wrap("sync.cancel", err)
	}
	return nil
}

// Status returns the integration's sync state: last sync, counts and each stream.
func (a *SyncAPI) Status(integrationID string) (SyncStatus, error) {
	ctx := context.Background()
	in, err := a.repo.Get(ctx, integrationID)
	if err != nil {
		return SyncStatus{}, a.bridge.wrap("sync.status", err)
	}
	st, err := a.syncer.Status(ctx, integrationID)
	if err != nil {
		return SyncStatus{}, a.bridge.wrap("sync.status", err)
	}
	c, err := a.records.Counts(ctx, integrationID)
	if err != nil {
		return SyncStatus{}, a.bridge.wrap("sync.status", err)
	}
	out := SyncStatus{IntegrationID: integrationID, Running: st.Running, LastError: in.LastError,
		Counts: SyncCounts(c), Streams: make([]StreamStatus, len(st.Streams))}
	if in.LastSyncAt != nil {
		out.LastSyncAt = in.LastSyncAt.UTC().Format(time.RFC3339)
	}
	for i, s := range st.Streams {
		out.Streams[i] = StreamStatus{Name: s.Name, Records: s.Records, Pages: s.Pages, LastError: s.LastError,
			Checkpoint: s.Checkpoint}
		if !s.WaitingUntil.IsZero() {
			out.Streams[i].WaitingUntil = s.WaitingUntil.UTC().Format(time.RFC3339)
		}
	}
	return out, nil
}

// syncEvents turns the syncer's callbacks into UI events.
func syncEvents(emit Emitter) (func(syncer.Progress), func(syncer.Result), func(string)) {
	round := func(f float64) float64 { return math.Round(f*10) / 10 }
	progress := func(p syncer.Progress) {
		emit(EventSyncProgress, SyncProgress{IntegrationID: p.IntegrationID, Stream: p.Stream, Records: p.Records,
			Pages: p.Pages, WaitingSeconds: round(p.WaitingSeconds), ETASeconds: round(p.ETASeconds), Estimate: p.Estimate, Running: p.Running})
	}
	finished := func(r syncer.Result) {
		emit(EventSyncFinished, SyncFinished{IntegrationID: r.IntegrationID, OK: r.OK, Message: r.Message})
		emit(EventIntegrationsChanged, IntegrationsChanged{ID: r.IntegrationID})
	}
	changed := func(id string) { emit(EventTicketsChanged, TicketsChanged{IntegrationID: id}) }
	return progress, finished, changed
}
