package instance

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestASecondLockOnTheSameFolderIsRefusedHoweverItIsSpelled(t *testing.T) {
	parent := t.TempDir()
	t.Chdir(parent)
	link := filepath.Join(t.TempDir(), "link-to-x")
	if err := os.Symlink(filepath.Join(parent, "x"), link); err != nil {
		t.Fatal(err)
	}
	first, err := Acquire("./x") // created: it does not exist yet
	if err != nil {
		t.Fatalf("first lock: %v", err)
	}
	t.Cleanup(func() { first.Release() })
	for _, spelling := range []string{
		"x", "./x", "./x/", filepath.Join(parent, "x"), filepath.Join(parent, "x", "..", "x"), link, "../" + filepath.Base(parent) + "/x",
	} {
		second, err := Acquire(spelling)
		if !errors.Is(err, ErrLocked) {
			second.Release()
			t.Errorf("Acquire(%q) = %v, want ErrLocked", spelling, err)
		}
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	again, err := Acquire(link)
	if err != nil {
		t.Fatalf("after Release, Acquire = %v", err)
	}
	again.Release()
}

func TestAnotherFolderIsNotLocked(t *testing.T) {
	a, err := Acquire(filepath.Join(t.TempDir(), "a"))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Release()
	b, err := Acquire(filepath.Join(t.TempDir(), "b"))
	if err != nil {
		t.Fatalf("a second data folder: %v", err)
	}
	b.Release()
}

func TestCanonicalCreatesTheFolderAndResolvesLinks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "data")
	got, err := Canonical(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(got); err != nil || !fi.IsDir() {
		t.Fatalf("the folder was not created: %v", err)
	}
	link := filepath.Join(t.TempDir(), "l")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	if viaLink, err := Canonical(link); err != nil || viaLink != got {
		t.Errorf("Canonical(link) = %q, %v; want %q", viaLink, err, got)
	}
}
