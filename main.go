// Command zensync is the Zensync desktop app; `zensync emulator` runs the local Zendesk emulator;
// `zensync --version` prints the version.
package main

import (
	"context"
	"embed"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"zensync/app"
	"zensync/backend/emulator"
)

//go:embed all:frontend/dist
var assets embed.FS

//go:embed build/appicon.png
var icon []byte

func main() {
	if len(os.Args) > 1 && os.Args[1] == "emulator" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		os.Exit(emulator.Main(ctx, os.Args[2:], os.Stdout, os.Stderr))
	}
	if len(os.Args) == 2 && (os.Args[1] == "--version" || os.Args[1] == "-version") {
		fmt.Println("zensync", app.Version)
		return
	}
	cfg, err := app.ParseConfig(os.Args[1:], os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "zensync:", err)
		os.Exit(2)
	}
	if err := app.Run(cfg, assets, icon); err != nil {
		fmt.Fprintln(os.Stderr, "zensync:", err)
		os.Exit(1)
	}
}
