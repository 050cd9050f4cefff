package app

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Run opens the window and blocks until it closes. It never fails on a bad database: the
// window then shows what went wrong (see Boot) and the file is left untouched.
func Run(cfg Config, assets embed.FS, icon []byte) error {
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		return fmt.Errorf("embedded front end: %w", err)
	}
	// The data folder's lock comes before anything else: a second launch must not open or
	// migrate the database, start the listener or sync.
	cfg, release, proceed := claimDataDir(cfg, newLogger(cfg.LogLevel), os.Stdout, raiseRunning)
	if !proceed {
		return nil
	}
	defer release()
	w := wire(cfg)
	return wails.Run(&options.App{
		Title:            "Zensync",
		Width:            1280,
		Height:           820,
		MinWidth:         900,
		MinHeight:        600,
		StartHidden:      true,
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 250, A: 255},
		AssetServer:      &assetserver.Options{Assets: dist, Middleware: w.assetMiddleware()},
		SingleInstanceLock: &options.SingleInstanceLock{
			// One window per data folder. The file lock stops a second launch before this; the
			// first window listens under this id, and the second launch's raiseRunning asks it
			// to come forward (OnSecondInstanceLaunch).
			UniqueId: singleInstanceID(cfg.DataDir),
			OnSecondInstanceLaunch: func(options.SecondInstanceData) {
				if w.shell.ctx != nil {
					runtime.WindowUnminimise(w.shell.ctx)
					runtime.WindowShow(w.shell.ctx)
				}
			},
		},
		OnStartup: func(ctx context.Context) {
			w.shell.Startup(ctx)
			w.start(ctx)
		},
		OnDomReady: func(ctx context.Context) {
			w.log.Info("dom ready")
			runtime.WindowShow(ctx)
		},
		OnShutdown: func(ctx context.Context) { w.stop(ctx) },
		Bind:       w.bindings(),
		Linux:      &linux.Options{Icon: icon, ProgramName: "zensync"},
	})
}
