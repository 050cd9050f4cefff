package testenv

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Recorded returns a response or delivery Zendesk really sent, kept under
// backend/zendesk/testdata/recorded (SOURCES.json there says where each came from); name is the
// path below that folder, e.g. "events/ticket_created.json".
func Recorded(t testing.TB, name string) []byte {
	t.Helper()
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("testenv: cannot locate its own source file")
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(self), "..", "zendesk", "testdata", "recorded", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
