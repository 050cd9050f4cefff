//go:build linux

package store

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// childWorkDir is set in the child process unprivileged starts.
const childWorkDir = "ZENSYNC_STORE_TEST_WORKDIR"

// nobody is the unprivileged user the tests switch to when run as root.
const nobody = 65534

// unprivileged runs the calling top-level test's body in a folder where file permissions hold.
// Root ignores permission bits (a 0444 file opens for writing), so as root the test re-runs
// itself in a child process as user nobody (the test binary copied where nobody may run it),
// where the body runs, and the parent only checks that the child ran and passed. Not as root,
// the body runs here in a temp folder.
func unprivileged(t *testing.T, body func(dir string)) {
	t.Helper()
	if d := os.Getenv(childWorkDir); d != "" {
		body(d)
		return
	}
	if os.Geteuid() != 0 {
		body(t.TempDir())
		return
	}
	shared, err := os.MkdirTemp("", "zensync-store-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(shared) })
	work := filepath.Join(shared, "work")
	if err := os.Chmod(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(work, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(work, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(shared, "store.test")
	copyFile(t, os.Args[0], bin)
	cmd := exec.Command(bin, "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), childWorkDir+"="+work)
	cmd.Dir = shared
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as user nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: "+t.Name()) {
		t.Fatalf("the test did not run as user nobody:\n%s", out)
	}
}

// readOnly takes the write permission from path (mode: what it keeps), and gives it back when
// the test ends (so the temp folder can be removed).
func readOnly(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, 0o700) })
}

// readOnlyDir creates the folder path without write permission (see readOnly).
func readOnlyDir(t *testing.T, path string) {
	t.Helper()
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	readOnly(t, path, 0o500)
}

// createClosed creates a database at path and closes it, as an earlier run left it.
func createClosed(t *testing.T, path string) {
	t.Helper()
	db, err := Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesAReadOnlyDataFolderInWords(t *testing.T) {
	unprivileged(t, func(base string) {
		dir := filepath.Join(base, "data")
		readOnlyDir(t, dir)
		_, err := Open(t.Context(), filepath.Join(dir, "zensync.db"), nil)
		wantReadOnly(t, err, "data folder "+dir)

		// A folder made read-only after the database was created (SQLite said "code 1544").
		existing := filepath.Join(base, "existing")
		createClosed(t, filepath.Join(existing, "zensync.db"))
		readOnly(t, existing, 0o500)
		_, err = Open(t.Context(), filepath.Join(existing, "zensync.db"), nil)
		wantReadOnly(t, err, "data folder "+existing)
	})
}

func TestOpenRefusesAReadOnlyDatabaseFileInWords(t *testing.T) {
	unprivileged(t, func(base string) {
		path := filepath.Join(base, "zensync.db")
		createClosed(t, path)
		before, _ := os.ReadFile(path)
		readOnly(t, path, 0o400)
		db, err := Open(t.Context(), path, nil)
		if err == nil {
			db.Close()
		}
		wantReadOnly(t, err, "file "+path)
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Error("the read-only file changed")
		}
	})
}

func TestOpenRefusesADataFolderThatCannotBeCreatedInWords(t *testing.T) {
	unprivileged(t, func(base string) {
		parent := filepath.Join(base, "parent")
		readOnlyDir(t, parent)
		_, err := Open(t.Context(), filepath.Join(parent, "zensync", "zensync.db"), nil)
		wantReadOnly(t, err, "cannot be created")
	})
}
