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

// tally counts every delivery at once and writes them to Activity in aggregated batches, each
// batch adding to one row per integration (or none), reason and period: a flood of bad requests
// costs the database one small write per second and one row per reason and hour, not one per
// request.
type tally struct {
	received, accepted, duplicates, rejected atomic.Int64

	mu      sync.Mutex
	pending map[tallyKey]*tallyValue

	write    ActivityWriter
	notify   func(Delivery)
	interval time.Duration
	periods  periods
	log      *slog.Logger
	now      func() time.Time
}

// periods are how long one Activity row counts like deliveries: refusals by the hour (a flood is
// one row per reason and hour), accepted events by the minute (the page shows them arriving).
type periods struct {
	rejected, accepted time.Duration
}

type tallyKey struct {
	integrationID string
	accepted      bool
	reason        string
	bucket        time.Time
}

type tallyValue struct {
	count     int
	eventType string
	first     time.Time
}

// maxTallyKeys bounds the keys of one flush; beyond it, refusals are counted under one key.
const maxTallyKeys = 1000

func newTally(write ActivityWriter, notify func(Delivery), interval time.Duration, p periods, log *slog.Logger, now func() time.Time) *tally {
	if interval <= 0 {
		interval = time.Second
	}
	if p.rejected <= 0 {
		p.rejected = time.Hour
	}
	if p.accepted <= 0 {
		p.accepted = time.Minute
	}
	return &tally{pending: map[tallyKey]*tallyValue{}, write: write, notify: notify, interval: interval, periods: p, log: log, now: now}
}

func (t *tally) stats() Stats {
	return Stats{Received: t.received.Load(), Accepted: t.accepted.Load(), Duplicates: t.duplicates.Load(), Rejected: t.rejected.Load()}
}

// reject counts a refused request under its reason code; integrationID is "" unless the request
// named an integration that exists.
func (t *tally) reject(integrationID, reason string) {
	t.rejected.Add(1)
	t.add(tallyKey{integrationID: integrationID, reason: reason}, "")
}

// accept counts a stored (or duplicate) event.
func (t *tally) accept(integrationID, eventType string, duplicate bool) {
	if duplicate {
		t.duplicates.Add(1)
		t.add(tallyKey{integrationID: integrationID, accepted: true, reason: ReasonDuplicate}, eventType)
		return
	}
	t.accepted.Add(1)
	t.add(tallyKey{integrationID: integrationID, accepted: true}, eventType)
}

// ReasonDuplicate marks accepted deliveries that were already stored.
const ReasonDuplicate = "duplicate"

func (t *tally) add(k tallyKey, eventType string) {
	now := t.now()
	period := t.periods.rejected
	if k.accepted {
		period = t.periods.accepted
	}
	k.bucket = now.Truncate(period)
	t.mu.Lock()
	defer t.mu.Unlock()
	v := t.pending[k]
	if v == nil {
		if len(t.pending) >= maxTallyKeys && !k.accepted { // cannot happen with bounded keys; stay bounded anyway
			k.integrationID = ""
			v = t.pending[k]
		}
		if v == nil {
			v = &tallyValue{first: now}
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
		entries = append(entries, Activity{At: v.first, Bucket: k.bucket, IntegrationID: k.integrationID, Accepted: k.accepted,
			Reason: k.reason, EventType: v.eventType, Count: v.count})
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

// Level is how the Activity page shows the entry: refusals warn.
func (a Activity) Level() string {
	if a.Accepted {
		return "info"
	}
	return "warn"
}

// Message describes the entry once it counts total deliveries, with fixed texts only (the event
// type of an accepted event is from a verified body).
func (a Activity) Message(total int) string {
	plural := func(one, many string) string {
		if total == 1 {
			return one
		}
		return fmt.Sprintf(many, total)
	}
	switch {
	case !a.Accepted:
		return plural("Webhook delivery rejected", "%d webhook deliveries rejected") + ": " + ReasonText(a.Reason)
	case a.Reason == ReasonDuplicate:
		return plural("Duplicate webhook delivery ignored", "%d duplicate webhook deliveries ignored")
	default:
		m := plural("Webhook event received and stored", "%d webhook events received and stored")
		if a.EventType != "" {
			m += " (latest: " + a.EventType + ")"
		}
		return m
	}
}
