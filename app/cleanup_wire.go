package app

import (
	"context"

	"zensync/backend/lifecycle"
)

// cleanups retries what deleted integrations left in Zendesk (lifecycle.Service.RunCleanups):
// at start and every lifecycle.CleanupEvery, until stop.
type cleanups struct {
	life   *lifecycle.Service
	emit   Emitter
	cancel context.CancelFunc
	done   chan struct{}
}

func (c *cleanups) start(ctx context.Context) {
	ctx, c.cancel = context.WithCancel(context.WithoutCancel(ctx))
	c.done = make(chan struct{})
	go func() {
		defer close(c.done)
		c.life.RunCleanups(ctx, lifecycle.CleanupEvery, func() { c.emit(EventIntegrationsChanged, IntegrationsChanged{}) })
	}()
}

// stop waits for a retry in progress.
func (c *cleanups) stop() {
	if c.cancel != nil {
		c.cancel()
		<-c.done
	}
}
