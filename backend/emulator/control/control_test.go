package control_test

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
)

func TestRateLimits(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 20}, func(o *emulator.Options) { o.RateLimit, o.IncrementalRateLimit = 5, 2 })
	start := e.Acct.Data().Start.Unix()
	incr := fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start)
	for i := 0; i < 2; i++ {
		if s, _, h := e.Do("GET", incr, emutest.AdminToken, nil); s != 200 || h.Get("X-Rate-Limit") != "5" {
			t.Fatalf("incremental %d: %d %q", i, s, h.Get("X-Rate-Limit"))
		}
	}
	s, m, h := e.Do("GET", incr, emutest.AdminToken, nil)
	if s != 429 || h.Get("Retry-After") == "" {
		t.Fatalf("third incremental: %d %v retry %q", s, m, h.Get("Retry-After"))
	}
	for i := 0; i < 2; i++ { // 3 counted so far (the refused one too), limit 5
		if s, _, _ := e.Do("GET", "/acme/api/v2/tickets/1.json", emutest.AdminToken, nil); s != 200 && s != 404 {
			t.Fatalf("request %d: %d", i, s)
		}
	}
	if s, _, h := e.Do("GET", "/acme/api/v2/tickets/1.json", emutest.AdminToken, nil); s != 429 || h.Get("X-Rate-Limit-Remaining") != "0" {
		t.Fatalf("over the account limit: %d", s)
	}
	e.Clock.Advance(time.Minute)
	if s, _, _ := e.Do("GET", incr, emutest.AdminToken, nil); s != 200 {
		t.Fatalf("next minute: %d", s)
	}
	t.Run("limits change through the control API, 0 is off", func(t *testing.T) {
		if s, m, _ := e.Do("PUT", "/_emulator/acme/rate-limits", "", map[string]int{"per_minute": 0, "incremental_per_minute": 0}); s != 200 {
			t.Fatalf("%d %v", s, m)
		}
		for i := 0; i < 20; i++ {
			if s, _, _ := e.Do("GET", incr, emutest.AdminToken, nil); s != 200 {
				t.Fatalf("request %d: %d", i, s)
			}
		}
	})
}

func TestFaults(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 20})
	inject := func(f map[string]any) {
		t.Helper()
		if s, m, _ := e.Do("POST", "/_emulator/acme/faults", "", f); s != 201 {
			t.Fatalf("inject: %d %v", s, m)
		}
	}
	t.Run("5xx for the next N matching requests, then normal", func(t *testing.T) {
		inject(map[string]any{"kind": "status", "status": 503, "count": 2, "path_prefix": "/api/v2/tickets", "retry_after": 7})
		if s, _, _ := e.Do("GET", "/acme/api/v2/users/me.json", emutest.AdminToken, nil); s != 200 {
			t.Fatalf("other path: %d", s)
		}
		for i := 0; i < 2; i++ {
			if s, _, h := e.Do("GET", "/acme/api/v2/tickets/1.json", emutest.AdminToken, nil); s != 503 || h.Get("Retry-After") != "7" {
				t.Fatalf("fault %d: %d", i, s)
			}
		}
		if s, _, _ := e.Do("GET", "/acme/api/v2/tickets.json", emutest.AdminToken, nil); s != 200 {
			t.Fatalf("after: %d", s)
		}
	})
	t.Run("malformed JSON", func(t *testing.T) {
		inject(map[string]any{"kind": "malformed", "path_prefix": "/api/v2/tickets.json"})
		st, _, b := e.Raw(e.TS.Client(), "GET", e.URL("/acme/api/v2/tickets.json"), "", nil, nil)
		if body := string(b); st != 200 || !strings.HasPrefix(body, `{"tickets":[{`) || strings.HasSuffix(body, "}") {
			t.Fatalf("%d %q", st, body)
		}
	})
	t.Run("dropped connection", func(t *testing.T) {
		inject(map[string]any{"kind": "drop", "path_prefix": "/api/v2/"})
		req, _ := http.NewRequest("GET", e.TS.URL+"/acme/api/v2/tickets.json", nil)
		if resp, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Do(req); err == nil {
			resp.Body.Close()
			t.Fatalf("want a transport error, got %d", resp.StatusCode)
		}
	})
	t.Run("slow response", func(t *testing.T) {
		inject(map[string]any{"kind": "delay", "delay_ms": 150, "path_prefix": "/api/v2/"})
		start := time.Now()
		if s, _, _ := e.Do("GET", "/acme/api/v2/users/me.json", emutest.AdminToken, nil); s != 200 {
			t.Fatalf("%d", s)
		}
		if time.Since(start) < 150*time.Millisecond {
			t.Fatal("not delayed")
		}
	})
	t.Run("a bad fault is refused", func(t *testing.T) {
		if s, _, _ := e.Do("POST", "/_emulator/acme/faults", "", map[string]any{"kind": "nope"}); s != 422 {
			t.Fatalf("%d", s)
		}
	})
}

