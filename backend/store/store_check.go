package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"

	sqlitedriver "github.com/glebarez/go-sqlite"
)

// sqliteMagic starts every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkHeader refuses an existing, non-empty file that does not start with the SQLite header,
// before any driver gets a chance to write to it (a WAL pragma would).
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF) {
		return nil // an empty file is a fresh database
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if !bytes.Equal(head[:n], sqliteMagic) {
		return fmt.Errorf("%s: %w (it is not SQLite; move it away or choose another data folder)", path, ErrNotADatabase)
	}
	return nil
}

// checkVersion opens the file read-only (no pragma that writes, no side files created) and refuses a schema newer than
// this build knows, before the writer pool touches the file.
func checkVersion(ctx context.Context, path string) error {
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		return nil
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "query_only(1)")
	q.Set("mode", "ro")
	if _, err := os.Stat(path + "-wal"); errors.Is(err, os.ErrNotExist) {
		// No WAL to read: immutable opens the file without creating -wal or -shm beside it.
		q.Set("immutable", "1")
	}
	conn, err := sql.Open("sqlite", fileURI(path)+"?"+q.Encode())
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	defer conn.Close()
	applied, err := appliedVersions(ctx, conn)
	if err != nil {
		return classifyOpen(path, err)
	}
	return checkKnown(applied, migrations)
}

// classifyOpen turns SQLite's "not a database" into ErrNotADatabase.
func classifyOpen(path string, err error) error {
	var se *sqlitedriver.Error
	if errors.As(err, &se) && (se.Code()&0xff) == 26 { // SQLITE_NOTADB
		return fmt.Errorf("%s: %w (%v)", path, ErrNotADatabase, err)
	}
	if isReadOnly(err) {
		return readOnlyOpen(path, err)
	}
	return fmt.Errorf("opening %s: %w", path, err)
}

// isUnique reports a UNIQUE or PRIMARY KEY constraint failure.
func isUnique(err error) bool {
	var se *sqlitedriver.Error
	if !errors.As(err, &se) {
		return false
	}
	return se.Code() == 2067 || se.Code() == 1555 // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
}
