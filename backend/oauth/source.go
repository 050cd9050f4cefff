package oauth

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"golang.org/x/oauth2"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// expiredMessage is what the integration row says once Zendesk refuses its token.
const expiredMessage = "The token expired or was revoked. Re-generate it under Edit → Authentication."

// errRefreshRefused: Zendesk answered invalid_grant (or invalid_token) to a refresh.
var errRefreshRefused = fmt.Errorf("%w: Zendesk refused the refresh token", zendesk.ErrUnauthorized)

// token returns a usable access token for the integration, refreshing it first when it is
// near its expiry. Refreshes are serialised per integration, and a refreshed pair is saved to
// the keyring before it is used: Zendesk deletes the old pair when it issues the new one.
func (m *Manager) token(ctx context.Context, in integration.Integration) (Token, error) {
	return m.withCurrent(ctx, in.ID, func(c Token) (Token, error) {
		now := m.cfg.Now()
		if !c.needsRefresh(now) {
			return c, nil
		}
		expired := !now.Before(c.Expiry)
		if !c.refreshable(now) {
			if expired {
				return Token{}, fmt.Errorf("%w: the token expired and cannot be refreshed", zendesk.ErrUnauthorized)
			}
			return c, nil
		}
		fresh, err := m.refreshAndSave(ctx, in, c)
		if err != nil && !expired && !errors.Is(err, zendesk.ErrUnauthorized) {
			// Refreshing early failed (e.g. offline); the token still works for now.
			m.log.Warn("early token refresh failed", "integration_id", in.ID, "err", err)
			return c, nil
		}
		return fresh, err
	})
}

// tokenAfter401 is called when Zendesk refused stale: unless another caller has replaced it
// meanwhile, the token is refreshed now (Zendesk may end a token before the expiry it
// announced). It fails with zendesk.ErrUnauthorized when there is nothing to refresh with.
func (m *Manager) tokenAfter401(ctx context.Context, in integration.Integration, stale string) (Token, error) {
	return m.withCurrent(ctx, in.ID, func(c Token) (Token, error) {
		if c.AccessToken != stale {
			return c, nil
		}
		if !c.refreshable(m.cfg.Now()) {
			return Token{}, fmt.Errorf("%w: Zendesk refused the token", zendesk.ErrUnauthorized)
		}
		return m.refreshAndSave(ctx, in, c)
	})
}

// withCurrent holds the integration's lock (so refreshes are serialised per integration) while
// fn decides on its current token.
func (m *Manager) withCurrent(ctx context.Context, id string, fn func(c Token) (Token, error)) (Token, error) {
	lock := m.lockFor(id)
	lock.Lock()
	defer lock.Unlock()
	c, err := m.current(ctx, id)
	if err != nil {
		return Token{}, err
	}
	return fn(c)
}

// current returns the cached token (loading it from the keyring the first time), first saving
// a refreshed pair whose save failed before. Callers hold the integration's lock.
func (m *Manager) current(ctx context.Context, id string) (Token, error) {
	c, ok := m.cached(id)
	if !ok {
		tok, err := m.tokens.load(ctx, id)
		if err != nil {
			return Token{}, err
		}
		c = cachedToken{tok: tok}
		m.setCache(id, c)
	}
	if c.dirty {
		if err := m.tokens.save(ctx, id, c.tok); err != nil {
			return Token{}, fmt.Errorf("the refreshed token is not saved yet: %w", err)
		}
		m.setCache(id, cachedToken{tok: c.tok})
	}
	return c.tok, nil
}

// refreshAndSave gets a new pair and saves it to the keyring before anyone uses it; a pair
// that could not be saved stays cached as dirty and is saved before its first use. Callers
// hold the integration's lock.
func (m *Manager) refreshAndSave(ctx context.Context, in integration.Integration, old Token) (Token, error) {
	fresh, err := m.refresh(ctx, in, old)
	if errors.Is(err, errRefreshRefused) {
		var saved bool
		if fresh, saved, err = m.rotatedElsewhere(ctx, in, old); err == nil && saved {
			return fresh, nil
		}
	}
	if err != nil {
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

// rotatedElsewhere is called when Zendesk refused old's refresh token. Another Zensync process
// (or a save that timed out and landed later) may have rotated the pair and saved the new one
// to the keyring: when the keyring holds another pair it is used (saved = true: it is in the
// keyring already), refreshed first when it is due (saved = false: the caller saves it). Only
// when the keyring holds nothing newer is the token marked expired.
func (m *Manager) rotatedElsewhere(ctx context.Context, in integration.Integration, old Token) (tok Token, saved bool, err error) {
	stored, lerr := m.tokens.load(ctx, in.ID)
	if lerr != nil || (stored.RefreshToken == old.RefreshToken && stored.AccessToken == old.AccessToken) {
		m.markExpired(ctx, in.ID)
		return Token{}, false, errRefreshRefused
	}
	m.log.Info("the keyring holds a newer token pair than the one Zendesk refused; using it", "integration_id", in.ID)
	m.setCache(in.ID, cachedToken{tok: stored})
	if !stored.needsRefresh(m.cfg.Now()) {
		return stored, true, nil
	}
	fresh, err := m.refresh(ctx, in, stored)
	if errors.Is(err, errRefreshRefused) {
		m.markExpired(ctx, in.ID)
	}
	return fresh, false, err
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
	conf := Config(m.BaseURL(in), clientID, secret, m.RedirectURL(), m.scopesFor(in))
	hctx := context.WithValue(ctx, oauth2.HTTPClient, m.cfg.HTTPClient)
	now := m.cfg.Now()
	t, err := conf.TokenSource(hctx, &oauth2.Token{RefreshToken: old.RefreshToken, Expiry: time.Unix(1, 0)}).Token()
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) && (re.ErrorCode == "invalid_grant" || re.ErrorCode == "invalid_token") {
			return Token{}, errRefreshRefused
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
// Zendesk refuses it. It refuses any request off the account's scheme and host (origin), so
// the token never leaves the account even if a redirect or a link points elsewhere.
type bearerTransport struct {
	m      *Manager
	in     integration.Integration
	origin *url.URL
	base   http.RoundTripper
}

func (t *bearerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	if !sameOrigin(req.URL, t.origin) {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, foreignURL(req.URL)
	}
	tok, err := t.m.token(ctx, t.in)
	if err != nil {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, err
	}
	resp, err := t.send(req, tok)
	if err != nil || resp.StatusCode != http.StatusUnauthorized {
		return resp, err
	}
	// Refused before its announced expiry: refresh once and retry, when the body can be sent
	// again. A revoked grant fails the refresh too, and the 401 stands.
	if req.Body == nil || req.GetBody != nil {
		if fresh, rerr := t.m.tokenAfter401(ctx, t.in, tok.AccessToken); rerr == nil && fresh.AccessToken != tok.AccessToken {
			retry := req.Clone(ctx)
			if req.GetBody != nil {
				if retry.Body, rerr = req.GetBody(); rerr != nil {
					t.m.markExpired(ctx, t.in.ID)
					return resp, nil
				}
			}
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			_ = resp.Body.Close()
			resp, err = t.send(retry, fresh)
			if err != nil || resp.StatusCode != http.StatusUnauthorized {
				return resp, err
			}
		}
	}
	t.m.markExpired(ctx, t.in.ID)
	return resp, nil
}

// send adds the bearer token to a copy of req and sends it.
func (t *bearerTransport) send(req *http.Request, tok Token) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	return t.base.RoundTrip(r)
}
