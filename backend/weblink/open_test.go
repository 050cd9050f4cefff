package weblink

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// script writes an executable opener that records its argument and runs body.
func script(t *testing.T, dir, name, body string) {
	t.Helper()
	src := "#!/bin/sh\nprintf '%s' \"$1\" > \"$(dirname \"$0\")/opened\"\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestOpenerSaysWhenNoBrowserOpened(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the openers are shell scripts")
	}
	const link = "https://acme.zendesk.com/oauth/authorizations/new?state=x&client_id=y"
	cases := []struct {
		name, body string
		want       error
		opened     bool
	}{
		{"opener succeeds", "exit 0", nil, true},
		{"opener fails (xdg-open: no browser)", "exit 3", ErrNoBrowser, true},
		{"opener keeps running (a browser in the foreground)", "sleep 5", nil, true},
		{"no opener installed", "", ErrNoBrowser, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if c.body != "" {
				script(t, dir, "fake-open", c.body)
			}
			o := Opener{Programs: []string{filepath.Join(dir, "missing"), filepath.Join(dir, "fake-open")}, Wait: 500 * time.Millisecond}
			err := o.Open(t.Context(), link)
			if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("Open = %v, want %v", err, c.want)
			}
			got, _ := os.ReadFile(filepath.Join(dir, "opened"))
			if c.opened && string(got) != link {
				t.Errorf("the opener got %q, want the link as one argument", got)
			}
		})
	}
	if err := (Opener{Programs: []string{"true"}}).Open(t.Context(), "file:///etc/passwd"); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("Open(file:) = %v, want ErrNotAllowed", err)
	}
}

func TestOpenerPrefersBROWSER(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the openers are shell scripts")
	}
	dir := t.TempDir()
	script(t, dir, "my-browser", "exit 0")
	t.Setenv("BROWSER", filepath.Join(dir, "my-browser"))
	fakes := t.TempDir()
	script(t, fakes, "xdg-open", "exit 4") // the desktop's default browser cannot start
	t.Setenv("PATH", fakes+string(os.PathListSeparator)+os.Getenv("PATH"))
	if err := (Opener{}).Open(t.Context(), "https://acme.zendesk.com/"); err != nil {
		t.Fatalf("Open = %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "opened")); string(got) != "https://acme.zendesk.com/" {
		t.Fatalf("$BROWSER got %q", got)
	}
}
