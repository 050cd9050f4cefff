// Package testenv holds helpers that the tests of several packages share; only tests import it.
// It imports only the standard library, so any package's tests (the store's and the emulator's
// included) can use it. Its sub-package emuenv starts the emulator and a database for the tests
// of the packages above both.
package testenv

import (
	"bytes"
	"sync"
)

// Buffer is a bytes.Buffer safe to write from one goroutine (a logger, a running command) while
// the test reads it from another.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String is everything written so far.
func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
