package store

import (
	"database/sql"
	"errors"
	"strings"
	"testing"
)

// wantReadOnly checks err is ErrReadOnly with a message in words: what is read-only and what to do.
func wantReadOnly(t *testing.T, err error, says string) {
	t.Helper()
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open = %v, want ErrReadOnly", err)
	}
	msg := err.Error()
	for _, want := range []string{says, "read-only", "writable", "--data-dir"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
	if strings.Contains(msg, "1544") || strings.Contains(msg, "SQLITE_") {
		t.Errorf("message %q speaks in SQLite codes", msg)
	}
}

// SQLite's own read-only refusal (what a write to a read-only database or folder gets when the
// checks before opening cannot see it) maps to the same words. A mode=ro connection produces it
// for any user, root included.
func TestSQLiteReadOnlyErrorsAreWorded(t *testing.T) {
	db, path := openNew(t)
	db.Close()
	conn, err := sql.Open("sqlite", fileURI(path)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_, werr := conn.Exec(`CREATE TABLE probe(x)`)
	if werr == nil {
		t.Fatal("a write through a read-only connection succeeded")
	}
	wantReadOnly(t, readOnlyOpen(path, werr), "database "+path)
	wantReadOnly(t, classifyOpen(path, werr), "database "+path)
	if other := errors.New("disk I/O error"); readOnlyOpen(path, other) != other {
		t.Error("another error was reworded")
	}
}
