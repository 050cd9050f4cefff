package rest_test

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
)

// exportAll follows after_url from path until end_of_stream and returns the tickets seen.
func exportAll(e *emutest.Env, path string) ([]map[string]any, map[string]any) {
	e.T.Helper()
	var out []map[string]any
	var m map[string]any
	for pages := 0; ; pages++ {
		m = e.Get(path)
		for _, t := range emutest.List(m, "tickets") {
			out = append(out, t.(map[string]any))
		}
		if m["end_of_stream"] == true {
			return out, m
		}
		path = e.Rel(m["after_url"].(string))
		if pages > 1000 {
			e.T.Fatal("export never ends")
		}
	}
}

func TestIncrementalTicketCursorExport(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 2500})
	ds := e.Acct.Data()
	deleted := 0
	for id := int64(1); id <= 2500; id++ {
		if del, _ := ds.SeededKind(id); del {
			deleted++
		}
	}
	start := ds.Start.Add(-time.Hour).Unix()

	t.Run("the whole history in pages of 1000, deleted ones included, in updated_at order", func(t *testing.T) {
		ts, last := exportAll(e, fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start))
		if len(ts) != 2500 {
			t.Fatalf("%d tickets, want 2500", len(ts))
		}
		nDeleted := 0
		prev := int64(0)
		for _, tk := range ts {
			g := emutest.Num(tk["generated_timestamp"])
			if g < prev {
				t.Fatalf("generated_timestamp went back: %d < %d", g, prev)
			}
			prev = g
			if tk["status"] == "deleted" {
				nDeleted++
			}
		}
		if nDeleted != deleted || deleted == 0 {
			t.Fatalf("%d deleted in export, %d seeded", nDeleted, deleted)
		}
		if last["after_cursor"] == nil || last["before_cursor"] == nil {
			t.Fatal("cursors missing")
		}
	})
	t.Run("exclude_deleted drops them", func(t *testing.T) {
		ts, _ := exportAll(e, fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d&exclude_deleted=true&per_page=700", start))
		if len(ts) != 2500-deleted {
			t.Fatalf("%d tickets, want %d", len(ts), 2500-deleted)
		}
	})
	t.Run("side-loads", func(t *testing.T) {
		m := e.Get(fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d&per_page=5&include=users,groups,organizations", start))
		if len(emutest.List(m, "users")) == 0 || len(emutest.List(m, "groups")) == 0 || len(emutest.List(m, "organizations")) == 0 {
			t.Fatalf("side-loads missing: %v", m)
		}
	})
	t.Run("a start_time in the last minute is refused", func(t *testing.T) {
		status, m, _ := e.Do("GET", fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", e.Clock.Now().Add(-30*time.Second).Unix()), emutest.AdminToken, nil)
		if status != 400 || m["error"] != "InvalidValue" {
			t.Fatalf("status %d %v", status, m)
		}
	})
	t.Run("changes are held back for a minute, then follow from the saved cursor", func(t *testing.T) {
		_, last := exportAll(e, fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start))
		cursor := last["after_cursor"].(string)
		if status, m, _ := e.Do("PUT", fmt.Sprintf("/acme/api/v2/tickets/%d.json", e.OpenTicket()), emutest.AdminToken, map[string]any{"ticket": map[string]any{"status": "open", "comment": map[string]any{"body": "again"}}}); status != 200 {
			t.Fatalf("update: %d %v", status, m)
		}
		if _, m, _ := e.Do("POST", "/acme/api/v2/tickets.json", emutest.AdminToken, map[string]any{"ticket": map[string]any{"comment": map[string]any{"body": "new one"}}}); m["ticket"] == nil {
			t.Fatalf("create: %v", m)
		}
		m := e.Get("/acme/api/v2/incremental/tickets/cursor.json?cursor=" + cursor)
		if len(emutest.List(m, "tickets")) != 0 || m["end_of_stream"] != true {
			t.Fatalf("fresh changes were not held back: %d tickets", len(emutest.List(m, "tickets")))
		}
		e.Clock.Advance(61 * time.Second)
		ts, _ := exportAll(e, "/acme/api/v2/incremental/tickets/cursor.json?cursor="+cursor)
		if len(ts) < 1 || emutest.Num(ts[len(ts)-1]["id"]) != 2501 {
			t.Fatalf("after the minute: %d tickets", len(ts))
		}
		all, _ := exportAll(e, fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start))
		if len(all) != 2501 {
			t.Fatalf("a changed ticket must appear once: %d tickets", len(all))
		}
	})
}

