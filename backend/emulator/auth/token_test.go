package auth_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/emutest"
)

// codeFor runs the browser flow once and returns an unused authorization code and its verifier.
func (e flow) codeFor(email string) (code, verifier string) {
	e.T.Helper()
	c := e.browser()
	verifier, challenge := pkcePair("x")
	q := e.decide(c, e.signInToAllow(c, e.authorizeURL(challenge, "s"), email), "allow")
	return q.Get("code"), verifier
}

const invalidTokenBody = `{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}`

func TestCodeExchangeRefusals(t *testing.T) {
	e := newFlow(t)
	cases := []struct {
		name   string
		mutate func(p map[string]string)
		status int
		err    string
	}{
		{"wrong PKCE verifier", func(p map[string]string) { p["code_verifier"] = strings.Repeat("z", 64) }, 400, "invalid_grant"},
		{"missing PKCE verifier", func(p map[string]string) { delete(p, "code_verifier") }, 400, "invalid_grant"},
		{"redirect URI differs", func(p map[string]string) { p["redirect_uri"] = "http://127.0.0.1:47600/other" }, 400, "invalid_grant"},
		{"unknown code", func(p map[string]string) { p["code"] = "not-a-code" }, 400, "invalid_grant"},
		{"unknown client", func(p map[string]string) { p["client_id"] = "nobody" }, 401, "invalid_client"},
		{"unsupported grant", func(p map[string]string) { p["grant_type"] = "password" }, 400, "unsupported_grant_type"},
		{"lifetime out of range", func(p map[string]string) { p["expires_in"] = "60" }, 400, "invalid_request"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := codeGrant(e.codeFor("admin@demo.test"))
			tc.mutate(p)
			st, b := e.postToken(p, false)
			m := emutest.DecodeMap(t, b)
			if st != tc.status || m["error"] != tc.err || m["error_description"] == "" {
				t.Fatalf("got %d %s, want %d %s with a description", st, b, tc.status, tc.err)
			}
		})
	}
}

func TestReplayedCodeFailsAndRevokesItsGrant(t *testing.T) {
	e := newFlow(t)
	code, verifier := e.codeFor("admin@demo.test")
	st, tok := e.exchange(code, verifier)
	if st != http.StatusOK {
		t.Fatalf("first exchange: %d %v", st, tok)
	}
	if st, out := e.exchange(code, verifier); st != http.StatusBadRequest || out["error"] != "invalid_grant" {
		t.Fatalf("replay: %d %v, want invalid_grant", st, out)
	}
	if st, b := e.API("GET", "/demo/api/v2/webhooks", tok["access_token"].(string), nil); st != http.StatusUnauthorized || string(b) != invalidTokenBody {
		t.Fatalf("token of a replayed code still works: %d %s", st, b)
	}
}

func TestCodeExpiresAfterTwoMinutes(t *testing.T) {
	e := newFlow(t)
	code, verifier := e.codeFor("admin@demo.test")
	e.Clock.Advance(auth.AuthCodeLifetime + time.Second)
	if st, out := e.exchange(code, verifier); st != http.StatusBadRequest || out["error"] != "invalid_grant" {
		t.Fatalf("expired code: %d %v", st, out)
	}
}

func TestRefreshReturnsANewPairAndDeletesTheOld(t *testing.T) {
	e := newFlow(t)
	code, verifier := e.codeFor("admin@demo.test")
	_, first := e.exchange(code, verifier)
	oldAccess, oldRefresh := first["access_token"].(string), first["refresh_token"].(string)

	// Form-encoded, as golang.org/x/oauth2 sends it.
	st, b := e.postToken(refreshGrant(oldRefresh), true)
	if st != http.StatusOK {
		t.Fatalf("refresh: %d %s", st, b)
	}
	next := emutest.DecodeMap(t, b)
	if next["access_token"] == oldAccess || next["refresh_token"] == oldRefresh || next["token_type"] != "bearer" {
		t.Fatalf("refresh answer = %v, want a new pair", next)
	}
	if st, b := e.API("GET", "/demo/api/v2/webhooks", oldAccess, nil); st != http.StatusUnauthorized || string(b) != invalidTokenBody {
		t.Errorf("old access token after refresh: %d %s", st, b)
	}
	if st, b := e.postToken(refreshGrant(oldRefresh), true); st != http.StatusBadRequest || emutest.DecodeMap(t, b)["error"] != "invalid_grant" {
		t.Errorf("old refresh token reused: %d %s", st, b)
	}
	if st, b := e.API("GET", "/demo/api/v2/webhooks", next["access_token"].(string), nil); st != http.StatusOK {
		t.Errorf("new access token: %d %s", st, b)
	}
}

