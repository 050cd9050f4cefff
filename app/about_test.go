package app

import (
	"runtime"
	"testing"
)

func TestAboutReportsTheLinkedVersion(t *testing.T) {
	old := Version
	t.Cleanup(func() { Version = old })
	Version = "1.2.3+git4.gabcdef0"
	got := NewBoot(BootStatus{OK: true, DataDir: "/data"}).About()
	want := About{Version: "1.2.3+git4.gabcdef0", OS: runtime.GOOS, Arch: runtime.GOARCH, DataDir: "/data"}
	if got != want {
		t.Fatalf("About() = %+v, want %+v", got, want)
	}
	if st := NewBoot(BootStatus{}).Status(); st.Version != Version {
		t.Fatalf("Status().Version = %q, want %q", st.Version, Version)
	}
}
