package store

import (
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"
	"zensync/backend/integration"

	"github.com/google/uuid"
	"gorm.io/gorm"
)

// openTemp opens a fresh database in a temp folder (with a space in its path) and closes it
// when the test ends.
func openTemp(t testing.TB) *DB {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "sub dir", "zensync.db"))
}

// openAt opens (and migrates) the database at path and closes it when the test ends.
func openAt(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(t.Context(), path, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// openRecords opens a fresh database (openTemp) with a RecordRepo over it.
func openRecords(t testing.TB) (*DB, *RecordRepo) {
	t.Helper()
	db := openTemp(t)
	return db, NewRecordRepo(db, nil)
}

// clock returns a now func that advances one second per call, so ordering is deterministic.
// A fixed date is safe: the repository only stores what it returns, and nothing here compares
// it with the wall clock.
func clock() func() time.Time {
	t := time.Date(2026, 11, 25, 9, 0, 0, 123456789, time.FixedZone("CET", 3600))
	return func() time.Time { t = t.Add(time.Second); return t }
}

func sample(name string) integration.Integration {
	return integration.Integration{
		ID: uuid.NewString(), Name: name, Capability: integration.Helpdesk, Domain: "acme",
		// The repository stores the backfill date as given; it is never judged against today here.
		PullRecordBy: integration.PullByUpdatedTime, BackfillStart: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5, WebhookBaseURL: "https://x.example",
	}
}

// createSample stores sample(name) and returns it as stored.
func createSample(t *testing.T, db *DB, name string) integration.Integration {
	t.Helper()
	in, err := NewIntegrationRepo(db, nil).Create(t.Context(), sample(name))
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// openWithSample opens a fresh database (openTemp) holding one integration, sample(name).
func openWithSample(t *testing.T, name string) (*DB, integration.Integration) {
	t.Helper()
	db := openTemp(t)
	return db, createSample(t, db, name)
}

// openNew opens a new database file and returns it with its path; the test closes it (and may
// open the file again).
func openNew(t testing.TB) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "zensync.db")
	db, err := Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return db, path
}

func TestOpenSetsPragmasOnEveryPool(t *testing.T) {
	db := openTemp(t)
	pools := map[string]*gorm.DB{"writer": db.Gorm(), "reader": db.Read()}
	checks := []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"synchronous", "1"},
		{"foreign_keys", "1"},
		{"busy_timeout", "5000"},
	}
	for name, g := range pools {
		for _, c := range checks {
			var got string
			if err := g.Raw("PRAGMA " + c.pragma).Scan(&got).Error; err != nil {
				t.Fatalf("%s PRAGMA %s: %v", name, c.pragma, err)
			}
			if got != c.want {
				t.Errorf("%s PRAGMA %s = %q, want %q", name, c.pragma, got, c.want)
			}
		}
	}
}

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestTheReadPoolRefusesWrites(t *testing.T) {
	db := openTemp(t)
	err := db.Read().Exec(`INSERT INTO activity (at, kind, level, message) VALUES (CURRENT_TIMESTAMP, 'sync', 'info', 'x')`).Error
	if err == nil {
		t.Fatal("a write through Read() succeeded")
	}
}

// TestTwoHandlesOnOneFileWaitInsteadOfFailing opens the same file twice (as a second process
// would) and writes through both at once: busy_timeout and BEGIN IMMEDIATE make them queue.
func TestTwoHandlesOnOneFileWaitInsteadOfFailing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "zensync.db")
	var handles []*DB
	for k := 0; k < 2; k++ {
		db, err := Open(t.Context(), path, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		handles = append(handles, db)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 400)
	for _, db := range handles {
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go func(db *DB) {
				defer wg.Done()
				for n := 0; n < 25; n++ {
					err := db.Gorm().Transaction(func(tx *gorm.DB) error {
						var c int
						if err := tx.Raw(`SELECT count(*) FROM activity`).Scan(&c).Error; err != nil {
							return err
						}
						return tx.Exec(`INSERT INTO activity (at, kind, level, message) VALUES (CURRENT_TIMESTAMP, 'sync', 'info', ?)`, fmt.Sprint(c)).Error
					})
					if err != nil {
						errs <- err
					}
				}
			}(db)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var n int
	handles[0].Read().Raw(`SELECT count(*) FROM activity`).Scan(&n)
	if n != 200 {
		t.Fatalf("rows = %d, want 200", n)
	}
}
