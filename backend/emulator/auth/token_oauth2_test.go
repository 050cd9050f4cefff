package auth_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"zensync/backend/emulator/auth"

	"golang.org/x/oauth2"
)

// golang.org/x/oauth2, the client the app uses, must go through the emulator's OAuth as through
// Zendesk's: authorization URL with PKCE, code exchange, refresh, and a refused refresh.
func TestXOAuth2ClientCompletesTheFlow(t *testing.T) {
	e := newFlow(t)
	ctx := context.WithValue(t.Context(), oauth2.HTTPClient, e.TS.Client())
	cfg := &oauth2.Config{
		ClientID:    auth.SeededClientID,
		RedirectURL: auth.DefaultRedirectURL,
		Scopes:      []string{"read", "write"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  e.URL("/demo/oauth/authorizations/new"),
			TokenURL: e.URL("/demo/oauth/tokens"),
		},
	}
	verifier := oauth2.GenerateVerifier()
	c := e.browser()
	allow := e.signInToAllow(c, cfg.AuthCodeURL("xo-state", oauth2.S256ChallengeOption(verifier)), "admin@demo.test")
	q := e.decide(c, allow, "allow")
	if q.Get("state") != "xo-state" {
		t.Fatalf("state = %q", q.Get("state"))
	}
	tok, err := cfg.Exchange(ctx, q.Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}
	if tok.RefreshToken == "" || tok.Expiry.IsZero() || tok.Type() != "Bearer" {
		t.Fatalf("token = %+v", tok)
	}

	// Expire the access token; the token source refreshes it with the refresh token.
	tok.Expiry = time.Now().Add(-time.Minute)
	fresh, err := cfg.TokenSource(ctx, tok).Token()
	if err != nil || fresh.AccessToken == tok.AccessToken || fresh.RefreshToken == tok.RefreshToken {
		t.Fatalf("refresh: %v %+v", err, fresh)
	}
	if st, b := e.API("GET", "/demo/api/v2/webhooks", fresh.AccessToken, nil); st != http.StatusOK {
		t.Fatalf("refreshed token: %d %s", st, b)
	}

	// The old refresh token was deleted with its pair: x/oauth2 sees Zendesk's invalid_grant.
	_, err = cfg.TokenSource(ctx, tok).Token()
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) || re.ErrorCode != "invalid_grant" || re.Response.StatusCode != http.StatusBadRequest {
		t.Fatalf("reused refresh token: %v, want a 400 invalid_grant RetrieveError", err)
	}
}
