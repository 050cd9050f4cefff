package syncer

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"zensync/backend/zendesk"
)

// DefaultRecentWindow is how far back a first sync's "recent" phase reaches: the tickets and
// comments of the last day come first, so they are browsable within seconds whatever the
// account's size; the history from the backfill start follows.
//
// A day keeps the recent phase within the first minute's 10 export requests even for a
// 1,000,000-ticket account (about 1,400 tickets and 5,000 ticket events a day: 2 + 5 pages),
// and still holds an account's newest 100 tickets when it gets a hundred a day.
const DefaultRecentWindow = 24 * time.Hour

// A first sync (or a backfill: a checkpoint reset) of the ticket and comment streams walks in
// two phases kept in the stream's checkpoint, each page committed with its records:
//
//	recent:<R>:<pos>            the export from R (now − RecentWindow) to the end of the stream
//	history:<R>:<resume>:<pos>  the export from the backfill start up to R
//	<resume>                    then the normal incremental checkpoint the recent phase reached
//
// pos is the phase's own position (a cursor, or a time for the time-based export; "" = the
// phase's start). Records the history phase meets at or after R were already stored by the
// recent phase; storing them again changes nothing (newer wins, or insert once).
type phase struct {
	history bool
	recent  int64  // R, unix seconds
	resume  string // history only: the checkpoint the recent phase ended at
	pos     string
}

const (
	recentPrefix  = "recent:"
	historyPrefix = "history:"
)

func (p phase) String() string {
	if p.history {
		return fmt.Sprintf("%s%d:%s:%s", historyPrefix, p.recent, p.resume, p.pos)
	}
	return fmt.Sprintf("%s%d:%s", recentPrefix, p.recent, p.pos)
}

// parsePhase reads a two-phase checkpoint; ok is false for a plain one. Cursors and times hold
// no ':' (Zendesk's cursors are base64url).
func parsePhase(cp string) (p phase, ok bool) {
	var rest string
	switch {
	case strings.HasPrefix(cp, recentPrefix):
		rest = cp[len(recentPrefix):]
	case strings.HasPrefix(cp, historyPrefix):
		rest, p.history = cp[len(historyPrefix):], true
	default:
		return p, false
	}
	parts := strings.Split(rest, ":")
	if (!p.history && len(parts) != 2) || (p.history && len(parts) != 3) {
		return p, false
	}
	r, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil {
		return p, false
	}
	p.recent = r
	if p.history {
		p.resume, p.pos = parts[1], parts[2]
	} else {
		p.pos = parts[1]
	}
	return p, true
}

// recentStart is R for a first walk, or 0 when the backfill start is itself recent (or the
// phases are off): then the stream walks once, from the backfill start.
func (r *run) recentStart() int64 {
	if r.s.o.RecentWindow < 0 {
		return 0
	}
	rs := r.s.o.Now().Add(-r.s.o.RecentWindow).Unix()
	if rs <= r.startTime() {
		return 0
	}
	return rs
}

// fetchFrom fetches one page of a stream's export from pos ("" = from start).
type fetchFrom func(ctx context.Context, c *zendesk.Client, pos string, start int64) (page, error)

// fetchPhased fetches the page after checkpoint cp through the two phases; plain checkpoints
// (and a first walk with no recent phase) go straight to fetch.
func (r *run) fetchPhased(ctx context.Context, name string, c *zendesk.Client, cp string, fetch fetchFrom) (page, error) {
	ph, ok := parsePhase(cp)
	if !ok && cp == "" {
		if rs := r.recentStart(); rs > 0 {
			ph, ok = phase{recent: rs}, true
		}
	}
	if !ok {
		return fetch(ctx, c, cp, r.startTime())
	}
	if !ph.history {
		p, err := fetch(ctx, c, ph.pos, ph.recent)
		if err != nil {
			return p, err
		}
		p.recent = true
		if p.done { // the recent past is in: the history next, then on from here
			r.gate.leave(name)
			p.next, p.done = phase{history: true, recent: ph.recent, resume: p.next}.String(), false
		} else {
			p.next = phase{recent: ph.recent, pos: p.next}.String()
		}
		return p, nil
	}
	// The history waits for every stream's recent phase, so the first requests the limit allows
	// all go to the recent past (tickets and their comments).
	if err := r.gate.wait(ctx); err != nil {
		return page{}, err
	}
	p, err := fetch(ctx, c, ph.pos, r.startTime())
	if err != nil {
		return p, err
	}
	if p.done || (!p.position.IsZero() && p.position.Unix() >= ph.recent) {
		// The history reached the recent phase's start: on from where that phase ended.
		p.next, p.done = ph.resume, ph.resume == ""
	} else {
		p.next = phase{history: true, recent: ph.recent, resume: ph.resume, pos: p.next}.String()
		p.until = time.Unix(ph.recent, 0)
	}
	return p, nil
}

// phasedStream marks the streams that walk a first sync newest first.
type phasedStream interface{ phased() }

func (ticketStream) phased()  {}
func (commentStream) phased() {}

// recentGate holds the history phases of a run's streams until every stream has left its
// recent phase (finished it, failed, or had none to walk). A nil gate holds nothing.
type recentGate struct {
	mu      sync.Mutex
	pending map[string]bool
	done    chan struct{}
}

func newRecentGate(names []string) *recentGate {
	g := &recentGate{pending: map[string]bool{}, done: make(chan struct{})}
	for _, n := range names {
		g.pending[n] = true
	}
	if len(g.pending) == 0 {
		close(g.done)
	}
	return g
}

// leave marks a stream as past its recent phase (calling it again changes nothing).
func (g *recentGate) leave(name string) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.pending[name] {
		return
	}
	delete(g.pending, name)
	if len(g.pending) == 0 {
		close(g.done)
	}
}

// wait blocks until no stream is in its recent phase, or ctx ends.
func (g *recentGate) wait(ctx context.Context) error {
	if g == nil {
		return nil
	}
	select {
	case <-g.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// startsRecent reports whether a stream starting from checkpoint cp begins in a recent phase.
func (r *run) startsRecent(cp string) bool {
	return strings.HasPrefix(cp, recentPrefix) || (cp == "" && r.recentStart() > 0)
}
