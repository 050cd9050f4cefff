package export

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// writeBuffer is the buffered writer's size: large enough that a million rows are a few
// thousand writes.
const writeBuffer = 256 << 10

// atomicFile is a file written under a temporary name in the target's folder and renamed onto
// the target by Commit. Abort (or a Commit that fails) removes the temporary file, so the target
// is either the complete export or untouched.
type atomicFile struct {
	*bufio.Writer
	f      *os.File
	target string
	done   bool
}

// createAtomic opens a temporary file next to target (same folder, so the rename is atomic).
func createAtomic(target string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".partial-*")
	if err != nil {
		return nil, fmt.Errorf("creating %s: %w", target, err)
	}
	return &atomicFile{Writer: bufio.NewWriterSize(f, writeBuffer), f: f, target: target}, nil
}

// Commit flushes, syncs and renames the file onto its target.
func (a *atomicFile) Commit() error {
	if a.done {
		return nil
	}
	a.done = true
	err := a.Flush()
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.target)
	}
	if err != nil {
		_ = os.Remove(a.f.Name())
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	return nil
}

// Abort removes the temporary file; after Commit it does nothing. Safe to defer.
func (a *atomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	_ = a.f.Close()
	_ = os.Remove(a.f.Name())
}
