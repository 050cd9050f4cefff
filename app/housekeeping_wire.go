package app

import (
	"context"
	"log/slog"

	"zensync/backend/store"
)

// housekeeping prunes Activity and processed webhook events to the configured retention: at
// start and then every hour, until stop.
type housekeeping struct {
	keeper *store.Housekeeper
	cancel context.CancelFunc
	done   chan struct{}
}

func wireHousekeeping(cfg Config, log *slog.Logger, db *store.DB, activity *store.ActivityRepo) *housekeeping {
	return &housekeeping{keeper: store.NewHousekeeper(store.HousekeeperDeps{
		Activity: activity, Inbox: store.NewInboxRepo(db), Policy: cfg.Retention(), Log: log,
	})}
}

func (h *housekeeping) start(ctx context.Context) {
	ctx, h.cancel = context.WithCancel(context.WithoutCancel(ctx))
	h.done = make(chan struct{})
	go func() { defer close(h.done); h.keeper.Run(ctx) }()
}

// stop waits for a prune in progress, so the database closes after it.
func (h *housekeeping) stop() {
	if h.cancel != nil {
		h.cancel()
		<-h.done
	}
}
