package syncer

import (
	"context"
	"sort"
	"time"
)

// StreamStatus is one stream's state: stored totals, and live figures while it runs.
type StreamStatus struct {
	Name         string
	Records      int64
	Pages        int64
	LastError    string
	Checkpoint   string
	WaitingUntil time.Time
}

// Status is an integration's sync state for the UI.
type Status struct {
	IntegrationID string
	Running       bool
	Streams       []StreamStatus
}

// Status reads the integration's stream states (and whether a sync runs).
func (s *Syncer) Status(ctx context.Context, integrationID string) (Status, error) {
	st := Status{IntegrationID: integrationID, Streams: []StreamStatus{}}
	states, err := s.o.Records.SyncStates(ctx, integrationID)
	if err != nil {
		return st, err
	}
	s.mu.Lock()
	r := s.running[integrationID]
	s.mu.Unlock()
	st.Running = r != nil
	for name, x := range states {
		ss := StreamStatus{Name: name, Records: x.Records, Pages: x.Pages, LastError: x.LastError,
			Checkpoint: x.Checkpoint}
		if x.RetryAfterUntil.After(s.o.Now()) {
			ss.WaitingUntil = x.RetryAfterUntil
		}
		if r != nil {
			r.mu.Lock()
			if sp, ok := r.streams[name]; ok && sp.waitUntil.After(ss.WaitingUntil) {
				ss.WaitingUntil = sp.waitUntil
			}
			r.mu.Unlock()
		}
		st.Streams = append(st.Streams, ss)
	}
	sort.Slice(st.Streams, func(i, j int) bool { return st.Streams[i].Name < st.Streams[j].Name })
	return st, nil
}
