package app

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"zensync/backend/integration"
	"zensync/backend/oauth"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

// wireConnect builds the token manager and the Connect facade from the config: the redirect
// listener at cfg.OAuthAddr, Zendesk at cfg.ZendeskURL.
func wireConnect(cfg Config, log *slog.Logger, repo *store.IntegrationRepo, activity *store.ActivityRepo, sec secrets.Store,
	shell *Shell) (*oauth.Manager, *ConnectAPI) {
	hc := &http.Client{Timeout: 60 * time.Second}
	flow := oauth.NewFlow(oauth.FlowConfig{Addr: cfg.OAuthAddr, HTTPClient: hc, Log: log})
	m := oauth.NewManager(oauth.ManagerConfig{
		URLTemplate: cfg.ZendeskURL, Flow: flow, Secrets: sec, Store: repo, HTTPClient: hc, Log: log,
	})
	api := NewConnectAPI(ConnectDeps{Manager: m, Repo: repo, Emit: shell.Emit, OpenURL: shell.OpenURL, Log: log,
		Activity: activity})
	return m, api
}

// revokeOnAccountChange is an IntegrationsAPI update hook: when an edit changes the domain or
// the OAuth client, the token belongs to the old account, so it is revoked there and forgotten
// (IntegrationsAPI marks the integration not connected).
func revokeOnAccountChange(m *oauth.Manager) UpdateHook {
	return func(ctx context.Context, before, after integration.Integration) error {
		if before.Domain == after.Domain && before.OAuthClientID == after.OAuthClientID {
			return nil
		}
		return m.Revoke(ctx, before)
	}
}
