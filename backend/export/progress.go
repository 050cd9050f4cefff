package export

import (
	"context"
	"time"
)

// Progress reports how many records an export has written and how many it expects (0: unknown).
// It is called a few times a second at most, and once at the end.
type Progress func(done, total int64)

// progressEvery is the least time between two progress reports.
const progressEvery = 250 * time.Millisecond

// checkEvery is how many rows pass between two looks at the clock and at ctx.
const checkEvery = 1024

// tracker counts written rows, reports them through a Progress at most every progressEvery,
// and notices a cancelled ctx between rows.
type tracker struct {
	ctx   context.Context
	fn    Progress
	done  int64
	total int64
	last  time.Time
}

func newTracker(ctx context.Context, fn Progress, total int64) *tracker {
	if fn == nil {
		fn = func(int64, int64) {}
	}
	t := &tracker{ctx: ctx, fn: fn, total: total, last: time.Now()}
	fn(0, total)
	return t
}

// add counts one row; it returns ctx's error once ctx is cancelled.
func (t *tracker) add() error {
	t.done++
	if t.done%checkEvery != 0 {
		return nil
	}
	if err := t.ctx.Err(); err != nil {
		return err
	}
	if now := time.Now(); now.Sub(t.last) >= progressEvery {
		t.last = now
		t.fn(t.done, t.total)
	}
	return nil
}

// addTotal grows the expected total (a folder export learns it table by table).
func (t *tracker) addTotal(n int64) { t.total += n }

// finish reports the final count.
func (t *tracker) finish() { t.fn(t.done, t.total) }
