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

// unprivileged gives the calling top-level test a folder where file permissions hold, and
// reports whether the test's body should run here. Root ignores permission bits (a 0444 file
// opens for writing), so as root the test re-runs itself in a child process as user nobody
// (the test binary copied where nobody may run it), and the parent only checks that the child
// ran and passed. Not as root, the body runs here in a temp folder.
func unprivileged(t *testing.T) (dir string, run bool) {
	t.Helper()
	if d := os.Getenv(childWorkDir); d != "" {
		return d, true
	}
	if os.Geteuid() != 0 {
		return t.TempDir(), true
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
	return "", false
}

// readOnlyDir creates the folder path without write permission, and gives the permission back
// when the test ends (so the temp folder can be removed).
func readOnlyDir(t *testing.T, path string) {
	t.Helper()
	if err := os.Mkdir(path, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, 0o700) })
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
	base, run := unprivileged(t)
	if !run {
		return
	}
	dir := filepath.Join(base, "data")
	readOnlyDir(t, dir)
	_, err := Open(t.Context(), filepath.Join(dir, "zensync.db"), nil)
	wantReadOnly(t, err, "data folder "+dir)

	// A folder made read-only after the database was created (SQLite said "code 1544").
	existing := filepath.Join(base, "existing")
	createClosed(t, filepath.Join(existing, "zensync.db"))
	if err := os.Chmod(existing, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(existing, 0o700) })
	_, err = Open(t.Context(), filepath.Join(existing, "zensync.db"), nil)
	wantReadOnly(t, err, "data folder "+existing)
}

func TestOpenRefusesAReadOnlyDatabaseFileInWords(t *testing.T) {
	base, run := unprivileged(t)
	if !run {
		return
	}
	path := filepath.Join(base, "zensync.db")
	createClosed(t, path)
	before, _ := os.ReadFile(path)
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	db, err := Open(t.Context(), path, nil)
	if err == nil {
		db.Close()
	}
	wantReadOnly(t, err, "file "+path)
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the read-only file changed")
	}
}

func TestOpenRefusesADataFolderThatCannotBeCreatedInWords(t *testing.T) {
	base, run := unprivileged(t)
	if !run {
		return
	}
	parent := filepath.Join(base, "parent")
	readOnlyDir(t, parent)
	_, err := Open(t.Context(), filepath.Join(parent, "zensync", "zensync.db"), nil)
	wantReadOnly(t, err, "cannot be created")
}
