package attachments

import (
	"context"
	"sync"
	"time"
)

// pacer spaces one account's requests at least every apart, and holds them all while a 429's
// Retry-After runs.
type pacer struct {
	every time.Duration
	mu    sync.Mutex
	next  time.Time
}

// wait blocks until this request's turn (or ctx ends).
func (p *pacer) wait(ctx context.Context) error {
	p.mu.Lock()
	now := time.Now()
	at := p.next
	if at.Before(now) {
		at = now
	}
	p.next = at.Add(p.every)
	p.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	}
	return ctx.Err()
}

// pause holds every later request of this account for d (a 429's Retry-After).
func (p *pacer) pause(d time.Duration) {
	p.mu.Lock()
	if until := time.Now().Add(d); until.After(p.next) {
		p.next = until
	}
	p.mu.Unlock()
}
