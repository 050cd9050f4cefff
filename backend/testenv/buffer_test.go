package testenv

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestBufferKeepsEveryConcurrentWrite(t *testing.T) {
	var b Buffer
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				fmt.Fprintf(&b, "w%d\n", i)
				_ = b.String()
			}
		}(i)
	}
	wg.Wait()
	if n := strings.Count(b.String(), "\n"); n != 400 {
		t.Fatalf("%d lines, want 400", n)
	}
}

func TestPollSaysWhetherTheConditionHeldInTime(t *testing.T) {
	n := 0
	if !Poll(time.Second, func() bool { n++; return n == 3 }) || n != 3 {
		t.Fatalf("Poll stopped after %d calls", n)
	}
	if Poll(20*time.Millisecond, func() bool { return false }) {
		t.Fatal("Poll of a condition that never holds said it held")
	}
}

func TestRecordedReadsTheZendeskRecordings(t *testing.T) {
	if b := Recorded(t, "events/ticket_created.json"); !strings.Contains(string(b), "zen:event-type:ticket.created") {
		t.Fatalf("events/ticket_created.json is not the recorded delivery: %.80s", b)
	}
}
