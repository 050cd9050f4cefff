// Package emutest holds what tests of the emulator and of the packages that drive it share: the
// settable Clock and Env, the emulator over real HTTP with helpers to call it. It imports the
// emulator, so the tests of the emulator's packages that use it are external (package x_test).
package emutest

import (
	"sync"
	"time"
)

// Clock is a settable clock for emulator.Options.Clock: it stands still until Advance moves it.
// Safe for concurrent use.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock returns a clock standing at start. Tests that prove the emulator's clock never leaks
// into what is judged by the wall clock pass a start far from now; the others use NowClock.
func NewClock(start time.Time) *Clock { return &Clock{now: start} }

// NowClock returns a clock standing at the real time, to the second, so nothing derived from it
// (cookie jars, token expiry) lies far from the wall clock.
func NowClock() *Clock { return NewClock(time.Now().UTC().Truncate(time.Second)) }

// Now is the clock's time; pass the method value as emulator.Options.Clock.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}
