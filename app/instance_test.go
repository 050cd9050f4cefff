package app

import (
	"bytes"
	"embed"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zensync/backend/instance"
)

// hold is a first launch holding dir until the test ends.
func hold(t *testing.T, dir string) *instance.Lock {
	t.Helper()
	held, err := instance.Acquire(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { held.Release() })
	return held
}

// linkTo is a symbolic link to dir: another spelling of the same data folder.
func linkTo(t *testing.T, dir string) string {
	t.Helper()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	return link
}

func TestASecondLaunchOnAHeldDataFolderStopsBeforeTheDatabase(t *testing.T) {
	parent := t.TempDir()
	t.Chdir(parent)
	held := hold(t, filepath.Join(parent, "data"))

	for _, tt := range []struct {
		name  string
		raise error
		says  string
	}{
		{"the running window is raised", nil, "its window was brought forward"},
		{"no D-Bus to reach it", errors.New("no D-Bus session"), "Switch to its window, or start this one with another --data-dir"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			var raisedID string
			_, _, proceed := claimDataDir(Config{DataDir: "./data"}, slogDiscard(), &out, func(id string) error {
				raisedID = id
				return tt.raise
			})
			if proceed {
				t.Fatal("the second launch went on")
			}
			if raisedID != singleInstanceID(held.Dir) {
				t.Errorf("raised %q; the first window's id is %q", raisedID, singleInstanceID(held.Dir))
			}
			if !strings.Contains(out.String(), tt.says) || !strings.Contains(out.String(), held.Dir) {
				t.Errorf("printed %q", out.String())
			}
		})
	}
	if _, err := os.Stat(filepath.Join(parent, "data", "zensync.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the second launch touched the database: %v", err)
	}
}

func TestRunReturnsAtOnceWhenTheDataFolderIsHeldAndNoDBusAnswers(t *testing.T) {
	dir := t.TempDir()
	hold(t, dir)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(dir, "no-bus"))
	link := linkTo(t, dir)
	// Exit code 0 in main: Run returns nil without opening a window or the database.
	if err := Run(Config{DataDir: link, LogLevel: "error"}, embed.FS{}, nil); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "zensync.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the second launch touched the database: %v", err)
	}
}

func TestAFirstLaunchHoldsTheCanonicalFolder(t *testing.T) {
	dir := t.TempDir()
	link := linkTo(t, dir)
	cfg, release, proceed := claimDataDir(Config{DataDir: link}, slogDiscard(), &bytes.Buffer{}, func(string) error { return nil })
	if !proceed {
		t.Fatal("a first launch did not go on")
	}
	canon, _ := filepath.EvalSymlinks(dir)
	if cfg.DataDir != canon {
		t.Errorf("DataDir = %q, want the canonical %q", cfg.DataDir, canon)
	}
	if _, err := instance.Acquire(dir); !errors.Is(err, instance.ErrLocked) {
		t.Errorf("the folder is not held: %v", err)
	}
	release()
	l, err := instance.Acquire(dir)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	l.Release()
}

func TestRaiseRunningFailsWithoutADBusSession(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "no-bus"))
	if err := raiseRunning(singleInstanceID("/nowhere")); err == nil {
		t.Fatal("raiseRunning reached a bus that does not exist")
	}
}
