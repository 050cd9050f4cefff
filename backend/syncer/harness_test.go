package syncer

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
)

// env is an emulator over real HTTP, a real SQLite database and a Syncer over both.
type env struct {
	t       *testing.T
	emu     *emulator.Server
	srv     *httptest.Server
	db      *store.DB
	ints    *store.IntegrationRepo
	records *store.RecordRepo
	reader  *store.TicketReader
	syncer  *Syncer

	mu       sync.Mutex
	progress []Progress
	finished []Result
}

func newEnv(t *testing.T, tweak func(*Options)) *env {
	t.Helper()
	emu, srv := emuenv.Start(t, "read", "write")
	e := &env{t: t, emu: emu, srv: srv}
	e.openDB(filepath.Join(t.TempDir(), "zensync.db"))
	o := Options{Records: e.records, Integrations: e.ints, Clients: emuenv.Clients{Base: srv.URL},
		Activity: store.NewActivityRepo(e.db, nil), BackoffBase: 10 * time.Millisecond, BackoffMax: 50 * time.Millisecond,
		OnProgress: func(p Progress) { e.mu.Lock(); e.progress = append(e.progress, p); e.mu.Unlock() },
		OnFinished: func(r Result) { e.mu.Lock(); e.finished = append(e.finished, r); e.mu.Unlock() }}
	if tweak != nil {
		tweak(&o)
	}
	e.syncer = New(o)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := e.syncer.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return e
}

// newHelpdeskEnv is newEnv with account "acme" seeded with seed and a connected Helpdesk
// integration id over it, pulled by updated time with no backfill start.
func newHelpdeskEnv(t *testing.T, id string, seed emulator.SeedConfig) *env {
	t.Helper()
	e := newEnv(t, nil)
	e.account("acme", seed)
	e.integration(id, "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	return e
}

func (e *env) openDB(path string) {
	db, err := store.Open(e.t.Context(), path, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { db.Close() })
	e.db, e.ints = db, store.NewIntegrationRepo(db, nil)
	e.records = store.NewRecordRepo(db, nil)
	e.reader = store.NewTicketReader(db, e.records.Generation)
}

// account adds an emulator account seeded with seed.
func (e *env) account(sub string, seed emulator.SeedConfig) {
	e.t.Helper()
	if _, err := e.emu.AddAccount(sub, seed); err != nil {
		e.t.Fatal(err)
	}
}

// integration saves a connected integration for account sub.
func (e *env) integration(id, sub string, c integration.Capability, pull integration.PullRecordBy, backfill time.Time) integration.Integration {
	e.t.Helper()
	in := integration.Integration{ID: id, Name: id, Capability: c, Domain: sub, PullRecordBy: pull,
		BackfillStart: backfill, PollIntervalMinutes: 5}
	in, err := e.ints.Create(e.t.Context(), in)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.ints.SetConnected(e.t.Context(), id, nil); err != nil {
		e.t.Fatal(err)
	}
	return in
}

// control calls the emulator's control API for account sub and decodes the answer into out.
func (e *env) control(method, sub, path string, body, out any) {
	e.t.Helper()
	emuenv.Control(e.t, e.srv.URL, method, sub, path, body, out)
}

func (e *env) run(id string) Result {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.t.Context(), 2*time.Minute)
	defer cancel()
	res, _ := e.syncer.Run(ctx, id)
	return res
}

// snapshot is what a database holds for one integration, in a comparable form.
type snapshot struct {
	Tickets  []string
	Comments []string
	Users    int64
	Orgs     int64
	Groups   int64
	Articles int64
}

func takeSnapshot(t testing.TB, db *store.DB, integ string) snapshot {
	t.Helper()
	var s snapshot
	rows, err := db.Read().Raw(`SELECT id, subject, status, updated_at, deleted, merged_into FROM tickets WHERE integration_id = ? ORDER BY id`, integ).Rows()
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, upd, del, merged int64
		var subj, status string
		rows.Scan(&id, &subj, &status, &upd, &del, &merged)
		s.Tickets = append(s.Tickets, fmt.Sprintf("%d|%s|%s|%d|%d|%d", id, subj, status, upd, del, merged))
	}
	rows.Close()
	rows, err = db.Read().Raw(`SELECT id, ticket_id FROM comments WHERE integration_id = ? ORDER BY id`, integ).Rows()
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, tid int64
		rows.Scan(&id, &tid)
		s.Comments = append(s.Comments, fmt.Sprintf("%d|%d", id, tid))
	}
	rows.Close()
	db.Read().Raw(`SELECT (SELECT count(*) FROM users WHERE integration_id = ?), (SELECT count(*) FROM organizations WHERE integration_id = ?),
		(SELECT count(*) FROM groups WHERE integration_id = ?), (SELECT count(*) FROM hc_articles WHERE integration_id = ?)`,
		integ, integ, integ, integ).Row().Scan(&s.Users, &s.Orgs, &s.Groups, &s.Articles)
	return s
}

func (s snapshot) diff(o snapshot) string {
	if len(s.Tickets) != len(o.Tickets) || len(s.Comments) != len(o.Comments) {
		return fmt.Sprintf("tickets %d vs %d, comments %d vs %d", len(s.Tickets), len(o.Tickets), len(s.Comments), len(o.Comments))
	}
	for i := range s.Tickets {
		if s.Tickets[i] != o.Tickets[i] {
			return fmt.Sprintf("ticket row %d: %s vs %s", i, s.Tickets[i], o.Tickets[i])
		}
	}
	for i := range s.Comments {
		if s.Comments[i] != o.Comments[i] {
			return fmt.Sprintf("comment row %d: %s vs %s", i, s.Comments[i], o.Comments[i])
		}
	}
	if s.Users != o.Users || s.Orgs != o.Orgs || s.Groups != o.Groups || s.Articles != o.Articles {
		return fmt.Sprintf("counts %+v vs %+v", s, o)
	}
	return ""
}