func TestConfidentialClientNeedsItsSecret(t *testing.T) {
	e := newFlow(t)
	st, b := e.PostJSON("/_emulator/demo/oauth_clients", map[string]any{
		"identifier": "backend_app", "name": "Backend App", "kind": "confidential", "secret": "s3cret",
		"redirect_urls": []string{"https://app.example/callback"},
	}, nil)
	if st != http.StatusCreated || strings.Contains(string(b), "s3cret") {
		t.Fatalf("register client: %d %s (the secret must not be echoed)", st, b)
	}
	c := e.browser()
	q := url.Values{"response_type": {"code"}, "client_id": {"backend_app"}, "redirect_uri": {"https://app.example/callback"}, "scope": {"read"}, "state": {"s"}}
	allow := e.signInToAllow(c, e.URL("/demo/oauth/authorizations/new?"+q.Encode()), "admin@demo.test")
	code := e.decideTo(c, allow, "allow", "https://app.example/callback").Get("code")
	p := map[string]string{"grant_type": "authorization_code", "code": code, "client_id": "backend_app", "redirect_uri": "https://app.example/callback"}
	if st, b := e.PostJSON("/demo/oauth/tokens", p, nil); st != http.StatusUnauthorized || emutest.DecodeMap(t, b)["error"] != "invalid_client" {
		t.Fatalf("without secret: %d %s", st, b)
	}
	p["client_secret"] = "s3cret"
	if st, b := e.PostJSON("/demo/oauth/tokens", p, nil); st != http.StatusOK {
		t.Fatalf("with secret, no PKCE: %d %s", st, b)
	}
}

func TestRegisteringAClientValidatesIt(t *testing.T) {
	e := newFlow(t)
	cases := []struct {
		name string
		body map[string]any
	}{
		{"plain http off loopback", map[string]any{"identifier": "a", "name": "A", "redirect_urls": []string{"http://example.com/cb"}}},
		{"relative redirect", map[string]any{"identifier": "a", "name": "A", "redirect_urls": []string{"/cb"}}},
		{"confidential without secret", map[string]any{"identifier": "a", "name": "A", "kind": "confidential", "redirect_urls": []string{"https://x.example/cb"}}},
		{"no identifier", map[string]any{"name": "A", "redirect_urls": []string{"https://x.example/cb"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if st, b := e.PostJSON("/_emulator/demo/oauth_clients", tc.body, nil); st != http.StatusUnprocessableEntity {
				t.Fatalf("got %d %s, want 422", st, b)
			}
		})
	}
}

func TestRevokeCurrentToken(t *testing.T) {
	e := newFlow(t)
	access, refresh := e.ControlToken("", "")
	if st, b := e.API("DELETE", "/demo/api/v2/oauth/tokens/current.json", access, nil); st != http.StatusNoContent {
		t.Fatalf("revoke: %d %s", st, b)
	}
	if st, b := e.API("GET", "/demo/api/v2/webhooks", access, nil); st != http.StatusUnauthorized || string(b) != invalidTokenBody {
		t.Fatalf("revoked token: %d %s", st, b)
	}
	if st, b := e.postToken(refreshGrant(refresh), true); st != http.StatusBadRequest {
		t.Fatalf("refresh of a revoked grant: %d %s", st, b)
	}
}

func TestAccessTokenExpiresWithTheClock(t *testing.T) {
	e := newFlow(t)
	access, _ := e.ControlToken("", "")
	e.Clock.Advance(2*time.Hour - time.Second)
	if st, _ := e.API("GET", "/demo/api/v2/webhooks", access, nil); st != http.StatusOK {
		t.Fatalf("token just before expiry: %d", st)
	}
	e.Clock.Advance(2 * time.Second)
	if st, b := e.API("GET", "/demo/api/v2/webhooks", access, nil); st != http.StatusUnauthorized || string(b) != invalidTokenBody {
		t.Fatalf("expired token: %d %s", st, b)
	}
}

func TestUnauthenticatedAndForbiddenBodies(t *testing.T) {
	e := newFlow(t)
	agentAccess, _ := e.ControlToken(e.Agent().Email, "read write")
	readOnlyAdmin, _ := e.ControlToken("admin@demo.test", "read")
	hookScoped, _ := e.ControlToken("admin@demo.test", "webhooks:read")
	forbidden := `{"error":"Forbidden","description":"` + auth.ForbiddenDescription + `"}`
	cases := []struct {
		name, method, auth string
		status             int
		body               string
	}{
		{"no credentials", "GET", "", 401, `{"error":"Couldn't authenticate you"}`},
		{"unknown token", "GET", "Bearer nope", 401, invalidTokenBody},
		{"agent is not an admin", "GET", "Bearer " + agentAccess, 403, forbidden},
		{"read scope cannot write", "POST", "Bearer " + readOnlyAdmin, 403, forbidden},
		{"resource scope reads", "GET", "Bearer " + hookScoped, 200, ""},
		{"resource read scope cannot write", "POST", "Bearer " + hookScoped, 403, forbidden},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hdr := map[string]string{}
			if tc.auth != "" {
				hdr["Authorization"] = tc.auth
			}
			st, _, b := e.Raw(nil, tc.method, e.URL("/demo/api/v2/webhooks"), "application/json", strings.NewReader(`{"webhook":{}}`), hdr)
			if st != tc.status || (tc.body != "" && string(b) != tc.body) {
				t.Fatalf("got %d %s, want %d %s", st, b, tc.status, tc.body)
			}
		})
	}
}

