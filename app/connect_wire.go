package app

import (
	"log/slog"
	"net/http"
	"time"

	"zensync/backend/oauth"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

// newTokenManager builds the token manager from the config: the redirect listener at
// cfg.OAuthAddr, Zendesk at cfg.ZendeskURL.
func newTokenManager(cfg Config, log *slog.Logger, repo *store.IntegrationRepo, sec secrets.Store) *oauth.Manager {
	hc := &http.Client{Timeout: 60 * time.Second}
	flow := oauth.NewFlow(oauth.FlowConfig{Addr: cfg.OAuthAddr, HTTPClient: hc, Log: log})
	return oauth.NewManager(oauth.ManagerConfig{
		URLTemplate: cfg.ZendeskURL, Flow: flow, Secrets: sec, Store: repo, HTTPClient: hc, Log: log,
	})
}
