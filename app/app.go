// Package app is the Wails-bound facade: small structs per screen area, DTOs and event names.
// It is the only package that imports the Wails runtime; the domain lives in backend/.
package app

import (
	"context"
	"log/slog"

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
	browse func(ctx context.Context, url string) // runtime.BrowserOpenURL; tests record instead
}

// NewShell returns the shell; Startup must be called by Wails before Emit does anything.
func NewShell(log *slog.Logger) *Shell { return &Shell{log: log, browse: runtime.BrowserOpenURL} }

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

// OpenURL opens a link in the system browser; a link weblink refuses is only logged.
func (s *Shell) OpenURL(url string) {
	if err := s.OpenExternal(url); err != nil {
		s.log.Warn("link not opened", "err", err)
	}
}

// OpenExternal opens raw in the system browser when weblink.Check allows it (http, https,
// mailto), and returns the refusal otherwise. Every URL handed to the system goes through here.
func (s *Shell) OpenExternal(raw string) error {
	url, err := weblink.Check(raw)
	if err != nil {
		return err
	}
	if s.ctx != nil {
		s.browse(s.ctx, url)
	}
	return nil
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
