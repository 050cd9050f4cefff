package gate_test

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
)

func TestRateLimitTimeScale(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 20}, func(o *emulator.Options) { o.RateLimit, o.IncrementalRateLimit, o.TimeScale = 400, 10, 60 })
	incr := fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", e.Acct.Data().Start.Unix())
	// Start at the beginning of a scaled window (one second long), whatever the clock says.
	e.Clock.Advance(time.Second - time.Duration(e.Clock.Now().UnixNano()%int64(time.Second)))
	for i := 1; i <= 10; i++ {
		s, _, h := e.Do("GET", incr, emutest.AdminToken, nil)
		if s != 200 {
			t.Fatalf("export %d: %d", i, s)
		}
		want := fmt.Sprintf("total=10; remaining=%d; resets=1", 10-i)
		if got := h.Get("Zendesk-RateLimit-incremental-exports"); got != want {
			t.Errorf("export %d: incremental header %q, want %q", i, got, want)
		}
		if got := h.Get("X-Rate-Limit-Remaining"); got != strconv.Itoa(400-i) {
			t.Errorf("export %d: X-Rate-Limit-Remaining %q", i, got)
		}
		if h.Get("ratelimit-limit") != "400" || h.Get("ratelimit-reset") != "1" {
			t.Errorf("export %d: ratelimit-* %q %q", i, h.Get("ratelimit-limit"), h.Get("ratelimit-reset"))
		}
	}
	e.Clock.Advance(250 * time.Millisecond)
	s, _, h := e.Do("GET", incr, emutest.AdminToken, nil)
	if s != 429 || h.Get("Retry-After") != "0.75" {
		t.Fatalf("11th export in a scaled minute: %d, Retry-After %q (want 429 and 0.75)", s, h.Get("Retry-After"))
	}
	if h.Get("X-Rate-Limit") != "400" || h.Get("Zendesk-RateLimit-incremental-exports") != "total=10; remaining=0; resets=0.75" {
		t.Errorf("429 headers: %v", h)
	}
	if s, _, _ := e.Do("GET", "/acme/api/v2/tickets/1.json", emutest.AdminToken, nil); s != 200 {
		t.Errorf("a non-export request within the account limit: %d", s)
	}
	e.Clock.Advance(750 * time.Millisecond)
	if s, _, h := e.Do("GET", incr, emutest.AdminToken, nil); s != 200 || h.Get("X-Rate-Limit-Remaining") != "399" {
		t.Fatalf("next scaled minute: %d, remaining %q", s, h.Get("X-Rate-Limit-Remaining"))
	}
	t.Run("the control API reads and sets the time scale", func(t *testing.T) {
		if s, m, _ := e.Do("PUT", "/_emulator/acme/rate-limits", "", map[string]any{"time_scale": 1}); s != 200 || m["time_scale"] != 1.0 || m["per_minute"] != 400.0 {
			t.Fatalf("%d %v", s, m)
		}
		if s, _, _ := e.Do("PUT", "/_emulator/acme/rate-limits", "", map[string]any{"time_scale": -2}); s != 422 {
			t.Fatalf("negative time scale: %d", s)
		}
	})
}
