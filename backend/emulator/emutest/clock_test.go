package emutest

import (
	"testing"
	"time"
)

func TestClockStandsStillUntilAdvanced(t *testing.T) {
	start := time.Now().UTC().Truncate(time.Second)
	c := NewClock(start)
	if got := c.Now(); !got.Equal(start) {
		t.Fatalf("Now = %v, want %v", got, start)
	}
	c.Advance(90 * time.Second)
	if got := c.Now(); !got.Equal(start.Add(90 * time.Second)) {
		t.Fatalf("after Advance: %v, want %v", got, start.Add(90*time.Second))
	}
	if d := time.Since(NowClock().Now()); d < 0 || d > time.Minute {
		t.Fatalf("NowClock is %v away from the wall clock", d)
	}
}
