package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	sqlitedriver "github.com/glebarez/go-sqlite"
)

// ErrReadOnly: the data folder or the database file cannot be written. Its message says what
// to do; Open returns it before SQLite touches anything.
var ErrReadOnly = errors.New("Zensync cannot write to its database")

// checkWritable makes sure the data folder and the database file (with its -wal and -shm files,
// when present) can be written, before SQLite opens them. SQLite silently opens a read-only
// file read-only (every later write then fails), and refuses a read-only folder with only
// "code 1544" (SQLITE_READONLY_DIRECTORY).
func checkWritable(path string) error {
	dir := filepath.Dir(path)
	probe, err := os.CreateTemp(dir, ".zensync-write-check-*")
	if err != nil {
		return notWritable(fmt.Sprintf("the data folder %s", dir), "folder", err)
	}
	name := probe.Name()
	_ = probe.Close()
	_ = os.Remove(name)
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return notWritable(fmt.Sprintf("the file %s", p), "file", err)
		}
		_ = f.Close()
	}
	return nil
}

// notWritable words a failed write check: read-only (permissions, a read-only disk) is
// ErrReadOnly with what to do; anything else keeps its cause.
func notWritable(what, kind string, err error) error {
	if !isReadOnly(err) {
		return fmt.Errorf("Zensync cannot write to %s: %w", what, err)
	}
	return fmt.Errorf("%w: %s is read-only. Make the %s writable for your user (or move the data "+
		"to a disk that is not read-only), or start Zensync with --data-dir set to a folder you can write to",
		ErrReadOnly, what, kind)
}

// isReadOnly reports a permission or read-only file system failure, from the OS or from SQLite.
func isReadOnly(err error) bool {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return true
	}
	var se *sqlitedriver.Error
	return errors.As(err, &se) && se.Code()&0xff == 8 // SQLITE_READONLY and its extended codes (1544, …)
}

// readOnlyOpen words a SQLite failure to open or write the file that comes from a read-only
// file or folder (when the checks above could not see it, e.g. a lock or a race); other
// errors come back as they were.
func readOnlyOpen(path string, err error) error {
	if !isReadOnly(err) {
		return err
	}
	return notWritable(fmt.Sprintf("the database %s", path), "file and its folder", err)
}
