package weblink

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// ErrNoBrowser is wrapped when the system browser could not be started: no opener program is
// installed, or it exited with a failure. The caller shows the link to copy instead.
var ErrNoBrowser = errors.New("weblink: the system browser could not be opened")

// Opener starts the system's URL opener (xdg-open on Linux) and reports whether it failed,
// which Wails' BrowserOpenURL does not (it only logs). Programs are tried in order; the first
// one on PATH is run.
type Opener struct {
	Programs []string      // nil: $BROWSER when set, then xdg-open, x-www-browser, www-browser
	Wait     time.Duration // how long to wait for the opener's exit; 0: 5 s
}

// Open checks the link (Check) and hands it to the first opener on PATH. An opener that exits
// with a failure, or none installed, is ErrNoBrowser. An opener still running after Wait (some
// run the browser in the foreground) counts as opened; it is reaped in the background.
func (o Opener) Open(ctx context.Context, raw string) error {
	link, err := Check(raw)
	if err != nil {
		return err
	}
	progs := o.Programs
	if progs == nil {
		progs = []string{"xdg-open", "x-www-browser", "www-browser"}
		// $BROWSER is the user's explicit choice and comes first, as sensible-browser and most
		// tools do (xdg-open itself ignores it when the desktop names a default browser).
		if b, _, _ := strings.Cut(os.Getenv("BROWSER"), ":"); strings.TrimSpace(b) != "" {
			progs = append([]string{strings.TrimSpace(b)}, progs...)
		}
	}
	wait := o.Wait
	if wait <= 0 {
		wait = 5 * time.Second
	}
	for _, p := range progs {
		path, err := exec.LookPath(p)
		if err != nil {
			continue
		}
		cmd := exec.Command(path, link) // no shell: the link is one argument
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("%w: starting %s: %v", ErrNoBrowser, p, err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				return fmt.Errorf("%w: %s: %v", ErrNoBrowser, p, err)
			}
			return nil
		case <-time.After(wait):
			return nil
		case <-ctx.Done():
			return nil
		}
	}
	return fmt.Errorf("%w: none of %v is installed", ErrNoBrowser, progs)
}
