package app

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"time"

	"zensync/backend/oauth"
	"zensync/backend/store"
	"zensync/backend/webhook"
	"zensync/backend/zendesk"
)

// WebhooksAPI is the Verify webhook view and the listener's status.
type WebhooksAPI struct {
	repo     *store.IntegrationRepo
	verifier *webhook.Verifier
	listener *webhook.Listener
	timeout  time.Duration
	bridge   *bridge

	mu       sync.Mutex
	startErr error
}

// NewWebhooksAPI returns the facade.
func NewWebhooksAPI(repo *store.IntegrationRepo, verifier *webhook.Verifier, listener *webhook.Listener, log *slog.Logger) *WebhooksAPI {
	return &WebhooksAPI{repo: repo, verifier: verifier, listener: listener, timeout: 45 * time.Second,
		bridge: newBridge(log.With("component", "webhooks_api"), mapWebhookError, mapOAuthError, mapStoreError, mapSecretsError)}
}

// Verify fetches the integration's webhook from Zendesk and reports, with a tick or a cross
// each, what an admin would check in Admin Center, then sends a test event through the tunnel
// and says whether it reached the listener. Without a public base URL it reports Off and how to
// turn webhooks on, without calling Zendesk.
func (a *WebhooksAPI) Verify(integrationID string) (VerifyReport, error) {
	ctx, cancel := context.WithTimeout(context.Background(), a.timeout)
	defer cancel()
	in, err := a.repo.Get(ctx, integrationID)
	if err != nil {
		return VerifyReport{}, a.bridge.wrap("Verify", err)
	}
	if !in.Capability.NeedsOAuthSetup() {
		return VerifyReport{IntegrationID: in.ID, Checks: []WebhookCheck{}, Off: true,
			Message: "Content Management integrations have no webhook: Help Center content is kept current by polling."}, nil
	}
	if strings.TrimSpace(in.WebhookBaseURL) == "" {
		return VerifyReport{IntegrationID: in.ID, Checks: []WebhookCheck{}, Off: true, Message: webhook.OffMessageFor(a.listener.Addr())}, nil
	}
	rep, err := a.verifier.Verify(ctx, in)
	if err != nil {
		return VerifyReport{}, a.bridge.wrap("Verify", err)
	}
	return toVerifyReport(in.ID, rep), nil
}

// Listener reports the webhook listener's address, whether it runs, and its counters.
func (a *WebhooksAPI) Listener() (ListenerStatus, error) {
	s := a.listener.Stats()
	addr := a.listener.Addr() // the bound address while running
	running := addr != ""
	if !running {
		addr = a.listener.ConfiguredAddr()
	}
	st := ListenerStatus{Address: addr, Running: running,
		Received: s.Received, Accepted: s.Accepted, Duplicates: s.Duplicates, Rejected: s.Rejected}
	a.mu.Lock()
	if a.startErr != nil && !st.Running {
		st.Error = a.startErr.Error()
	}
	a.mu.Unlock()
	return st, nil
}

// setStartError records why the listener did not start (shown by Listener).
func (a *WebhooksAPI) setStartError(err error) {
	a.mu.Lock()
	a.startErr = err
	a.mu.Unlock()
}

// mapWebhookError maps Zendesk's and the webhook package's errors at the bridge.
func mapWebhookError(err error) (Code, string, bool) {
	var rl *zendesk.RateLimitError
	switch {
	case errors.As(err, &rl):
		return CodeRateLimited, "Zendesk is rate limiting Zensync; try again in " + rl.RetryAfter.Round(time.Second).String() + ".", true
	case errors.Is(err, oauth.ErrNotConnected):
		return CodeUnauthorized, "Not connected yet: click Connect first.", true
	case errors.Is(err, zendesk.ErrUnauthorized):
		return CodeUnauthorized, "The token is expired or revoked: Edit → Authentication → Re-generate Token.", true
	case errors.Is(err, zendesk.ErrForbidden):
		return CodeForbidden, "Zendesk refused: managing webhooks needs an admin and the write scope.", true
	case errors.Is(err, zendesk.ErrDomainNotFound):
		return CodeDomainNotFound, "No Zendesk account answers at this domain.", true
	case errors.Is(err, zendesk.ErrOffline):
		return CodeOffline, "Zendesk cannot be reached: check the network.", true
	case errors.Is(err, webhook.ErrBadBaseURL):
		return CodeInvalidInput, err.Error(), true
	}
	return "", "", false
}
