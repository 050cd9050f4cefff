package testenv

import (
	"testing"
	"time"
)

// Poll calls cond every few milliseconds until it holds or within has passed, and says whether it
// held.
func Poll(within time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

// WaitFor fails the test unless cond holds within the given time.
func WaitFor(t testing.TB, within time.Duration, cond func() bool) {
	t.Helper()
	if !Poll(within, cond) {
		t.Fatalf("condition not met within %s", within)
	}
}
