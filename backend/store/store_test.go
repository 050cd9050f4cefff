package store

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"gorm.io/gorm"
)

// openTemp opens a fresh database in a temp folder (with a space in its path) and closes it
// when the test ends.
func openTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "sub dir", "zensync.db"), nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
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
