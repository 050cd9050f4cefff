// Package instance makes sure one Zensync process at a time uses a data folder: an exclusive OS
// file lock on the folder's canonical path, taken before the database is opened.
package instance

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// LockFile is the name of the lock file inside the data folder.
const LockFile = "zensync.lock"

// ErrLocked: another process holds the data folder's lock.
var ErrLocked = errors.New("another Zensync is already using this data folder")

// Lock is a held lock on a data folder; Release it when the app ends (the OS releases it
// anyway when the process dies, so a crash never leaves a stale lock behind).
type Lock struct {
	Dir string // the canonical data folder
	f   *os.File
}

// Canonical creates dir if it is missing and returns its absolute path with symlinks resolved,
// so every spelling of one folder (./x, /abs/x, a symlink to it) gives the same path.
func Canonical(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("creating the data folder %s: %w", dir, err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("the data folder %s: %w", dir, err)
	}
	resolved, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", fmt.Errorf("the data folder %s: %w", dir, err)
	}
	return resolved, nil
}

// Acquire takes the exclusive lock on dir's canonical path without waiting. It fails with an
// error matching ErrLocked when another process (or another Lock in this one) holds it.
func Acquire(dir string) (*Lock, error) {
	canon, err := Canonical(dir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(canon, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening the lock file %s: %w", path, err)
	}
	if err := tryLock(f); err != nil {
		_ = f.Close()
		if errors.Is(err, errWouldBlock) {
			return nil, fmt.Errorf("%s: %w", canon, ErrLocked)
		}
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	// The holder's process id, for whoever looks at the file; the lock itself is what counts.
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &Lock{Dir: canon, f: f}, nil
}

// Release lets another process take the folder. Safe to call more than once.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	f := l.f
	l.f = nil
	if err := unlock(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("unlocking %s: %w", l.Dir, err)
	}
	return f.Close()
}
