package syncer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"zensync/backend/testenv"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
)

func TestEachCapabilityAndPullRecordBy(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.PageSize = 100 })
	e.account("acme", emulator.SeedConfig{Seed: 7, Tickets: 400, Users: 50, Organizations: 12, Articles: 20})
	var state struct {
		Now time.Time `json:"now"`
	}
	e.control("GET", "acme", "/state", nil, &state)
	midway := state.Now.AddDate(-1, 0, 0).Truncate(24 * time.Hour) // seeded history spans two years
	tests := []struct {
		name     string
		cap      integration.Capability
		pull     integration.PullRecordBy
		backfill time.Time
		check    func(t *testing.T, s snapshot, id string)
	}{
		{"helpdesk by updated time gets every ticket and its comments", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{},
			func(t *testing.T, s snapshot, id string) {
				// Every user (the user export), not only those the tickets refer to.
				if len(s.Tickets) != 400 || len(s.Comments) < 400 || s.Users != 50 || s.Orgs == 0 || s.Groups == 0 {
					t.Errorf("got %d tickets %d comments %d users %d orgs %d groups", len(s.Tickets), len(s.Comments), s.Users, s.Orgs, s.Groups)
				}
				var admins int64
				e.db.Read().Raw(`SELECT count(*) FROM users WHERE integration_id = ? AND role = 'admin'`, id).Row().Scan(&admins)
				if admins == 0 {
					t.Error("the admin is not among the Helpdesk's users")
				}
			}},
		{"helpdesk by created time starts at the backfill date", integration.Helpdesk, integration.PullByCreatedTime, midway,
			func(t *testing.T, s snapshot, id string) {
				if len(s.Tickets) < 150 || len(s.Tickets) > 250 {
					t.Errorf("got %d tickets, want about half of 400", len(s.Tickets))
				}
				// The backfill start bounds the ticket history, not the user directory.
				if s.Users != 50 {
					t.Errorf("got %d users, want all 50 whatever the backfill start", s.Users)
				}
				var before int64
				e.db.Read().Raw(`SELECT count(*) FROM tickets WHERE integration_id = ? AND created_at < ?`, id, midway.Unix()).Row().Scan(&before)
				if before != 0 {
					t.Errorf("%d tickets created before the backfill start", before)
				}
			}},
		{"CRM by updated time gets users and organizations", integration.CRM, integration.PullByUpdatedTime, time.Time{},
			func(t *testing.T, s snapshot, id string) {
				if s.Users != 50 || s.Orgs != 12 || len(s.Tickets) != 0 {
					t.Errorf("got %d users %d orgs %d tickets", s.Users, s.Orgs, len(s.Tickets))
				}
			}},
		{"CRM by created time skips records created before the backfill date", integration.CRM, integration.PullByCreatedTime, midway,
			func(t *testing.T, s snapshot, id string) {
				if s.Users == 0 || s.Users >= 50 || s.Orgs >= 12 {
					t.Errorf("got %d users %d orgs, want only the newer part", s.Users, s.Orgs)
				}
			}},
		{"content management gets the Help Center", integration.ContentManagement, "", time.Time{},
			func(t *testing.T, s snapshot, id string) {
				tree, err := store.NewHelpCenterReader(e.db).HelpCenter(t.Context(), id)
				if err != nil {
					t.Fatal(err)
				}
				// No locale set: every locale, so at least the 20 source-locale articles.
				if s.Articles < 20 || len(tree.Categories) == 0 || len(tree.Categories[0].Sections) == 0 {
					t.Errorf("got %d articles, tree %+v", s.Articles, tree)
				}
			}},
	}
	for k, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := "integ-" + string(rune('a'+k))
			e.integration(id, "acme", tt.cap, tt.pull, tt.backfill)
			res := e.run(id)
			if !res.OK {
				t.Fatalf("sync failed: %s", res.Message)
			}
			tt.check(t, takeSnapshot(t, e.db, id), id)
			in, _ := e.ints.Get(t.Context(), id)
			if in.LastSyncAt == nil || in.LastError != "" {
				t.Errorf("integration after sync: last_sync_at %v, last_error %q", in.LastSyncAt, in.LastError)
			}
			again := e.run(id) // a second run is incremental and changes nothing
			if !again.OK || tt.cap != integration.ContentManagement && again.Records > 2*int64(e.syncer.o.PageSize) {
				t.Errorf("second run: ok %v records %d", again.OK, again.Records)
			}
		})
	}
}

