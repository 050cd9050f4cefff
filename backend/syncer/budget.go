package syncer

import (
	"context"
	"math"
	"sync"
	"time"

	"zensync/backend/zendesk"
)

// budget is one Zendesk account's request budget, shared by every integration and stream of
// that account that this Syncer runs. It spends what the account's own rate-limit headers say
// is left (X-Rate-Limit-Remaining, Zendesk-RateLimit-incremental-exports) before a 429 rather
// than after one, and never the last `reserve` share of the account-wide limit: that part stays
// free for interactive calls (Test Connection, opening a ticket) and the account's other apps.
// Incremental exports have their own limit on top, which the syncer may use whole (interactive
// calls never use exports; other apps' use shows in the remaining count the headers report).
type budget struct {
	reserve float64
	window  time.Duration // assumed window when the headers give no reset (Zendesk: a minute)
	now     func() time.Time

	mu      sync.Mutex
	account limitState
	export  limitState
	changed chan struct{} // closed and replaced when an answer may free a wait
}

// limitState is what is known of one limit.
type limitState struct {
	known     bool
	total     int
	remaining int       // estimate: the headers' count less requests sent since
	resetAt   time.Time // end of the current window (zero = not said)
	blocked   time.Time // a 429's Retry-After ends here
	inflight  int
	longest   time.Duration // the longest reset seen: about the window's length
}

func newBudget(reserve float64, window time.Duration, now func() time.Time) *budget {
	return &budget{reserve: reserve, window: window, now: now, changed: make(chan struct{})}
}

// acquire waits until one more request (an export when export) fits the budget and counts it.
// Call release once the request has an answer or failed. onWait hears of waits (0 when over).
func (b *budget) acquire(ctx context.Context, export bool, onWait func(time.Duration)) error {
	waited := false
	for {
		b.mu.Lock()
		now := b.now()
		d := b.account.wait(now, b.keep(), b.window)
		if export {
			if e := b.export.wait(now, 0, b.window); e < 0 || (d >= 0 && e > d) {
				d = e
			}
		}
		if d == 0 {
			b.account.take()
			if export {
				b.export.take()
			}
			b.mu.Unlock()
			if waited && onWait != nil {
				onWait(0)
			}
			return nil
		}
		wake := b.changed
		b.mu.Unlock()
		if d < 0 { // nothing known yet and a request is out: its answer will tell
			d = b.window
		} else if onWait != nil {
			onWait(d)
			waited = true
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		case <-wake:
			t.Stop()
		}
	}
}

// keep is how many of the account-wide limit's requests stay free for others.
func (b *budget) keep() int {
	return int(math.Ceil(b.reserve * float64(b.account.total)))
}

// release ends a request acquired by acquire, once it has its answer (or failed).
func (b *budget) release(export bool) {
	b.mu.Lock()
	b.account.inflight = max(b.account.inflight-1, 0)
	if export {
		b.export.inflight = max(b.export.inflight-1, 0)
	}
	b.mu.Unlock()
	b.wake()
}

// observe takes an answer's rate-limit headers into account (zendesk.Client's observer).
func (b *budget) observe(rl zendesk.RateLimit) {
	export := zendesk.IsExport(rl.Path)
	b.mu.Lock()
	b.account.update(rl.Account, rl.At)
	if export {
		b.export.update(rl.Export, rl.At)
	}
	if rl.RetryAfter > 0 {
		until := rl.At.Add(rl.RetryAfter)
		switch {
		case export && rl.Export.Known && rl.Export.Remaining == 0:
			b.export.block(until)
		case export && !rl.Account.Known && !rl.Export.Known:
			b.export.block(until)
			b.account.block(until)
		default:
			b.account.block(until)
		}
	}
	b.mu.Unlock()
	b.wake()
}

func (b *budget) wake() {
	b.mu.Lock()
	close(b.changed)
	b.changed = make(chan struct{})
	b.mu.Unlock()
}

// exportLimit is the export limit per window and the window as the headers tell (0 = unknown).
func (b *budget) exportLimit() (int, time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.export.known {
		return 0, 0
	}
	return b.export.total, b.export.longest
}

// wait is how long until one more request fits (0 = now; -1 = unknown until an answer comes).
func (s *limitState) wait(now time.Time, keep int, window time.Duration) time.Duration {
	if now.Before(s.blocked) {
		return s.blocked.Sub(now)
	}
	if !s.known {
		if s.inflight > 0 {
			return -1 // one request at a time until the first answer says the limit
		}
		return 0
	}
	if !s.resetAt.IsZero() && !now.Before(s.resetAt) {
		// A new window: the whole limit, less what is out and will count in it.
		s.remaining = s.total - s.inflight
		if s.resetAt = s.resetAt.Add(s.longest); !now.Before(s.resetAt) {
			s.resetAt = now.Add(s.longest)
		}
	}
	if s.remaining > keep {
		return 0
	}
	if s.resetAt.IsZero() { // the headers never said when the window ends: assume a whole one
		s.longest = window
		s.resetAt = now.Add(window)
	}
	return s.resetAt.Sub(now)
}

func (s *limitState) take() {
	s.inflight++
	if s.known {
		s.remaining--
	}
}

func (s *limitState) block(until time.Time) {
	if until.After(s.blocked) {
		s.blocked = until
	}
	s.remaining = 0
}

// update reads one answer's view of the limit. The other requests still out (all in flight but
// the answered one) are not in the answer's remaining yet.
func (s *limitState) update(l zendesk.Limit, at time.Time) {
	if !l.Known {
		return
	}
	s.known, s.total = true, l.Total
	left := l.Remaining - max(s.inflight-1, 0)
	if l.Reset <= 0 { // no window end said (X-Rate-Limit alone): the latest count is the best
		s.remaining = left
		return
	}
	s.longest = max(s.longest, l.Reset)
	end := at.Add(l.Reset)
	tol := min(time.Second, s.longest/4)
	if s.resetAt.IsZero() || end.After(s.resetAt.Add(tol)) {
		s.resetAt, s.remaining = end, left // a window newer than the one we counted in
		return
	}
	if end.After(s.resetAt.Add(-tol)) { // the same window: trust the lower count, the later end
		s.remaining = min(s.remaining, left)
		s.resetAt = end
	}
}

// gate is a stream's view of its account's budget: the zendesk.Pacer of the stream's client.
// Exports also go through the fallback pacer (a fixed export limit for when Zendesk's answers
// do not say theirs); onWait tells the stream's progress about waits.
type gate struct {
	b      *budget
	p      *pacer
	onWait func(time.Duration)
}

func (g gate) Wait(ctx context.Context, path string) error {
	export := zendesk.IsExport(path)
	if export {
		if err := g.p.wait(ctx, g.onWait); err != nil {
			return err
		}
	}
	return g.b.acquire(ctx, export, g.onWait)
}

func (g gate) Done(rl zendesk.RateLimit) {
	g.b.observe(rl)
	g.b.release(zendesk.IsExport(rl.Path))
}
