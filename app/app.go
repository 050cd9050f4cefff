// Package app is the Wails-bound facade: small structs per screen area, DTOs and event names.
// It is the only package that imports the Wails runtime; the domain lives in backend/.
package app

import (
	"context"
	"log/slog"
	goruntime "runtime"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"zensync/backend/weblink"
)

// Emitter pushes an event to the front end. The backend receives it as a plain func, so it never
// imports Wails.
type Emitter func(name string, data ...any)

// Shell owns the Wails context and hands an Emitter to the services that need one.
type Shell struct {
	log    *slog.Logger
	ctx    context.Context
	browse func(ctx context.Context, url string) error // systemBrowse; tests record instead
}

// NewShell returns the shell; Startup must be called by Wails before Emit does anything.
func NewShell(log *slog.Logger) *Shell { return &Shell{log: log, browse: systemBrowse} }

// systemBrowse opens a checked link in the system browser. On Linux Zensync runs the opener
// itself (weblink.Opener), because Wails' BrowserOpenURL only logs a failure and the sign-in
// must say when no browser opened; elsewhere Wails' opener is used and cannot report one.
func systemBrowse(ctx context.Context, url string) error {
	if goruntime.GOOS == "linux" {
		return weblink.Opener{}.Open(ctx, url)
	}
	runtime.BrowserOpenURL(ctx, url)
	return nil
}

// Startup is Wails' OnStartup hook.
func (s *Shell) Startup(ctx context.Context) { s.ctx = ctx }

// Emit sends an event to the window; before start-up it only logs.
func (s *Shell) Emit(name string, data ...any) {
	if s.ctx == nil {
		s.log.Debug("event before startup", "event", name)
		return
	}
	runtime.EventsEmit(s.ctx, name, data...)
}

// OpenURL opens a link in the system browser and returns why it did not (a link weblink
// refuses, weblink.ErrNoBrowser), which is also logged.
func (s *Shell) OpenURL(url string) error {
	err := s.OpenExternal(url)
	if err != nil {
		s.log.Warn("link not opened", "err", err)
	}
	return err
}

// OpenExternal opens raw in the system browser when weblink.Check allows it (http, https,
// mailto), and returns the refusal otherwise. Every URL handed to the system goes through here.
func (s *Shell) OpenExternal(raw string) error {
	url, err := weblink.Check(raw)
	if err != nil {
		return err
	}
	if s.ctx == nil {
		return nil
	}
	return s.browse(s.ctx, url)
}

// BootStatus tells the front end whether the back end started. When the database cannot be
// opened or migrated, the window shows Message and Path instead of the app.
type BootStatus struct {
	OK      bool   `json:"ok"`
	Message string `json:"message"`
	Path    string `json:"path"`
	DataDir string `json:"dataDir"`
	Version string `json:"version"`
}

// Boot is always bound, so the front end can ask whether the rest is usable.
type Boot struct{ status BootStatus }

// NewBoot records how start-up went.
func NewBoot(status BootStatus) *Boot { return &Boot{status: status} }

// Status returns how start-up went, with the running version.
func (b *Boot) Status() BootStatus {
	s := b.status
	s.Version = Version
	return s
}