func TestUpdatesFollowPullRecordBy(t *testing.T) {
	e := newHelpdeskEnv(t, "upd", emulator.SeedConfig{Seed: 3, Tickets: 200})
	e.integration("crt", "acme", integration.Helpdesk, integration.PullByCreatedTime, time.Time{})
	for _, id := range []string{"upd", "crt"} {
		if r := e.run(id); !r.OK {
			t.Fatal(r.Message)
		}
	}
	// Change an open ticket, add a comment, and let the change out of the export's one-minute hold-back.
	id := e.openTickets("upd", 1)[0]
	e.control("PUT", "acme", fmt.Sprintf("/tickets/%d", id), map[string]any{"ticket": map[string]any{"subject": "Changed subject",
		"comment": map[string]any{"body": "a brand new remark about kumquats", "public": false}}}, nil)
	e.control("POST", "acme", "/clock", map[string]any{"advance_seconds": 180}, nil)
	e.syncer.o.Now = func() time.Time { return time.Now().Add(180 * time.Second) }
	for _, id := range []string{"upd", "crt"} {
		if r := e.run(id); !r.OK {
			t.Fatal(r.Message)
		}
	}
	ctx := t.Context()
	upd, _ := e.reader.Ticket(ctx, "upd", id)
	crt, _ := e.reader.Ticket(ctx, "crt", id)
	if upd.Subject != "Changed subject" {
		t.Errorf("updated time: subject %q, want the change", upd.Subject)
	}
	if crt.Subject == "Changed subject" {
		t.Error("created time: the stored ticket was updated by polling")
	}
	page, err := e.reader.Tickets(ctx, store.TicketQuery{IntegrationID: "upd", Search: "kumquats"})
	if err != nil || page.Total != 1 || page.Rows[0].ID != id {
		t.Errorf("search for the new comment: %+v %v", page, err)
	}
}

func TestDeletedAndMergedTicketsAreKeptAndMarked(t *testing.T) {
	e := newHelpdeskEnv(t, "i", emulator.SeedConfig{Seed: 11, Tickets: 600})
	if r := e.run("i"); !r.OK {
		t.Fatal(r.Message)
	}
	var deleted, merged, badMerge int64
	e.db.Read().Raw(`SELECT count(*) FROM tickets WHERE integration_id = 'i' AND deleted = 1`).Row().Scan(&deleted)
	e.db.Read().Raw(`SELECT count(*) FROM tickets WHERE integration_id = 'i' AND merged_into <> 0`).Row().Scan(&merged)
	e.db.Read().Raw(`SELECT count(*) FROM tickets WHERE integration_id = 'i' AND merged_into <> 0 AND tags NOT LIKE '% closed_by_merge %'`).Row().Scan(&badMerge)
	if deleted == 0 || merged == 0 || badMerge != 0 {
		t.Errorf("deleted %d, merged %d (without the merge tag: %d); want some of each", deleted, merged, badMerge)
	}
	// Delete and merge through the API; the next sync marks both.
	open := e.openTickets("i", 3)
	e.control("DELETE", "acme", fmt.Sprintf("/tickets/%d", open[0]), nil, nil)
	e.control("POST", "acme", fmt.Sprintf("/tickets/%d/merge", open[1]), map[string]any{"ids": []int64{open[2]}}, nil)
	e.control("POST", "acme", "/clock", map[string]any{"advance_seconds": 180}, nil)
	e.syncer.o.Now = func() time.Time { return time.Now().Add(180 * time.Second) }
	if r := e.run("i"); !r.OK {
		t.Fatal(r.Message)
	}
	ctx := t.Context()
	del, _ := e.reader.Ticket(ctx, "i", open[0])
	src, _ := e.reader.Ticket(ctx, "i", open[2])
	if !del.Deleted {
		t.Errorf("ticket %d not marked deleted: %+v", open[0], del.TicketRow)
	}
	if src.MergedInto != open[1] {
		t.Errorf("ticket %d merged into %d, want %d", open[2], src.MergedInto, open[1])
	}
}