func TestTimeBasedExports(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 1200, Organizations: 30, Users: 40})
	start := e.Acct.Data().Start.Add(-time.Hour).Unix()
	t.Run("time-based tickets page by end_time", func(t *testing.T) {
		ids := map[int64]bool{}
		path := fmt.Sprintf("/acme/api/v2/incremental/tickets.json?start_time=%d", start)
		for pages := 0; pages < 10; pages++ {
			m := e.Get(path)
			for _, tk := range emutest.List(m, "tickets") {
				ids[emutest.Num(tk.(map[string]any)["id"])] = true
			}
			if m["end_of_stream"] == true {
				break
			}
			if emutest.Num(m["count"]) != 1000 || emutest.Num(m["end_time"]) == 0 {
				t.Fatalf("page: count %v end_time %v", m["count"], m["end_time"])
			}
			path = e.Rel(m["next_page"].(string))
		}
		if len(ids) != 1200 {
			t.Fatalf("%d distinct tickets", len(ids))
		}
	})
	t.Run("sample returns at most 50", func(t *testing.T) {
		m := e.Get(fmt.Sprintf("/acme/api/v2/incremental/tickets/sample.json?start_time=%d", start))
		if len(emutest.List(m, "tickets")) != 50 {
			t.Fatalf("%d tickets", len(emutest.List(m, "tickets")))
		}
	})
	t.Run("organizations", func(t *testing.T) {
		m := e.Get(fmt.Sprintf("/acme/api/v2/incremental/organizations.json?start_time=%d", start))
		if len(emutest.List(m, "organizations")) != 30 || m["end_of_stream"] != true {
			t.Fatalf("%d orgs", len(emutest.List(m, "organizations")))
		}
	})
	t.Run("users cursor", func(t *testing.T) {
		m := e.Get(fmt.Sprintf("/acme/api/v2/incremental/users/cursor.json?start_time=%d&per_page=25", start))
		if len(emutest.List(m, "users")) != 25 || m["end_of_stream"] != false {
			t.Fatalf("first page: %d users", len(emutest.List(m, "users")))
		}
		m = e.Get(e.Rel(m["after_url"].(string)))
		if len(emutest.List(m, "users")) != 15 || m["end_of_stream"] != true {
			t.Fatalf("second page: %d users", len(emutest.List(m, "users")))
		}
	})
	t.Run("ticket events carry every comment with include=comment_events", func(t *testing.T) {
		ds := e.Acct.Data()
		want := 0
		for id := int64(1); id <= 1200; id++ {
			want += len(ds.SeededComments(id, ""))
		}
		got := 0
		path := fmt.Sprintf("/acme/api/v2/incremental/ticket_events.json?start_time=%d&include=comment_events", start)
		seen := map[int64]bool{}
		for pages := 0; pages < 20; pages++ {
			m := e.Get(path)
			for _, ev := range emutest.List(m, "ticket_events") {
				evm := ev.(map[string]any)
				if seen[emutest.Num(evm["id"])] {
					continue // time-based pages may repeat the boundary second
				}
				seen[emutest.Num(evm["id"])] = true
				for _, c := range emutest.List(evm, "child_events") {
					if c.(map[string]any)["event_type"] == "Comment" {
						got++
					}
				}
			}
			if m["end_of_stream"] == true {
				break
			}
			path = e.Rel(m["next_page"].(string))
		}
		if got != want {
			t.Fatalf("%d comment events, want %d", got, want)
		}
	})
	t.Run("a missing start_time is refused", func(t *testing.T) {
		status, _, _ := e.Do("GET", "/acme/api/v2/incremental/organizations.json", emutest.AdminToken, nil)
		if status != 400 {
			t.Fatalf("status %d", status)
		}
	})
	_ = strconv.Itoa
}

// A cursor outlives neither a restart nor a reseed: the change log it points into is gone, so
// it is refused rather than silently skipping the changes made since.
func TestACursorFromBeforeAReseedIsRefused(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 50})
	start := e.Acct.Data().Start.Unix() - 1
	_, last := exportAll(e, fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start))
	cursor := last["after_cursor"].(string)
	if status, _, _ := e.Do("GET", "/acme/api/v2/incremental/tickets/cursor.json?cursor="+cursor, emutest.AdminToken, nil); status != 200 {
		t.Fatalf("the cursor before the reseed: %d", status)
	}
	if status, _, _ := e.Do("POST", "/_emulator/acme/reset", "", nil); status != 200 {
		t.Fatalf("reset: %d", status)
	}
	status, m, _ := e.Do("GET", "/acme/api/v2/incremental/tickets/cursor.json?cursor="+cursor, emutest.AdminToken, nil)
	if status != 400 || m["error"] != "InvalidValue" {
		t.Fatalf("the old cursor after a reset: %d %v, want 400 InvalidValue", status, m)
	}
}
