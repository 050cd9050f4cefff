package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWireShowsABadDatabaseInsteadOfTouchingIt(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "zensync.db")
	junk := []byte("not a database, but someone's notes\n")
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	w := wire(Config{DataDir: dir, LogLevel: "error", KeyringService: "zensync-test"})
	defer w.stop(t.Context())
	st := w.boot.Status()
	if st.OK || st.Path != path || !strings.Contains(st.Message, "not SQLite") {
		t.Fatalf("boot status = %+v", st)
	}
	if b := w.bindings(); len(b) != 1 || b[0] != w.boot {
		t.Fatalf("bindings = %v, want only Boot", b)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, junk) {
		t.Fatal("the file was changed")
	}
}

func TestWireOpensTheDatabaseInTheDataFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new folder")
	w := wire(Config{DataDir: dir, LogLevel: "error", KeyringService: "zensync-test"})
	defer w.stop(t.Context())
	if st := w.boot.Status(); !st.OK || st.Path != filepath.Join(dir, "zensync.db") {
		t.Fatalf("boot status = %+v", st)
	}
	bound := false
	for _, b := range w.bindings() {
		bound = bound || b == any(w.integrations)
	}
	if !bound {
		t.Fatal("IntegrationsAPI is not bound")
	}
	if list, err := w.integrations.List(); err != nil || len(list) != 0 {
		t.Fatalf("List on a new database = %v, %v", list, err)
	}
}
