package webhook

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Stats are the listener's counters since start.
type Stats struct {
	Received   int64 `json:"received"`
	Accepted   int64 `json:"accepted"`
	Duplicates int64 `json:"duplicates"`
	Rejected   int64 `json:"rejected"`
}

// Delivery is one outcome the UI hears about (at most one per integration, reason and flush).
type Delivery struct {
	IntegrationID string
	Accepted      bool
	Reason        string
	EventType     string
	Count         int
}

// tally counts every delivery at once and writes them to Activity in aggregated batches (one
// line per integration and reason per flush), so a flood of bad requests costs the database one
// small write per second, not one per request.
type tally struct {
	received, accepted, duplicates, rejected atomic.Int64

	mu      sync.Mutex
	pending map[tallyKey]*tallyValue

	write    ActivityWriter
	notify   func(Delivery)
	interval time.Duration
	log      *slog.Logger
	now      func() time.Time
}

type tallyKey struct {
	integrationID string
	accepted      bool
	reason        string
}

type tallyValue struct {
	count     int
	eventType string
	first     time.Time
}

func newTally(write ActivityWriter, notify func(Delivery), interval time.Duration, log *slog.Logger) *tally {
	if interval <= 0 {
		interval = time.Second
	}
	return &tally{pending: map[tallyKey]*tallyValue{}, write: write, notify: notify, interval: interval, log: log, now: time.Now}
}

func (t *tally) stats() Stats {
	return Stats{Received: t.received.Load(), Accepted: t.accepted.Load(), Duplicates: t.duplicates.Load(), Rejected: t.rejected.Load()}
}

// reject counts a refused request; reason is shown in Activity as is.
func (t *tally) reject(integrationID, reason string) {
	t.rejected.Add(1)
	t.add(tallyKey{integrationID, false, reason}, "")
}

// accept counts a stored (or duplicate) event.
func (t *tally) accept(integrationID, eventType string, duplicate bool) {
	if duplicate {
		t.duplicates.Add(1)
		t.add(tallyKey{integrationID, true, "duplicate delivery, already stored"}, eventType)
		return
	}
	t.accepted.Add(1)
	t.add(tallyKey{integrationID, true, ""}, eventType)
}

func (t *tally) add(k tallyKey, eventType string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	v := t.pending[k]
	if v == nil {
		if len(t.pending) >= 1000 { // a flood of distinct ids: keep counting, drop the detail
			k = tallyKey{"", k.accepted, "many distinct requests (details dropped)"}
			if v = t.pending[k]; v == nil {
				v = &tallyValue{first: t.now()}
				t.pending[k] = v
			}
		} else {
			v = &tallyValue{first: t.now()}
			t.pending[k] = v
		}
	}
	v.count++
	if eventType != "" {
		v.eventType = eventType
	}
}

// run flushes every interval until ctx ends, then flushes once more.
func (t *tally) run(ctx context.Context) {
	tick := time.NewTicker(t.interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			t.flush(context.WithoutCancel(ctx))
			return
		case <-tick.C:
			t.flush(ctx)
		}
	}
}

func (t *tally) flush(ctx context.Context) {
	t.mu.Lock()
	batch := t.pending
	t.pending = map[tallyKey]*tallyValue{}
	t.mu.Unlock()
	if len(batch) == 0 {
		return
	}
	entries := make([]Activity, 0, len(batch))
	for k, v := range batch {
		entries = append(entries, activityLine(k, v))
		if t.notify != nil {
			t.notify(Delivery{IntegrationID: k.integrationID, Accepted: k.accepted, Reason: k.reason, EventType: v.eventType, Count: v.count})
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].At.Before(entries[j].At) })
	if t.write == nil {
		return
	}
	if err := t.write(ctx, entries); err != nil {
		t.log.Warn("writing webhook activity", "err", err, "entries", len(entries))
	}
}

func activityLine(k tallyKey, v *tallyValue) Activity {
	a := Activity{At: v.first, IntegrationID: k.integrationID, Reason: k.reason}
	plural := func(one, many string) string {
		if v.count == 1 {
			return one
		}
		return fmt.Sprintf(many, v.count)
	}
	switch {
	case !k.accepted:
		a.Level = "warn"
		a.Message = plural("Webhook delivery rejected", "%d webhook deliveries rejected")
	case k.reason != "":
		a.Level = "info"
		a.Message = plural("Duplicate webhook delivery ignored", "%d duplicate webhook deliveries ignored")
	default:
		a.Level = "info"
		a.Message = plural("Webhook event received and stored", "%d webhook events received and stored")
		if v.eventType != "" {
			a.Message += " (latest: " + v.eventType + ")"
		}
	}
	return a
}
