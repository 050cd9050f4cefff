package syncer

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

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
	var mu sync.Mutex
	var firstOldest time.Time
	var firstCount int64
	e := newEnv(t, func(o *Options) { o.PageSize = 100 })
	e.syncer.o.OnTicketsChanged = func(string) {
		mu.Lock()
		defer mu.Unlock()
		if firstCount > 0 {
			return
		}
		var oldest int64
		e.db.Read().Raw(`SELECT count(*), coalesce(min(updated_at), 0) FROM tickets WHERE integration_id = 'new'`).Row().Scan(&firstCount, &oldest)
		firstOldest = time.Unix(oldest, 0)
		if oldest > 1e12 { // stored in milliseconds
			firstOldest = time.UnixMilli(oldest)
		}
	}
	e.account("acme", emulator.SeedConfig{Seed: 5, Tickets: tickets})
	e.integration("new", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	if res := e.run("new"); !res.OK {
		t.Fatalf("newest-first sync: %s", res.Message)
	}
	mu.Lock()
	if firstCount == 0 || time.Since(firstOldest) > DefaultRecentWindow+time.Hour {
		t.Errorf("the first commit held %d tickets, the oldest updated %s ago: want only the last %s", firstCount, time.Since(firstOldest).Round(time.Minute), DefaultRecentWindow)
	}
	mu.Unlock()
	for _, stream := range []string{StreamTickets, StreamComments} {
		st, err := e.records.SyncState(context.Background(), "new", stream)
		if err != nil || st.Checkpoint == "" {
			t.Fatalf("%s checkpoint: %q %v", stream, st.Checkpoint, err)
		}
		if _, phased := parsePhase(st.Checkpoint); phased || strings.Contains(st.Checkpoint, ":") {
			t.Errorf("%s ends on %q: want the plain incremental checkpoint", stream, st.Checkpoint)
		}
	}
	old := newEnvOn(t, e)
	old.syncer = New(Options{Records: old.records, Integrations: old.ints, Clients: emuClients{e.srv.URL}, PageSize: 100, RecentWindow: -1})
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
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := g.wait(ctx); err == nil {
		t.Fatal("the history went while both streams were in their recent phase")
	}
	g.leave(StreamTickets)
	g.leave(StreamTickets) // twice changes nothing
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	if err := g.wait(ctx2); err == nil {
		t.Fatal("the history went while the comments were in their recent phase")
	}
	g.leave(StreamComments)
	if err := g.wait(context.Background()); err != nil {
		t.Fatalf("all streams past their recent phase: %v", err)
	}
	var none *recentGate
	none.leave(StreamTickets)
	if err := none.wait(context.Background()); err != nil {
		t.Fatalf("a nil gate holds nothing: %v", err)
	}
}
