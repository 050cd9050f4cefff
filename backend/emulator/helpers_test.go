package emulator

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"zensync/backend/emulator/emutest"
)

// testEnv is an emulator over real HTTP with one account "acme" and a bearer "test-<email>"
// accepted through Options.TestAuth.
type testEnv struct {
	t     testing.TB
	srv   *Server
	ts    *httptest.Server
	clock *emutest.Clock
	acct  *Account
}

const testToken = "test-admin@acme.test"

func newTestEnv(t testing.TB, seed SeedConfig, opts ...func(*Options)) *testEnv {
	t.Helper()
	// The clock starts at the real time (to the second) and only moves when a test advances it.
	clock := emutest.NowClock()
	var acct *Account
	o := Options{Clock: clock.Now}
	o.TestAuth = func(r *http.Request) (Principal, bool) {
		email, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer test-")
		if !ok {
			return Principal{}, false
		}
		u, found := acct.UserByEmail(email)
		if !found {
			return Principal{}, false
		}
		return Principal{UserID: u.ID, Email: u.Email, Role: u.Role, Scopes: []string{"read", "write"}}, true
	}
	for _, f := range opts {
		f(&o)
	}
	srv, acct, ts := startEmulator(t, o, "acme", seed)
	return &testEnv{t: t, srv: srv, ts: ts, clock: clock, acct: acct}
}

// startEmulator serves a new emulator with one account over real HTTP (a free loopback port)
// and stops both when the test ends. Every harness of this package starts here.
func startEmulator(t testing.TB, o Options, subdomain string, seed SeedConfig) (*Server, *Account, *httptest.Server) {
	t.Helper()
	srv := New(o)
	acct, err := srv.AddAccount(subdomain, seed)
	if err != nil {
		t.Fatalf("add account: %v", err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Close() })
	return srv, acct, ts
}

// do sends a request to path (below the server root) and decodes a JSON answer into a map.
func (e *testEnv) do(method, path, token string, body any) (int, map[string]any, http.Header) {
	e.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, e.ts.URL+path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		e.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var m map[string]any
	if len(raw) > 0 && strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(raw, &m); err != nil {
			e.t.Fatalf("%s %s: invalid JSON %v: %.200s", method, path, err, raw)
		}
	}
	return resp.StatusCode, m, resp.Header
}

// get is do(GET) with the admin token that fails the test on a non-200 answer.
func (e *testEnv) get(path string) map[string]any {
	e.t.Helper()
	status, m, _ := e.do("GET", path, testToken, nil)
	if status != http.StatusOK {
		e.t.Fatalf("GET %s: status %d: %v", path, status, m)
	}
	return m
}

// rel strips the test server's URL from an absolute URL the emulator returned.
func (e *testEnv) rel(u string) string {
	e.t.Helper()
	if !strings.HasPrefix(u, e.ts.URL+"/acme/") {
		e.t.Fatalf("URL %q does not start with %s/acme/", u, e.ts.URL)
	}
	return strings.TrimPrefix(u, e.ts.URL)
}

func list(m map[string]any, key string) []any {
	v, _ := m[key].([]any)
	return v
}

func num(v any) int64 {
	f, _ := v.(float64)
	return int64(f)
}

// openTicket is the first seeded ticket that can still be updated.
func (e *testEnv) openTicket() int64 {
	ds := e.acct.Data()
	for id := int64(1); id <= int64(ds.Config.Tickets); id++ {
		if s := ds.SeededTicket(id).Status; s != "closed" && s != "deleted" {
			return id
		}
	}
	e.t.Fatal("no open seeded ticket")
	return 0
}
