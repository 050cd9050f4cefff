package emutest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"zensync/backend/emulator"
)

// AdminToken is the bearer New's TestAuth accepts for the seeded admin of "acme"; any
// "test-<email>" of a seeded user works the same way.
const AdminToken = "test-admin@acme.test"

// Env is an emulator over real HTTP (a free loopback port) with one account, its settable Clock,
// and helpers to call it.
type Env struct {
	T     testing.TB
	Sub   string // the account's subdomain
	Srv   *emulator.Server
	Acct  *emulator.Account
	TS    *httptest.Server
	Clock *Clock
}

// New serves one account "acme" seeded with seed, whose API accepts the bearer
// "test-<email>" of any seeded user (Options.TestAuth, scopes read and write). The clock starts
// at the real time (to the second) and only moves when a test advances it. opts may change the
// options before the server starts.
func New(t testing.TB, seed emulator.SeedConfig, opts ...func(*emulator.Options)) *Env {
	t.Helper()
	clock := NowClock()
	var acct *emulator.Account
	o := emulator.Options{Clock: clock.Now}
	o.TestAuth = func(r *http.Request) (emulator.Principal, bool) {
		email, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer test-")
		if !ok {
			return emulator.Principal{}, false
		}
		u, found := acct.UserByEmail(email)
		if !found {
			return emulator.Principal{}, false
		}
		return emulator.Principal{UserID: u.ID, Email: u.Email, Role: u.Role, Scopes: []string{"read", "write"}}, true
	}
	for _, f := range opts {
		f(&o)
	}
	e := Start(t, o, clock, "acme", seed)
	acct = e.Acct
	return e
}

// Start serves a new emulator made with o (whose Clock should be clock.Now) with one account
// over real HTTP, and stops both when the test ends. Every harness of the emulator starts here.
func Start(t testing.TB, o emulator.Options, clock *Clock, subdomain string, seed emulator.SeedConfig) *Env {
	t.Helper()
	srv, ts := Serve(t, o)
	acct, err := srv.AddAccount(subdomain, seed)
	if err != nil {
		t.Fatalf("add account: %v", err)
	}
	return &Env{T: t, Sub: subdomain, Srv: srv, Acct: acct, TS: ts, Clock: clock}
}

// Serve serves a new emulator made with o, with no account yet, on a free loopback port; both
// stop when the test ends.
func Serve(t testing.TB, o emulator.Options) (*emulator.Server, *httptest.Server) {
	t.Helper()
	srv := emulator.New(o)
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Close() })
	return srv, ts
}

// URL is the absolute URL of path (below the server root).
func (e *Env) URL(path string) string { return e.TS.URL + path }

// Do sends a request to path (below the server root), with body as JSON when not nil, and
// decodes a JSON answer into a map.
func (e *Env) Do(method, path, token string, body any) (int, map[string]any, http.Header) {
	e.T.Helper()
	var rd io.Reader
	contentType := ""
	if body != nil {
		b, _ := json.Marshal(body)
		rd, contentType = bytes.NewReader(b), "application/json"
	}
	status, h, raw := e.Raw(e.TS.Client(), method, e.URL(path), contentType, rd, Bearer(token))
	var m map[string]any
	if len(raw) > 0 && strings.HasPrefix(h.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(raw, &m); err != nil {
			e.T.Fatalf("%s %s: invalid JSON %v: %.200s", method, path, err, raw)
		}
	}
	return status, m, h
}

// Raw sends a request to rawURL through c (nil: http.DefaultClient) and returns status,
// headers and body; contentType "" sends none.
func (e *Env) Raw(c *http.Client, method, rawURL, contentType string, body io.Reader, hdr map[string]string) (int, http.Header, []byte) {
	e.T.Helper()
	req, err := http.NewRequest(method, rawURL, body)
	if err != nil {
		e.T.Fatalf("new request: %v", err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		e.T.Fatalf("%s %s: %v", method, rawURL, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

// NoFollow returns an http.Client that answers a redirect itself instead of following it.
func NoFollow() *http.Client {
	return &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// Bearer is the Authorization header for token, for Raw; nil (no header) when token is "".
func Bearer(token string) map[string]string {
	if token == "" {
		return nil
	}
	return map[string]string{"Authorization": "Bearer " + token}
}

// Fetch GETs rawURL with the bearer token (none when "") and does not follow a redirect.
func (e *Env) Fetch(rawURL, token string) (int, http.Header, []byte) {
	e.T.Helper()
	return e.Raw(NoFollow(), "GET", rawURL, "", nil, Bearer(token))
}

// Get is Do(GET) with AdminToken that fails the test on a non-200 answer.
func (e *Env) Get(path string) map[string]any {
	e.T.Helper()
	status, m, _ := e.Do("GET", path, AdminToken, nil)
	if status != http.StatusOK {
		e.T.Fatalf("GET %s: status %d: %v", path, status, m)
	}
	return m
}

// Rel strips the test server's URL from an absolute URL the emulator returned for the account.
func (e *Env) Rel(u string) string {
	e.T.Helper()
	if prefix := e.TS.URL + "/" + e.Sub + "/"; !strings.HasPrefix(u, prefix) {
		e.T.Fatalf("URL %q does not start with %s", u, prefix)
	}
	return strings.TrimPrefix(u, e.TS.URL)
}

// OpenTicket is the first seeded ticket that can still be updated.
func (e *Env) OpenTicket() int64 {
	ds := e.Acct.Data()
	for id := int64(1); id <= int64(ds.Config.Tickets); id++ {
		if s := ds.SeededTicket(id).Status; s != "closed" && s != "deleted" {
			return id
		}
	}
	e.T.Fatal("no open seeded ticket")
	return 0
}

// List is m[key] as a JSON array (nil when it is not one).
func List(m map[string]any, key string) []any {
	v, _ := m[key].([]any)
	return v
}

// Num is a JSON number as an int64 (0 when v is not a number).
func Num(v any) int64 {
	f, _ := v.(float64)
	return int64(f)
}

// DecodeMap decodes a JSON object or fails the test.
func DecodeMap(t testing.TB, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return m
}
