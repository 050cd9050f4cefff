package oauth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"golang.org/x/oauth2"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// expiredMessage is what the integration row says once Zendesk refuses its token.
const expiredMessage = "The token expired or was revoked. Re-generate it under Edit → Authentication."

// token returns a usable access token for the integration, refreshing it first when it is
// near its expiry. Refreshes are serialised per integration, and a refreshed pair is saved to
// the keyring before it is used: Zendesk deletes the old pair when it issues the new one.
func (m *Manager) token(ctx context.Context, in integration.Integration) (Token, error) {
	lock := m.lockFor(in.ID)
	lock.Lock()
	defer lock.Unlock()

	c, ok := m.cached(in.ID)
	if !ok {
		tok, err := m.tokens.load(ctx, in.ID)
		if err != nil {
			return Token{}, err
		}
		c = cachedToken{tok: tok}
		m.setCache(in.ID, c)
	}
	if c.dirty {
		if err := m.tokens.save(ctx, in.ID, c.tok); err != nil {
			return Token{}, fmt.Errorf("the refreshed token is not saved yet: %w", err)
		}
		c.dirty = false
		m.setCache(in.ID, c)
	}
	now := m.cfg.Now()
	if !c.tok.needsRefresh(now) {
		return c.tok, nil
	}
	expired := !now.Before(c.tok.Expiry)
	if !c.tok.refreshable(now) {
		if expired {
			return Token{}, fmt.Errorf("%w: the token expired and cannot be refreshed", zendesk.ErrUnauthorized)
		}
		return c.tok, nil
	}
	fresh, err := m.refresh(ctx, in, c.tok)
	if err != nil {
		if !expired && !errors.Is(err, zendesk.ErrUnauthorized) {
			// Refreshing early failed (e.g. offline); the token still works for now.
			m.log.Warn("early token refresh failed", "integration_id", in.ID, "err", err)
			return c.tok, nil
		}
		return Token{}, err
	}
	m.setCache(in.ID, cachedToken{tok: fresh, dirty: true})
	if err := m.tokens.save(ctx, in.ID, fresh); err != nil {
		return Token{}, fmt.Errorf("the refreshed token could not be saved: %w", err)
	}
	m.setCache(in.ID, cachedToken{tok: fresh})
	if err := m.cfg.Store.SetTokenExpiry(ctx, in.ID, fresh.SignInExpiry()); err != nil {
		m.log.Warn("could not record the token expiry", "integration_id", in.ID, "err", err)
	}
	m.log.Info("token refreshed", "integration_id", in.ID, "token", fresh)
	return fresh, nil
}

// refresh trades the refresh token for a new pair at Zendesk's token endpoint.
func (m *Manager) refresh(ctx context.Context, in integration.Integration, old Token) (Token, error) {
	secret, err := m.clientSecret(ctx, in)
	if err != nil {
		return Token{}, err
	}
	clientID := in.OAuthClientID
	if clientID == "" {
		clientID = DefaultClientID
	}
	conf := Config(m.BaseURL(in), clientID, secret, m.RedirectURL(), m.cfg.Scopes)
	hctx := context.WithValue(ctx, oauth2.HTTPClient, m.cfg.HTTPClient)
	now := m.cfg.Now()
	t, err := conf.TokenSource(hctx, &oauth2.Token{RefreshToken: old.RefreshToken, Expiry: time.Unix(1, 0)}).Token()
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) && (re.ErrorCode == "invalid_grant" || re.ErrorCode == "invalid_token") {
			m.markExpired(ctx, in.ID)
			return Token{}, fmt.Errorf("%w: Zendesk refused the refresh token", zendesk.ErrUnauthorized)
		}
		return Token{}, fmt.Errorf("refreshing the token: %w", err)
	}
	fresh := fromOAuth2(t, now)
	if fresh.RefreshToken == old.RefreshToken && fresh.RefreshExpiry.IsZero() {
		fresh.RefreshExpiry = old.RefreshExpiry
	}
	if fresh.Scope == "" {
		fresh.Scope = old.Scope
	}
	return fresh, nil
}

// markExpired records on the integration row that Zendesk refuses its token, so the list
// says "Token expired" without waiting for a Test Connection.
func (m *Manager) markExpired(ctx context.Context, id string) {
	if err := m.cfg.Store.SetStatus(context.WithoutCancel(ctx), id, integration.StatusTokenExpired, expiredMessage); err != nil {
		m.log.Warn("could not mark the token expired", "integration_id", id, "err", err)
	}
}

// bearerTransport adds the integration's access token to each request and notices when
// Zendesk refuses it.
type bearerTransport struct {
	m    *Manager
	in   integration.Integration
	base http.RoundTripper
}

func (t *bearerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	tok, err := t.m.token(req.Context(), t.in)
	if err != nil {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, err
	}
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := t.base.RoundTrip(r)
	if err == nil && resp.StatusCode == http.StatusUnauthorized {
		t.m.markExpired(req.Context(), t.in.ID)
	}
	return resp, err
}