func TestTwoIntegrationsSyncAtOnceIntoOneDatabase(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.PageSize = 200 })
	e.account("acme", emulator.SeedConfig{Seed: 1, Tickets: 500})
	e.account("beta", emulator.SeedConfig{Seed: 2, Tickets: 300})
	e.integration("a", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	e.integration("b", "beta", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	for _, id := range []string{"a", "b"} {
		if err := e.syncer.SyncNow(id); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.syncer.SyncNow("a"); !errors.Is(err, ErrRunning) {
		t.Errorf("a second sync of a running integration: %v, want ErrRunning", err)
	}
	waitFor(t, func() bool { return !e.syncer.Running("a") && !e.syncer.Running("b") })
	a, b := takeSnapshot(t, e.db, "a"), takeSnapshot(t, e.db, "b")
	if len(a.Tickets) != 500 || len(b.Tickets) != 300 {
		t.Errorf("a has %d tickets, b has %d; want 500 and 300", len(a.Tickets), len(b.Tickets))
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.finished) != 2 || !e.finished[0].OK || !e.finished[1].OK {
		t.Errorf("finished = %+v", e.finished)
	}
}

func TestCancelStopsTheSyncAndKeepsWhatIsCommitted(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.PageSize = 50 })
	e.account("acme", emulator.SeedConfig{Seed: 5, Tickets: 2000})
	e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	e.control("POST", "acme", "/faults", emulator.Fault{Kind: emulator.FaultDelay, PathPrefix: "/api/v2/incremental/", Count: 1000, DelayMS: 20}, nil)
	if err := e.syncer.SyncNow("i"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { p, _ := e.records.SyncState(t.Context(), "i", StreamTickets); return p.Pages > 0 })
	if err := e.syncer.Cancel("i"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return !e.syncer.Running("i") })
	if err := e.syncer.Cancel("i"); !errors.Is(err, ErrNotRunning) {
		t.Errorf("Cancel when idle: %v, want ErrNotRunning", err)
	}
	e.mu.Lock()
	last := e.finished[len(e.finished)-1]
	e.mu.Unlock()
	if last.OK || !last.Cancelled || !strings.Contains(last.Message, "cancelled") {
		t.Errorf("finished = %+v, want cancelled", last)
	}
	if in, _ := e.ints.Get(t.Context(), "i"); in.LastSyncAt != nil || in.LastError != "" {
		t.Errorf("a cancelled run was recorded as a sync: last_sync_at %v, last_error %q", in.LastSyncAt, in.LastError)
	}
	s := takeSnapshot(t, e.db, "i")
	if len(s.Tickets) == 0 || len(s.Tickets) == 2000 {
		t.Errorf("after cancel: %d tickets, want some but not all", len(s.Tickets))
	}
}

func TestSchedulerSyncsConnectedIntegrationsAtStart(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.CheckEvery = 50 * time.Millisecond })
	e.account("acme", emulator.SeedConfig{Seed: 5, Tickets: 100})
	e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	e.syncer.Start()
	waitFor(t, func() bool {
		in, _ := e.ints.Get(t.Context(), "i")
		return in.LastSyncAt != nil
	})
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if err := e.syncer.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.syncer.SyncNow("i"); !errors.Is(err, ErrStopped) {
		t.Errorf("SyncNow after Shutdown: %v, want ErrStopped", err)
	}
	e.mu.Lock()
	n := len(e.progress)
	e.mu.Unlock()
	if n == 0 {
		t.Error("no progress was reported")
	}
}

// openTickets returns the ids of n stored tickets that are still open for changes.
func (e *env) openTickets(integ string, n int) []int64 {
	e.t.Helper()
	var ids []int64
	rows, err := e.db.Read().Raw(`SELECT id FROM tickets WHERE integration_id = ? AND status IN ('new', 'open', 'pending') AND deleted = 0 AND merged_into = 0 ORDER BY id LIMIT ?`, integ, n).Rows()
	if err != nil {
		e.t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	if len(ids) < n {
		e.t.Fatalf("only %d open tickets", len(ids))
	}
	return ids
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	testenv.WaitFor(t, 60*time.Second, cond)
}

func TestProgressIsThrottledAndEndsNotRunning(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.PageSize = 50 })
	e.account("acme", emulator.SeedConfig{Seed: 5, Tickets: 1500})
	e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	e.control("POST", "acme", "/faults", emulator.Fault{Kind: emulator.FaultDelay, PathPrefix: "/api/v2/incremental/", Count: 1000, DelayMS: 10}, nil)
	start := time.Now()
	if r := e.run("i"); !r.OK {
		t.Fatal(r.Message)
	}
	took := time.Since(start)
	e.mu.Lock()
	defer e.mu.Unlock()
	n := len(e.progress)
	// At most one report per 250 ms, plus the final one.
	if limit := int(took/(250*time.Millisecond)) + 2; n > limit || n < 2 {
		t.Errorf("%d progress reports in %s, want 2..%d", n, took, limit)
	}
	last := e.progress[n-1]
	if last.Running || last.Records == 0 || last.Pages < 30 {
		t.Errorf("last progress = %+v", last)
	}
	for _, p := range e.progress[:n-1] {
		if !p.Running {
			t.Errorf("a report before the end says not running: %+v", p)
		}
	}
}
