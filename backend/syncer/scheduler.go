package syncer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
)

// Start syncs every connected integration now and then each one again when its poll interval
// has passed since its last sync, until Shutdown. Call once.
func (s *Syncer) Start() {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.pollDue(true)
		t := time.NewTicker(s.o.CheckEvery)
		defer t.Stop()
		for {
			select {
			case <-s.baseCtx.Done():
				return
			case <-t.C:
				s.pollDue(false)
			}
		}
	}()
}

// pollDue starts a sync of every connected integration that is due (all of them at start).
func (s *Syncer) pollDue(atStart bool) {
	list, err := s.o.Integrations.List(s.baseCtx)
	if err != nil {
		s.log.Warn("listing integrations for sync", "err", err)
		return
	}
	now := s.o.Now()
	for _, in := range list {
		if in.Status != integration.StatusConnected {
			continue
		}
		if !atStart {
			states, err := s.o.Records.SyncStates(s.baseCtx, in.ID)
			if err != nil {
				s.log.Warn("reading sync state", "integration_id", in.ID, "err", err)
				continue
			}
			if !due(in, states, now) {
				continue
			}
		}
		if err := s.SyncNow(in.ID); err != nil && !errors.Is(err, ErrRunning) {
			s.log.Warn("starting scheduled sync", "integration_id", in.ID, "err", err)
		}
	}
}

// maxPollBackoff bounds how far repeated failures stretch the poll interval.
const maxPollBackoff = 2 * time.Hour

// due reports whether an integration should be polled now: its poll interval has passed since
// its last sync, doubled for each failure in a row of its worst stream (up to maxPollBackoff),
// and no stream is still inside a Retry-After that Zendesk asked for.
func due(in integration.Integration, states map[string]store.SyncState, now time.Time) bool {
	failures := 0
	for _, st := range states {
		if st.RetryAfterUntil.After(now) {
			return false
		}
		failures = max(failures, st.ErrorCount)
	}
	// Polls are spaced from the last attempt, failed or not (a failing integration is not
	// retried every check); an integration without one (older rows) falls back to its last sync.
	last := in.LastAttemptAt
	if last == nil {
		last = in.LastSyncAt
	}
	if last == nil {
		return true
	}
	every := time.Duration(in.PollIntervalMinutes) * time.Minute
	if every <= 0 {
		every = time.Duration(integration.DefaultPollIntervalMinutes) * time.Minute
	}
	limit := max(maxPollBackoff, every)
	for i := 0; i < failures && every < limit; i++ {
		every *= 2
	}
	return !now.Before(last.Add(min(every, limit)))
}

// SyncNow starts a sync of the integration in the background and returns at once; ErrRunning
// when one is running already, ErrNotConnected (recording nothing) when it never signed in.
// Progress and the outcome arrive through the callbacks.
func (s *Syncer) SyncNow(integrationID string) error {
	s.mu.Lock()
	closed := s.closed
	s.mu.Unlock()
	if closed {
		return ErrStopped
	}
	if err := s.checkConnected(s.baseCtx, integrationID); err != nil {
		if s.baseCtx.Err() != nil {
			return ErrStopped // shut down while reading the integration
		}
		return err
	}
	r, err := s.begin(s.baseCtx, integrationID)
	if err != nil {
		return err
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		_, _ = r.execute(s.baseCtx)
	}()
	return nil
}

// Cancel stops the integration's running sync (what is committed stays); ErrNotRunning if none.
func (s *Syncer) Cancel(integrationID string) error {
	s.mu.Lock()
	r, ok := s.running[integrationID]
	s.mu.Unlock()
	if !ok {
		return fmt.Errorf("%s: %w", integrationID, ErrNotRunning)
	}
	r.mu.Lock()
	cancel := r.cancel
	r.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	return nil
}

// Running reports whether a sync of the integration is running.
func (s *Syncer) Running(integrationID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.running[integrationID]
	return ok
}

// Shutdown cancels every sync and the scheduler and waits for them, at most until ctx ends.
func (s *Syncer) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.stop()
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("syncer shutdown: %w", ctx.Err())
	}
}

// Stop cancels the integration's running sync, if any, and waits until it has ended (or ctx
// ends), so nothing it writes can land after, for example, the integration's data is deleted.
func (s *Syncer) Stop(ctx context.Context, integrationID string) error {
	s.mu.Lock()
	r, ok := s.running[integrationID]
	s.mu.Unlock()
	if !ok {
		return nil
	}
	_ = s.Cancel(integrationID)
	select {
	case <-r.done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("waiting for the sync of %s to stop: %w", integrationID, ctx.Err())
	}
}

// checkConnected refuses, with ErrNotConnected, an integration that has never been connected. A
// connection that failed later (an expired or revoked token) still runs, and its failure is
// recorded as the last attempt.
func (s *Syncer) checkConnected(ctx context.Context, integrationID string) error {
	in, err := s.o.Integrations.Get(ctx, integrationID)
	if err != nil {
		return err
	}
	if in.Status == integration.StatusNotConnected {
		return fmt.Errorf("%s: %w", in.Name, ErrNotConnected)
	}
	return nil
}
