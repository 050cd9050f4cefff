// Package emuenv starts what the tests of the packages above the store and the Zendesk client
// share: the Zendesk emulator over real HTTP, clients for it and a fresh SQLite database. Only
// tests import it (the emulator's and the store's own tests cannot: it imports both).
package emuenv

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
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
	hc := &http.Client{Transport: bearer{token: adminToken(t, base, sub), base: http.DefaultTransport}}
	return zendesk.New(base+"/"+sub, hc, nil)
}

func adminToken(t testing.TB, base, subdomain string) string {
	t.Helper()
	resp, err := http.Post(base+"/_emulator/"+subdomain+"/tokens", "application/json", strings.NewReader(`{"scope":"read write"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.AccessToken == "" {
		t.Fatalf("emulator token: %d %v", resp.StatusCode, err)
	}
	return out.AccessToken
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
