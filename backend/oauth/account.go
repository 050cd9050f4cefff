package oauth

import (
	"context"
	"net/http"
	"time"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// checkTimeout bounds the account check: it runs while the admin waits at the form.
const checkTimeout = 10 * time.Second

// CheckAccount asks Zendesk, without a token, whether an account answers at the domain (a core
// subdomain, as integration.NormalizeDomain returns it). Nil: it does; zendesk.ErrDomainNotFound:
// it does not; anything else (offline, timeout): it could not be told.
func (m *Manager) CheckAccount(ctx context.Context, domain string) error {
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	hc := &http.Client{Transport: m.base, Timeout: checkTimeout, CheckRedirect: refuseForeignRedirects}
	return zendesk.New(m.BaseURL(integration.Integration{Domain: domain}), hc, m.cfg.Log).CheckAccount(ctx)
}

// CountTickets asks the integration's account how many tickets it has (an estimate Zendesk
// refreshes lazily), as its stored token.
func (m *Manager) CountTickets(ctx context.Context, in integration.Integration) (int64, error) {
	c, err := m.Client(ctx, in)
	if err != nil {
		return 0, err
	}
	return c.CountTickets(ctx)
}
