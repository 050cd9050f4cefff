package syncer

import (
	"context"
	"sync"
	"time"
)

// pacer keeps an integration's incremental-export requests within perMinute in any sliding
// minute (Zendesk's export limit), shared by all of its streams.
type pacer struct {
	perMinute int
	now       func() time.Time
	mu        sync.Mutex
	sent      []time.Time
}

func newPacer(perMinute int, now func() time.Time) *pacer {
	return &pacer{perMinute: perMinute, now: now}
}

// wait blocks until one more request fits in the limit, then counts it. onWait is told how long
// it will wait (only when it must).
func (p *pacer) wait(ctx context.Context, onWait func(time.Duration)) error {
	if p == nil || p.perMinute <= 0 {
		return nil
	}
	for {
		p.mu.Lock()
		now := p.now()
		cut := now.Add(-time.Minute)
		k := 0
		for k < len(p.sent) && !p.sent[k].After(cut) {
			k++
		}
		p.sent = p.sent[k:]
		if len(p.sent) < p.perMinute {
			p.sent = append(p.sent, now)
			p.mu.Unlock()
			return nil
		}
		d := p.sent[0].Add(time.Minute).Sub(now)
		p.mu.Unlock()
		if onWait != nil {
			onWait(d)
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
