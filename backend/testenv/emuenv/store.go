package emuenv

import (
	"context"
	"path/filepath"
	"testing"

	"zensync/backend/store"
)

// OpenStore opens a new database in a temp folder; it is closed when the test ends.
func OpenStore(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "zensync.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
