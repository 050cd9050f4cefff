package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"zensync/backend/instance"
)

// singleInstanceID is Wails' single-instance id for a data folder: derived from its canonical
// path, so ./x and /abs/x (or a symlink) name the same running window.
func singleInstanceID(canonicalDir string) string {
	sum := sha256.Sum256([]byte(canonicalDir))
	return "zensync-" + hex.EncodeToString(sum[:8])
}

// claimDataDir runs first, before anything opens the database: it takes the exclusive lock on
// the canonical data folder. It returns cfg with DataDir made canonical, the function that
// releases the lock, and whether this process should go on. When another Zensync holds the
// folder, it asks that one to raise its window (raise), tells out what happened and returns
// false: the caller exits 0 without touching the database.
func claimDataDir(cfg Config, log *slog.Logger, out io.Writer, raise func(id string) error) (Config, func(), bool) {
	if generatingBindings {
		return cfg, func() {}, true // wire uses a throw-away folder
	}
	lock, err := instance.Acquire(cfg.DataDir)
	if errors.Is(err, instance.ErrLocked) {
		dir := cfg.DataDir
		if canon, cerr := instance.Canonical(cfg.DataDir); cerr == nil {
			dir = canon
		}
		if rerr := raise(singleInstanceID(dir)); rerr == nil {
			fmt.Fprintf(out, "zensync: Zensync is already running with the data folder %s; its window was brought forward.\n", dir)
		} else {
			log.Debug("could not reach the running window", "err", rerr)
			fmt.Fprintf(out, "zensync: Zensync is already running with the data folder %s. "+
				"Switch to its window, or start this one with another --data-dir.\n", dir)
		}
		return cfg, func() {}, false
	}
	if err != nil {
		// Not a second launch (e.g. a read-only folder): go on, and the database check at start
		// says what is wrong in the window.
		log.Warn("could not lock the data folder", "dir", cfg.DataDir, "err", err)
		return cfg, func() {}, true
	}
	cfg.DataDir = lock.Dir
	return cfg, func() {
		if err := lock.Release(); err != nil {
			log.Warn("releasing the data folder lock", "err", err)
		}
	}, true
}