func TestControlExpireKeepsRefreshUnlessAsked(t *testing.T) {
	e := newFlow(t)
	access, refresh := e.ControlToken("", "")
	if st, b := e.PostJSON("/_emulator/demo/tokens/expire", map[string]string{"access_token": access}, nil); st != 200 || emutest.DecodeMap(t, b)["expired"] != float64(1) {
		t.Fatalf("expire: %d %s", st, b)
	}
	if st, _ := e.API("GET", "/demo/api/v2/webhooks", access, nil); st != http.StatusUnauthorized {
		t.Fatalf("expired token answered %d", st)
	}
	st, b := e.postToken(refreshGrant(refresh), true)
	if st != http.StatusOK {
		t.Fatalf("refresh after expire: %d %s", st, b)
	}
	fresh := emutest.DecodeMap(t, b)
	if st, b := e.PostJSON("/_emulator/demo/tokens/expire", map[string]any{"refresh": true}, nil); st != 200 || emutest.DecodeMap(t, b)["expired"] != float64(1) {
		t.Fatalf("expire all with refresh: %d %s", st, b)
	}
	if st, b := e.postToken(refreshGrant(fresh["refresh_token"].(string)), true); st != http.StatusBadRequest {
		t.Fatalf("refresh after expiring refresh tokens: %d %s", st, b)
	}
	if st, b := e.PostJSON("/_emulator/demo/tokens/revoke", nil, nil); st != 200 || emutest.DecodeMap(t, b)["revoked"] != float64(1) {
		t.Fatalf("revoke all: %d %s", st, b)
	}
}

func TestControlTokenShapeAndLifetime(t *testing.T) {
	e := newFlow(t)
	if st, b := e.PostJSON("/_emulator/demo/tokens/lifetime", map[string]int{"access_seconds": 300}, nil); st != 200 {
		t.Fatalf("lifetime: %d %s", st, b)
	}
	st, _, b := e.Raw(nil, "POST", e.URL("/_emulator/demo/tokens"), "", nil, nil)
	m := emutest.DecodeMap(t, b)
	if st != 200 || len(m) != 3 || m["expires_in"] != float64(300) || m["access_token"] == "" || m["refresh_token"] == "" {
		t.Fatalf("control token without body: %d %s, want exactly access_token, refresh_token, expires_in=300", st, b)
	}
	if st, b := e.PostJSON("/_emulator/demo/tokens", map[string]string{"email": "ghost@demo.test"}, nil); st != http.StatusNotFound {
		t.Fatalf("unknown email: %d %s", st, b)
	}
}

// Zendesk's API reference shows a JSON body for /oauth/tokens and its help-center example a form
// (what golang.org/x/oauth2, and so Zensync, sends); the endpoint takes either. The token comes
// from the control API so this test does not depend on the browser sign-in.
func TestTokenEndpointTakesJSONAndFormBodies(t *testing.T) {
	for _, encoding := range []string{"json", "form"} {
		t.Run(encoding, func(t *testing.T) {
			e := newFlow(t)
			post := func(p map[string]string) (int, map[string]any) {
				st, b := e.postToken(p, encoding == "form")
				return st, emutest.DecodeMap(t, b)
			}
			access, refresh := e.ControlToken("", "read write")
			st, next := post(refreshGrant(refresh))
			if st != http.StatusOK || next["access_token"] == access || next["token_type"] != "bearer" || next["refresh_token"] == refresh {
				t.Fatalf("refresh: %d %v, want a new pair", st, next)
			}
			st, bad := post(refreshGrant(refresh))
			if st != http.StatusBadRequest || bad["error"] != "invalid_grant" || bad["error_description"] == nil {
				t.Fatalf("spent refresh token: %d %v, want 400 invalid_grant", st, bad)
			}
			st, bad = post(codeGrant("nope", strings.Repeat("v", 43)))
			if st != http.StatusBadRequest || bad["error"] != "invalid_grant" {
				t.Fatalf("unknown code: %d %v, want 400 invalid_grant", st, bad)
			}
		})
	}
}
