package webhook

import (
	"sync"
	"time"
)

// throttle calls fn(key) at most once per interval per key; calls in between are folded into
// one trailing call, so the last change is always reported.
type throttle struct {
	interval time.Duration
	fn       func(string)

	mu      sync.Mutex
	last    map[string]time.Time
	pending map[string]*time.Timer
	stopped bool
}

func newThrottle(interval time.Duration, fn func(string)) *throttle {
	return &throttle{interval: interval, fn: fn, last: map[string]time.Time{}, pending: map[string]*time.Timer{}}
}

func (t *throttle) call(key string) {
	if t.fn == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped || t.pending[key] != nil {
		return
	}
	wait := t.interval - time.Since(t.last[key])
	if wait <= 0 {
		t.last[key] = time.Now()
		go t.fn(key)
		return
	}
	t.pending[key] = time.AfterFunc(wait, func() {
		t.mu.Lock()
		delete(t.pending, key)
		t.last[key] = time.Now()
		stopped := t.stopped
		t.mu.Unlock()
		if !stopped {
			t.fn(key)
		}
	})
}

func (t *throttle) stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stopped = true
	for k, tm := range t.pending {
		tm.Stop()
		delete(t.pending, k)
	}
}
