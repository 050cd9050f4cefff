package syncer

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// answerLog records the status and X-Rate-Limit-Remaining of every answer the syncer gets.
type answerLog struct {
	mu        sync.Mutex
	requests  int
	limited   int // 429s
	minLeft   int // the least X-Rate-Limit-Remaining seen (-1 = none)
	transport http.RoundTripper
}

func (l *answerLog) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := l.transport.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.requests++
	if resp.StatusCode == http.StatusTooManyRequests {
		l.limited++
	}
	if n, err := strconv.Atoi(resp.Header.Get("X-Rate-Limit-Remaining")); err == nil && (l.minLeft < 0 || n < l.minLeft) {
		l.minLeft = n
	}
	return resp, nil
}

// loggedClients gives clients for the emulator whose answers go through log.
type loggedClients struct {
	base string
	log  *answerLog
}

func (c loggedClients) Client(_ context.Context, in integration.Integration) (*zendesk.Client, error) {
	return zendesk.New(c.base+"/"+in.Domain, &http.Client{Timeout: 30 * time.Second, Transport: c.log}, nil), nil
}

// pacedEnv is an env whose account "acme" has limits (a time-scaled minute) and whose syncer
// sees every answer through the returned log.
func pacedEnv(t *testing.T, limits emulator.RateLimits, tickets int, tweak func(*Options)) (*env, *answerLog) {
	log := &answerLog{minLeft: -1, transport: http.DefaultTransport}
	var e *env
	e = newEnv(t, func(o *Options) {
		o.PageSize = 100
		o.Clients = loggedClients{log: log}
		if tweak != nil {
			tweak(o)
		}
	})
	e.syncer.o.Clients = loggedClients{base: e.srv.URL, log: log}
	e.account("acme", emulator.SeedConfig{Tickets: tickets, Users: 250, Seed: 3})
	e.control("PUT", "acme", "/rate-limits", limits, nil)
	return e, log
}

func TestPacingFullSyncNoRateLimitHit(t *testing.T) {
	// Professional-plan limits, a minute lasting a second.
	e, log := pacedEnv(t, emulator.RateLimits{PerMinute: 400, Incremental: 10, TimeScale: 60}, 2500, nil)
	e.integration("desk", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	start := time.Now()
	res := e.run("desk")
	if !res.OK {
		t.Fatalf("sync: %s", res.Message)
	}
	took := time.Since(start)
	if log.limited != 0 {
		t.Errorf("%d of %d answers were 429: the budget must stop before the limit", log.limited, log.requests)
	}
	// The exports need more than one scaled minute's 10 requests, so pacing was exercised.
	if log.requests <= 20 || took < time.Second {
		t.Errorf("%d requests in %s: expected more than two scaled minutes of exports", log.requests, took)
	}
	if c, _ := e.records.Counts(t.Context(), "desk"); c.Tickets != 2500 {
		t.Errorf("synced %d tickets, want 2500", c.Tickets)
	}
}

func TestPacingBudgetSharedByIntegrationsOfOneAccount(t *testing.T) {
	both := func(t *testing.T, e *env) {
		e.integration("desk", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
		e.integration("crm", "acme", integration.CRM, integration.PullByUpdatedTime, time.Time{})
		var wg sync.WaitGroup
		for _, id := range []string{"desk", "crm"} {
			wg.Go(func() {
				if res := e.run(id); !res.OK {
					t.Errorf("%s: %s", id, res.Message)
				}
			})
		}
		wg.Wait()
	}
	// An account limit of 8 a (scaled) minute, no separate export limit: at the default share
	// the two syncs together may use 4, and every answer must show at least 4 left.
	e, log := pacedEnv(t, emulator.RateLimits{PerMinute: 8, TimeScale: 60}, 1200, nil)
	both(t, e)
	if log.limited != 0 || log.minLeft < 4 {
		t.Errorf("%d requests, %d refused, least remaining %d: want no 429 and at least 4 of 8 left", log.requests, log.limited, log.minLeft)
	}
	if log.requests <= 8 {
		t.Errorf("only %d requests: the test needs more than two windows' worth", log.requests)
	}
	t.Logf("%d requests, least remaining %d of 8", log.requests, log.minLeft)
}

// TestProgressNamesTheLimit: when the export limit is what holds a sync back, the progress
// says so in words, with the limit.
func TestProgressNamesTheLimit(t *testing.T) {
	// Two export requests a (scaled) minute of two seconds: the limit binds whatever the machine.
	e, _ := pacedEnv(t, emulator.RateLimits{PerMinute: 400, Incremental: 2, TimeScale: 30}, 1000, nil)
	e.integration("desk", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	if res := e.run("desk"); !res.OK {
		t.Fatalf("sync: %s", res.Message)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	named, all := "", []string{}
	for _, p := range e.progress {
		all = append(all, p.Estimate)
		if strings.Contains(p.Estimate, "at Zendesk's limit of 2 export requests a minute") {
			named = p.Estimate
		}
	}
	if named == "" {
		t.Errorf("no progress named the export limit as what bounds the sync: %q", all)
	}
}

func TestBudgetKeepsShareFree(t *testing.T) {
	cases := []struct {
		name     string
		keepFree float64
		grants   int // acquires that go through at once after an answer saying 11 of 20 left
	}{
		{"half kept free: one more, then wait for the window", 0.5, 1},
		{"nothing kept free: all 11", 0, 11},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBudget(c.keepFree, time.Minute, time.Now)
			ctx := t.Context()
			if err := b.acquire(ctx, false, nil); err != nil { // nothing known: the first goes
				t.Fatal(err)
			}
			reset := 300 * time.Millisecond
			b.observe(zendesk.RateLimit{Path: "/api/v2/users", Status: 200, At: time.Now(),
				Account: zendesk.Limit{Known: true, Total: 20, Remaining: 11, Reset: reset}})
			b.release(false)
			start := time.Now()
			for i := 0; i < c.grants; i++ {
				if err := b.acquire(ctx, false, nil); err != nil {
					t.Fatal(err)
				}
			}
			if d := time.Since(start); d > reset/2 {
				t.Fatalf("%d grants took %s: they should go at once", c.grants, d)
			}
			var waited time.Duration
			if err := b.acquire(ctx, false, func(d time.Duration) { waited = max(waited, d) }); err != nil {
				t.Fatal(err)
			}
			if waited <= 0 || time.Since(start) < reset/2 {
				t.Errorf("grant %d went after %s (announced wait %s): it must wait for the next window", c.grants+1, time.Since(start), waited)
			}
		})
	}
}
