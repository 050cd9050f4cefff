package app

import "runtime"

// Version is Zensync's version, set when linking (make build / make package pass
// -ldflags "-X zensync/app.Version=<.ci/version.sh>"); a plain `go build` leaves this default.
var Version = "0.0.0~dev"

// About is what Settings → About shows.
type About struct {
	Version string `json:"version"`
	OS      string `json:"os"`   // GOOS: linux, windows, darwin
	Arch    string `json:"arch"` // GOARCH: amd64, arm64
	DataDir string `json:"dataDir"`
}

// About returns the running build's version and where its data lives. It is a method of Boot,
// which is bound even when the database could not be opened.
func (b *Boot) About() About {
	return About{Version: Version, OS: runtime.GOOS, Arch: runtime.GOARCH, DataDir: b.status.DataDir}
}
