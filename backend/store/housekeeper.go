package store

import (
	"context"
	"log/slog"
	"time"
)

// Housekeeper applies a Retention to the Activity log and the processed webhook inbox: once
// when Run starts, then every interval.
type Housekeeper struct {
	activity *ActivityRepo
	inbox    *InboxRepo
	policy   Retention
	interval time.Duration
	now      func() time.Time
	log      *slog.Logger
}

// HousekeeperDeps are what a Housekeeper prunes and how often.
type HousekeeperDeps struct {
	Activity *ActivityRepo
	Inbox    *InboxRepo
	Policy   Retention
	Interval time.Duration    // 0: one hour
	Now      func() time.Time // nil: time.Now
	Log      *slog.Logger     // nil: discarded
}

// NewHousekeeper returns a housekeeper; Run starts it.
func NewHousekeeper(d HousekeeperDeps) *Housekeeper {
	if d.Interval <= 0 {
		d.Interval = time.Hour
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	return &Housekeeper{activity: d.Activity, inbox: d.Inbox, policy: d.Policy, interval: d.Interval, now: d.Now,
		log: d.Log.With("component", "housekeeper")}
}

// Run prunes at once and then every interval until ctx ends.
func (h *Housekeeper) Run(ctx context.Context) {
	tick := time.NewTicker(h.interval)
	defer tick.Stop()
	for {
		h.PruneOnce(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// PruneOnce applies the policy now and returns how many Activity entries and inbox rows went.
// Failures are logged, not returned: the next round tries again.
func (h *Housekeeper) PruneOnce(ctx context.Context) (activity, inbox int64) {
	var before time.Time
	if h.policy.MaxAge > 0 {
		before = h.now().Add(-h.policy.MaxAge)
	}
	activity, err := h.activity.Prune(ctx, before, h.policy.MaxRows)
	if err != nil {
		h.log.Warn("pruning activity", "err", err)
	}
	inbox, err = h.inbox.PruneProcessed(ctx, before, h.policy.MaxRows)
	if err != nil {
		h.log.Warn("pruning the webhook inbox", "err", err)
	}
	if activity > 0 || inbox > 0 {
		h.log.Info("pruned old entries", "activity", activity, "webhook_inbox", inbox)
	}
	return activity, inbox
}