func TestControlAPI(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 30})
	open := e.OpenTicket()
	cases := []struct {
		name, method, path string
		body               any
		status             int
	}{
		{"state", "GET", "/_emulator/acme/state", nil, 200},
		{"an agent updates a ticket without a token", "PUT", fmt.Sprintf("/_emulator/acme/tickets/%d", open), map[string]any{"ticket": map[string]any{"priority": "low", "comment": map[string]any{"body": "hi"}}}, 200},
		{"an agent creates a ticket", "POST", "/_emulator/acme/tickets", map[string]any{"ticket": map[string]any{"subject": "s", "comment": map[string]any{"body": "b"}}}, 201},
		{"acting as an unknown user", "POST", "/_emulator/acme/tickets?as=nobody@x", map[string]any{"ticket": map[string]any{}}, 422},
		{"turn Help Center off", "PUT", "/_emulator/acme/help-center", map[string]any{"enabled": false}, 200},
		{"advance the clock", "POST", "/_emulator/acme/clock", map[string]any{"advance_seconds": 120}, 200},
		{"add an account", "POST", "/_emulator/accounts", map[string]any{"subdomain": "beta", "seed": map[string]any{"tickets": 10}}, 201},
		{"add it twice", "POST", "/_emulator/accounts", map[string]any{"subdomain": "beta"}, 409},
		{"a bad subdomain", "POST", "/_emulator/accounts", map[string]any{"subdomain": "Bad_Name"}, 422},
		{"an unknown account", "GET", "/_emulator/zzz/state", nil, 404},
		{"a body that is not a JSON object", "POST", "/_emulator/acme/clock", "nope", 400},
		{"a token request whose body is not a JSON object", "POST", "/_emulator/acme/tokens", "nope", 400},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if s, m, _ := e.Do(c.method, c.path, "", c.body); s != c.status {
				t.Fatalf("status %d, want %d: %v", s, c.status, m)
			}
		})
	}
	if s, m, _ := e.Do("GET", "/acme/api/v2/help_center/articles.json", emutest.AdminToken, nil); s != 404 || !strings.Contains(fmt.Sprint(m["description"]), "Help Center") {
		t.Fatalf("help center off: %d %v", s, m)
	}
	st := e.Get("/_emulator/acme/state")
	if emutest.Num(st["changes"]) != 2 || emutest.Num(st["max_ticket_id"]) != 31 {
		t.Fatalf("state: %v", st)
	}
	t.Run("seed replaces the data and forgets changes", func(t *testing.T) {
		s, m, _ := e.Do("POST", "/_emulator/acme/seed", "", map[string]any{"tickets": 12, "seed": 9})
		if s != 200 || emutest.Num(m["changes"]) != 0 || emutest.Num(m["max_ticket_id"]) != 12 {
			t.Fatalf("%d %v", s, m)
		}
	})
	t.Run("the control API answers loopback clients through a loopback Host only", func(t *testing.T) {
		for _, c := range []struct {
			remote, host string
			want         int
		}{
			{"192.0.2.10", "127.0.0.1:8089", 403},
			{"127.0.0.1", "rebound.example:8089", 403}, // DNS rebinding: a page's own name, resolved to us
			{"127.0.0.1", "127.0.0.1:8089", 200},
			{"127.0.0.1", "localhost:8089", 200},
			{"::1", "[::1]:8089", 200},
		} {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest("GET", "/_emulator/acme/state", nil)
			req.RemoteAddr = net.JoinHostPort(c.remote, "5555")
			req.Host = c.host
			e.Srv.ServeHTTP(rec, req)
			if rec.Code != c.want {
				t.Errorf("from %s as Host %s: status %d, want %d", c.remote, c.host, rec.Code, c.want)
			}
		}
	})
	t.Run("healthz", func(t *testing.T) {
		if s, m, _ := e.Do("GET", "/healthz", "", nil); s != 200 || m["status"] != "ok" {
			t.Fatalf("%d %v", s, m)
		}
	})
}
