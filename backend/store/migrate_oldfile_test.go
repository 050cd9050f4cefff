package store

import (
	"os"
	"path/filepath"
	"testing"
)

// oldDriverFile was written by SQLite 3.41.2 (glebarez/go-sqlite v1.21.2, the driver before the
// upgrade) at schema version 17, with 12 tickets ("printer N jammed …") and one comment each
// ("toner for printer N ordered") stored through Apply, then checkpointed and vacuumed.
const oldDriverFile = "testdata/sqlite-3.41-schema-17.db"

// A database file written by the earlier SQLite opens, migrates to the latest schema, keeps its
// records and search index, and takes new writes.
func TestAFileFromTheEarlierSQLiteMigratesAndKeepsItsRecords(t *testing.T) {
	ctx := t.Context()
	raw, err := os.ReadFile(oldDriverFile)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "zensync.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer db.Close()
	if got, want := appliedList(t, db.Gorm()), len(Migrations()); len(got) != want {
		t.Fatalf("applied %v, want all %d migrations", got, want)
	}
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.Read().Raw(q).Scan(&n).Error; err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	var check string
	if err := db.Read().Raw(`PRAGMA integrity_check`).Scan(&check).Error; err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	checks := []struct {
		query string
		want  int
	}{
		{`SELECT count(*) FROM tickets WHERE integration_id = 'i1'`, 12},
		{`SELECT count(*) FROM comments`, 12},
		{`SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH 'jammed'`, 12},
		{`SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'toner'`, 12},
	}
	for _, c := range checks {
		if got := count(c.query); got != c.want {
			t.Errorf("%s = %d, want %d", c.query, got, c.want)
		}
	}
	repo := NewRecordRepo(db, nil)
	if _, err := repo.ApplyTickets(ctx, "i1", []TicketRecord{ticket(13, "scanner jammed too", t0)}); err != nil {
		t.Fatal(err)
	}
	if got := count(`SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH 'jammed'`); got != 13 {
		t.Errorf("after a new ticket the index finds %d, want 13", got)
	}
}
