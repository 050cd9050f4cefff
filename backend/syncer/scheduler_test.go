package syncer

import (
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
)

func TestDue(t *testing.T) {
	// The real time, so nothing here can meet a clock at another date.
	now := time.Now().UTC().Truncate(time.Second)
	ago := func(d time.Duration) *time.Time { x := now.Add(-d); return &x }
	in := func(last *time.Time) integration.Integration {
		return integration.Integration{PollIntervalMinutes: 5, LastSyncAt: last}
	}
	failing := func(n int) map[string]store.SyncState {
		return map[string]store.SyncState{"tickets": {ErrorCount: n}, "comments": {}}
	}
	tests := []struct {
		name   string
		in     integration.Integration
		states map[string]store.SyncState
		want   bool
	}{
		{"never synced", in(nil), nil, true},
		{"synced within the interval", in(ago(4 * time.Minute)), nil, false},
		{"the interval has passed", in(ago(5 * time.Minute)), nil, true},
		{"one failure doubles the interval", in(ago(6 * time.Minute)), failing(1), false},
		{"and then it is due", in(ago(10 * time.Minute)), failing(1), true},
		{"many failures wait at most two hours", in(ago(2 * time.Hour)), failing(50), true},
		{"many failures still wait", in(ago(90 * time.Minute)), failing(50), false},
		{"a Retry-After in the future holds the poll", in(ago(time.Hour)),
			map[string]store.SyncState{"tickets": {RetryAfterUntil: now.Add(time.Minute)}}, false},
		{"a Retry-After in the past does not", in(ago(time.Hour)),
			map[string]store.SyncState{"tickets": {RetryAfterUntil: now.Add(-time.Minute)}}, true},
		{"a failed attempt after the last sync spaces the next poll",
			integration.Integration{PollIntervalMinutes: 5, LastSyncAt: ago(time.Hour), LastAttemptAt: ago(time.Minute)}, failing(1), false},
		{"and the interval counts from that attempt",
			integration.Integration{PollIntervalMinutes: 5, LastSyncAt: ago(time.Hour), LastAttemptAt: ago(11 * time.Minute)}, failing(1), true},
		{"no interval set means five minutes", integration.Integration{LastSyncAt: ago(5 * time.Minute)}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := due(tt.in, tt.states, now); got != tt.want {
				t.Errorf("due = %v, want %v", got, tt.want)
			}
		})
	}
}
