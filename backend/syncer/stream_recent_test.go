package syncer

import (
	"context"
	"strings"
	"testing"
	"time"

	"zensync/backend/testenv/emuenv"

	"zensync/backend/emulator"
	"zensync/backend/integration"
)

func TestParsePhase(t *testing.T) {
	cases := []struct {
		cp   string
		want phase
		ok   bool
	}{
		{"recent:1700000000:", phase{recent: 1700000000}, true},
		{"recent:1700000000:abc_-1", phase{recent: 1700000000, pos: "abc_-1"}, true},
		{"history:1700000000:cur:", phase{history: true, recent: 1700000000, resume: "cur"}, true},
		{"history:1700000000:1700000100:1600000000", phase{history: true, recent: 1700000000, resume: "1700000100", pos: "1600000000"}, true},
		{"", phase{}, false},
		{"MTcwMDAwMDAwMC4x", phase{}, false},
		{"recent:x:", phase{}, false},
		{"history:1:only", phase{}, false},
	}
	for _, c := range cases {
		got, ok := parsePhase(c.cp)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("parsePhase(%q) = %+v, %v; want %+v, %v", c.cp, got, ok, c.want, c.ok)
		}
		if ok && got.String() != c.cp {
			t.Errorf("%+v.String() = %q, want %q", got, got.String(), c.cp)
		}
	}
}

// TestNewestFirst: a first sync commits the recent days' tickets (and their comments) before
// the history, ends on a plain incremental checkpoint, and holds exactly what an oldest-first
// sync holds.
func TestNewestFirst(t *testing.T) {
	const tickets = 3000 // two years of history: about 12 tickets in the last three days
	e := newEnv(t, func(o *Options) { o.PageSize = 100 })
	e.account("acme", emulator.SeedConfig{Seed: 5, Tickets: tickets})
	e.integration("new", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	if res := e.run("new"); !res.OK {
		t.Fatalf("newest-first sync: %s", res.Message)
	}
	// The recent tickets were stored before any older one: rows are numbered (pk) in the order
	// they were first written. (Read from the rows, not from a progress callback, which is
	// rate-limited and may run after later pages were committed.)
	recentSince, oldBefore := time.Now().Add(-DefaultRecentWindow+time.Hour), time.Now().Add(-DefaultRecentWindow-time.Hour)
	var lastRecentPK, firstOldPK, recent int64
	rows, err := e.db.Read().Raw(`SELECT pk, updated_at FROM tickets WHERE integration_id = 'new' ORDER BY pk`).Rows()
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var pk, upd int64
		if err := rows.Scan(&pk, &upd); err != nil {
			t.Fatal(err)
		}
		at := time.Unix(upd, 0)
		if upd > 1e12 { // stored in milliseconds
			at = time.UnixMilli(upd)
		}
		switch {
		case at.After(recentSince):
			recent++
			lastRecentPK = max(lastRecentPK, pk)
		case at.Before(oldBefore) && firstOldPK == 0:
			firstOldPK = pk
		}
	}
	rows.Close()
	if recent == 0 || firstOldPK == 0 || lastRecentPK > firstOldPK {
		t.Errorf("%d recent tickets, the last written as row %d, the first older one as row %d: want every recent ticket written before any older one",
			recent, lastRecentPK, firstOldPK)
	}
	for _, stream := range []string{StreamTickets, StreamComments} {
		st, err := e.records.SyncState(t.Context(), "new", stream)
		if err != nil || st.Checkpoint == "" {
			t.Fatalf("%s checkpoint: %q %v", stream, st.Checkpoint, err)
		}
		if _, phased := parsePhase(st.Checkpoint); phased || strings.Contains(st.Checkpoint, ":") {
			t.Errorf("%s ends on %q: want the plain incremental checkpoint", stream, st.Checkpoint)
		}
	}
	old := newEnvOn(t, e)
	old.syncer = New(Options{Records: old.records, Integrations: old.ints, Clients: emuenv.Clients{Base: e.srv.URL}, PageSize: 100, RecentWindow: -1})
	old.integration("old", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	if res := old.run("old"); !res.OK {
		t.Fatalf("oldest-first sync: %s", res.Message)
	}
	got, want := takeSnapshot(t, e.db, "new"), takeSnapshot(t, old.db, "old")
	if len(got.Tickets) != tickets {
		t.Errorf("synced %d tickets, want %d", len(got.Tickets), tickets)
	}
	if d := got.diff(want); d != "" {
		t.Errorf("newest-first and oldest-first syncs differ: %s", d)
	}
	t.Run("a poll after it goes on from the recent phase's end", func(t *testing.T) {
		var created struct {
			Ticket struct{ ID int64 } `json:"ticket"`
		}
		e.control("POST", "acme", "/tickets", map[string]any{"ticket": map[string]any{"subject": "after the first sync",
			"comment": map[string]any{"body": "hello"}}}, &created)
		e.control("POST", "acme", "/clock", map[string]any{"advance_seconds": 120}, nil)
		if res := e.run("new"); !res.OK || res.Records == 0 || res.Records > 10 {
			t.Fatalf("poll: %+v", res)
		}
	})
}

func TestRecentGate(t *testing.T) {
	g := newRecentGate([]string{StreamTickets, StreamComments})
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()
	if err := g.wait(ctx); err == nil {
		t.Fatal("the history went while both streams were in their recent phase")
	}
	g.leave(StreamTickets)
	g.leave(StreamTickets) // twice changes nothing
	ctx2, cancel2 := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel2()
	if err := g.wait(ctx2); err == nil {
		t.Fatal("the history went while the comments were in their recent phase")
	}
	g.leave(StreamComments)
	if err := g.wait(t.Context()); err != nil {
		t.Fatalf("all streams past their recent phase: %v", err)
	}
	var none *recentGate
	none.leave(StreamTickets)
	if err := none.wait(t.Context()); err != nil {
		t.Fatalf("a nil gate holds nothing: %v", err)
	}
}
