package syncer

import (
	"context"
	"strings"
	"testing"
	"time"

	"zensync/backend/testenv/emuenv"

	"zensync/backend/emulator"
	"zensync/backend/integration"
)

// reference syncs a fresh database from the same account without faults, for comparison.
func reference(t *testing.T, e *env, sub string) snapshot {
	t.Helper()
	ref := newEnvOn(t, e)
	ref.integration("i", sub, integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	if r := ref.run("i"); !r.OK {
		t.Fatal(r.Message)
	}
	return takeSnapshot(t, ref.db, "i")
}

// newEnvOn is a second database and syncer over e's emulator.
func newEnvOn(t *testing.T, e *env) *env {
	t.Helper()
	ref := &env{t: t, emu: e.emu, srv: e.srv}
	ref.openDB(t.TempDir() + "/ref.db")
	ref.syncer = New(Options{Records: ref.records, Integrations: ref.ints, Clients: emuenv.Clients{Base: e.srv.URL}})
	return ref
}

func TestFaultsLoseNothing(t *testing.T) {
	tests := []struct {
		name  string
		fault emulator.Fault
		check func(t *testing.T, e *env, took time.Duration)
	}{
		{"a 429 storm is waited out for exactly Retry-After",
			emulator.Fault{Kind: emulator.FaultStatus, Status: 429, RetryAfter: 1, PathPrefix: "/api/v2/incremental/tickets", Count: 2},
			func(t *testing.T, e *env, took time.Duration) {
				if took < 2*time.Second {
					t.Errorf("took %s: two Retry-After: 1 answers were not waited out", took)
				}
				if !e.sawWaiting() {
					t.Error("progress never reported a rate-limit wait")
				}
			}},
		{"5xx answers are retried with backoff",
			emulator.Fault{Kind: emulator.FaultStatus, Status: 502, PathPrefix: "/api/v2/incremental/", Count: 3}, nil},
		{"a 503 with Retry-After counts as a rate limit",
			emulator.Fault{Kind: emulator.FaultStatus, Status: 503, RetryAfter: 1, PathPrefix: "/api/v2/incremental/ticket_events", Count: 1}, nil},
		{"a malformed page is fetched again",
			emulator.Fault{Kind: emulator.FaultMalformed, PathPrefix: "/api/v2/incremental/tickets", Count: 2}, nil},
		{"a dropped connection is retried",
			emulator.Fault{Kind: emulator.FaultDrop, PathPrefix: "/api/v2/incremental/ticket_events", Count: 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, func(o *Options) { o.PageSize = 100 })
			e.account("acme", emulator.SeedConfig{Seed: 9, Tickets: 350})
			e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
			// Let a few pages through first, so the fault hits the middle of the stream.
			e.control("POST", "acme", "/faults", emulator.Fault{Kind: emulator.FaultDelay, PathPrefix: "/api/v2/incremental/", Count: 3, DelayMS: 1}, nil)
			e.control("POST", "acme", "/faults", tt.fault, nil)
			start := time.Now()
			res := e.run("i")
			took := time.Since(start)
			if !res.OK {
				t.Fatalf("sync failed: %s", res.Message)
			}
			if d := takeSnapshot(t, e.db, "i").diff(reference(t, e, "acme")); d != "" {
				t.Errorf("differs from a clean sync: %s", d)
			}
			if tt.check != nil {
				tt.check(t, e, took)
			}
		})
	}
}

func (e *env) sawWaiting() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, p := range e.progress {
		// A wait is a deadline in the future of the report, also on the stream that waits.
		for _, sp := range p.Streams {
			if p.Running && !sp.WaitingUntil.IsZero() && !p.WaitingUntil.Before(sp.WaitingUntil) {
				return true
			}
		}
	}
	return false
}

func TestOneFailingStreamDoesNotStopTheOthers(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MaxAttempts = 3 })
	e.account("acme", emulator.SeedConfig{Seed: 9, Tickets: 200})
	e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	e.control("POST", "acme", "/faults", emulator.Fault{Kind: emulator.FaultStatus, Status: 500, PathPrefix: "/api/v2/incremental/tickets", Count: 100}, nil)
	res := e.run("i")
	if res.OK || !strings.Contains(res.Message, "tickets") || !strings.Contains(res.Message, "server error") {
		t.Errorf("result = %+v, want the tickets stream's server error in words", res)
	}
	s := takeSnapshot(t, e.db, "i")
	if len(s.Tickets) != 0 || len(s.Comments) == 0 {
		t.Errorf("tickets %d comments %d: the comments stream should have finished", len(s.Tickets), len(s.Comments))
	}
	in, _ := e.ints.Get(t.Context(), "i")
	if in.LastError == "" {
		t.Error("the integration's last error is empty")
	}
	st, err := e.syncer.Status(t.Context(), "i")
	if err != nil {
		t.Fatal(err)
	}
	for _, ss := range st.Streams {
		if (ss.Name == StreamTickets) != (ss.LastError != "") {
			t.Errorf("stream %s last error %q", ss.Name, ss.LastError)
		}
	}
	// Once Zendesk recovers, the next run completes.
	e.control("DELETE", "acme", "/faults", nil, nil)
	if r := e.run("i"); !r.OK {
		t.Fatal(r.Message)
	}
	if d := takeSnapshot(t, e.db, "i").diff(reference(t, e, "acme")); d != "" {
		t.Errorf("after recovery: %s", d)
	}
}

func TestHelpCenterDisabledIsSaidInWords(t *testing.T) {
	e := newEnv(t, nil)
	e.account("acme", emulator.SeedConfig{Seed: 9, Tickets: 10, NoHelpCenter: true})
	e.integration("i", "acme", integration.ContentManagement, "", time.Time{})
	res := e.run("i")
	if res.OK || !strings.Contains(res.Message, "Help Center is not enabled for this account") {
		t.Errorf("result = %+v", res)
	}
}

func TestIncrementalLimitIsRespected(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.PageSize = 100; o.IncrementalPerMinute = 2 })
	e.account("acme", emulator.SeedConfig{Seed: 9, Tickets: 300})
	e.control("PUT", "acme", "/rate-limits", emulator.RateLimits{Incremental: 2}, nil)
	e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	ctx, cancel := context.WithTimeout(t.Context(), 1500*time.Millisecond)
	defer cancel()
	_, _ = e.syncer.Run(ctx, "i")
	exportPages := int64(0) // the definition lists are not incremental exports and are not limited
	for _, name := range []string{StreamTickets, StreamComments} {
		st, err := e.records.SyncState(t.Context(), "i", name)
		if err != nil {
			t.Fatal(err)
		}
		exportPages += st.Pages
	}
	if exportPages > 2 {
		t.Errorf("%d export pages in under a minute with a limit of 2 per minute", exportPages)
	}
	if !e.sawWaiting() {
		t.Error("the wait for the export limit was not reported")
	}
}
