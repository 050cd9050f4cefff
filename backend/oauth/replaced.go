package oauth

import (
	"context"
	"errors"
	"net/http"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// revokeReplaced revokes at Zendesk the grant a Re-generate Token replaced, so two live grants
// never stay behind for one integration. It runs after the new pair is saved; a failure (an old
// token already expired or revoked, Zendesk unreachable) is only logged.
func (m *Manager) revokeReplaced(ctx context.Context, in integration.Integration, old Token) {
	base := m.cfg.HTTPClient.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	hc := &http.Client{Timeout: m.cfg.HTTPClient.Timeout, Transport: staticBearer{token: old.AccessToken, base: base}}
	rctx, cancel := context.WithTimeout(ctx, revokeTimeout)
	defer cancel()
	err := zendesk.New(m.BaseURL(in), hc, m.log).RevokeCurrentToken(rctx)
	if err != nil && !errors.Is(err, zendesk.ErrUnauthorized) {
		m.log.Warn("could not revoke the replaced token at Zendesk", "integration_id", in.ID, "err", err)
	}
}

// staticBearer sends one fixed access token (never refreshed): for revoking a replaced grant.
type staticBearer struct {
	token string
	base  http.RoundTripper
}

func (s staticBearer) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+s.token)
	return s.base.RoundTrip(r)
}
