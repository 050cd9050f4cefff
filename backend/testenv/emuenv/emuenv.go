// Package emuenv starts what the tests of the packages above the store and the Zendesk client
// share: the Zendesk emulator over real HTTP, clients for it and a fresh SQLite database. Only
// tests import it (the emulator's and the store's own tests cannot: it imports both).
package emuenv

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// AdminID is the seeded admin every request acts as under AdminAuth.
const AdminID = 1_000_001

// AdminAuth is an emulator.Options.TestAuth that lets every request act as the admin with scopes.
func AdminAuth(scopes ...string) func(*http.Request) (emulator.Principal, bool) {
	return func(*http.Request) (emulator.Principal, bool) {
		return emulator.Principal{UserID: AdminID, Role: "admin", Scopes: scopes}, true
	}
}

// Start serves a new emulator on a free port whose every request acts as the admin with scopes;
// both stop when the test ends.
func Start(t testing.TB, scopes ...string) (*emulator.Server, *httptest.Server) {
	t.Helper()
	return Serve(t, emulator.Options{TestAuth: AdminAuth(scopes...)})
}

// Serve serves a new emulator with opts on a free port; both stop when the test ends.
func Serve(t testing.TB, opts emulator.Options) (*emulator.Server, *httptest.Server) {
	t.Helper()
	return emutest.Serve(t, opts)
}

// AdminClient is a client for account sub on the emulator at base holding an admin's access
// token (read and write) from the emulator's control API, as if the admin had signed in through
// OAuth; it sends the token as backend/oauth's transport does.
func AdminClient(t testing.TB, base, sub string) *zendesk.Client {
	t.Helper()
	return zendesk.New(base+"/"+sub, &http.Client{Transport: Bearer(Token(t, base, sub, "read write"))}, nil)
}

// Token is an access token with scope (e.g. "read write") for account sub on the emulator at
// base, issued by its control API as if the admin had signed in through OAuth.
func Token(t testing.TB, base, sub, scope string) string {
	t.Helper()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	Control(t, base, http.MethodPost, sub, "/tokens", map[string]string{"scope": scope}, &out)
	if out.AccessToken == "" {
		t.Fatalf("emulator token for %s: no access_token", sub)
	}
	return out.AccessToken
}

// Control calls the control API of the emulator at base for account sub (path below
// /_emulator/<sub>), with body as JSON when not nil, and decodes the answer into out when not
// nil; an answer of 300 or more fails the test.
func Control(t testing.TB, base, method, sub, path string, body, out any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, base+"/_emulator/"+sub+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("control %s %s: %v", method, path, err)
	}
	if resp.StatusCode >= 300 {
		t.Fatalf("control %s %s: %d %s", method, path, resp.StatusCode, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("control %s %s: %v", method, path, err)
		}
	}
}

// Bearer is a transport that adds the access token to every request, as backend/oauth's does.
func Bearer(token string) http.RoundTripper {
	return bearer{token: token, base: http.DefaultTransport}
}

// bearer adds the access token to every request.
type bearer struct {
	token string
	base  http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return b.base.RoundTrip(r)
}

// Clients gives each integration a client for its domain on the emulator at Base (no token: the
// emulator's TestAuth stands in for one). It satisfies syncer.ClientSource.
type Clients struct{ Base string }

func (c Clients) Client(_ context.Context, in integration.Integration) (*zendesk.Client, error) {
	return zendesk.New(c.Base+"/"+in.Domain, &http.Client{Timeout: 30 * time.Second}, nil), nil
}
