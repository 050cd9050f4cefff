package app

import (
	"context"
	"log/slog"
	"os"
)

// wiring holds every service, built once from Config. Each screen area adds its facade here.
type wiring struct {
	cfg   Config
	log   *slog.Logger
	shell *Shell
	boot  *Boot
}

func wire(cfg Config) *wiring {
	log := newLogger(cfg.LogLevel)
	w := &wiring{cfg: cfg, log: log, shell: NewShell(log)}
	w.boot = NewBoot(BootStatus{OK: true, DataDir: cfg.DataDir})
	return w
}

// start runs after the window exists; long-lived workers start here and stop in stop.
func (w *wiring) start(ctx context.Context) {}

// stop is called once when the window closes.
func (w *wiring) stop(ctx context.Context) {}

func (w *wiring) bindings() []any {
	return []any{w.boot}
}

func newLogger(level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}
