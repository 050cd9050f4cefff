package syncer

import (
	"context"
	"sort"
	"time"
)

// StreamStatus is one stream's state: stored totals over every run (Records, Pages), and while a
// sync runs, that run's own counts (RunRecords, RunPages, from zero at its start).
type StreamStatus struct {
	Name         string
	Records      int64
	Pages        int64
	RunRecords   int64
	RunPages     int64
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
	byName := map[string]*StreamStatus{}
	for name, x := range states {
		ss := &StreamStatus{Name: name, Records: x.Records, Pages: x.Pages, LastError: x.LastError,
			Checkpoint: x.Checkpoint}
		if x.RetryAfterUntil.After(s.o.Now()) {
			ss.WaitingUntil = x.RetryAfterUntil
		}
		byName[name] = ss
	}
	if r != nil {
		r.mu.Lock()
		for name, sp := range r.streams {
			ss, ok := byName[name]
			if !ok {
				ss = &StreamStatus{Name: name}
				byName[name] = ss
			}
			ss.RunRecords, ss.RunPages = sp.records, sp.pages
			if sp.waitUntil.After(ss.WaitingUntil) {
				ss.WaitingUntil = sp.waitUntil
			}
		}
		r.mu.Unlock()
	}
	for _, ss := range byName {
		st.Streams = append(st.Streams, *ss)
	}
	sort.Slice(st.Streams, func(i, j int) bool { return st.Streams[i].Name < st.Streams[j].Name })
	return st, nil
}
