package oauth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/zendesk"
)

// DefaultScopes is what Zensync asks for: reading everything it syncs, and writing the webhook.
var DefaultScopes = []string{"read", "write"}

// DefaultClientID is the OAuth client identifier used when an integration has none (Content
// Management does not ask for one). The emulator seeds a public client with this identifier.
const DefaultClientID = "zensync_desktop"

// IntegrationStore is the part of store.IntegrationRepo the Manager writes to. It records the
// connection state and the token's expiry, never the token.
type IntegrationStore interface {
	Get(ctx context.Context, id string) (integration.Integration, error)
	SetConnected(ctx context.Context, id string, tokenExpiresAt *time.Time) error
	SetTokenExpiry(ctx context.Context, id string, expiresAt *time.Time) error
	SetStatus(ctx context.Context, id string, status integration.Status, message string) error
}

// ManagerConfig holds the Manager's dependencies. Flow, Secrets and Store are required.
type ManagerConfig struct {
	URLTemplate string // e.g. https://{subdomain}.zendesk.com (see zendesk.BaseURL)
	Flow        *Flow
	// Secrets is the keyring: tokens under secrets.OAuthTokenKey(id), and a confidential client's secret
	// under secrets.ClientSecretKey(id) (read when the integration HasClientSecret).
	Secrets secrets.Store
	Store   IntegrationStore
	// HTTPClient is the base for API calls and token refreshes; its Transport and Timeout are
	// kept (nil: the default transport with a 60 s timeout).
	HTTPClient *http.Client
	Scopes     []string // nil: DefaultScopes
	Log        *slog.Logger
	Now        func() time.Time
}

// Manager owns every integration's tokens: it runs the sign-in, saves and refreshes tokens in
// the keyring, builds authenticated clients, tests and revokes connections.
type Manager struct {
	cfg    ManagerConfig
	log    *slog.Logger
	tokens tokenStore
	base   http.RoundTripper

	mu    sync.Mutex
	locks map[string]*sync.Mutex // one per integration: refreshes never run twice at once
	cache map[string]cachedToken
}

type cachedToken struct {
	tok   Token
	dirty bool // refreshed but not yet saved to the keyring
}

// NewManager returns a Manager over its dependencies.
func NewManager(cfg ManagerConfig) *Manager {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 60 * time.Second}
	}
	if len(cfg.Scopes) == 0 {
		cfg.Scopes = DefaultScopes
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	cfg.HTTPClient = withoutForeignRedirects(cfg.HTTPClient) // token refreshes re-send the refresh token on 307/308
	base := cfg.HTTPClient.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	return &Manager{
		cfg: cfg, log: cfg.Log.With("component", "oauth"), base: base,
		tokens: tokenStore{secrets: cfg.Secrets},
		locks:  map[string]*sync.Mutex{}, cache: map[string]cachedToken{},
	}
}

// BaseURL is the integration's Zendesk address under the configured URL template.
func (m *Manager) BaseURL(in integration.Integration) string {
	return zendesk.BaseURL(m.cfg.URLTemplate, in.Domain)
}

// RedirectURL is the redirect URL the admin registers on the Zendesk OAuth client.
func (m *Manager) RedirectURL() string { return m.cfg.Flow.RedirectURL() }

// Client returns a zendesk.Client that calls the integration's account as its stored token,
// refreshing the token (and saving the new pair) before it expires. ErrNotConnected when no
// token is saved. Later failures come from each call: zendesk.ErrUnauthorized when the token is
// expired or revoked and cannot be refreshed. Safe to call often; the token is cached.
func (m *Manager) Client(ctx context.Context, in integration.Integration) (*zendesk.Client, error) {
	if _, err := m.token(ctx, in); err != nil && errors.Is(err, ErrNotConnected) {
		return nil, err
	}
	origin, err := url.Parse(m.BaseURL(in))
	if err != nil {
		return nil, fmt.Errorf("the account address %q is not a URL: %w", m.BaseURL(in), err)
	}
	hc := &http.Client{
		Transport:     &bearerTransport{m: m, in: in, origin: origin, base: m.base},
		Timeout:       m.cfg.HTTPClient.Timeout,
		CheckRedirect: refuseForeignRedirects,
	}
	return zendesk.New(m.BaseURL(in), hc, m.cfg.Log), nil
}

// Connect starts the browser sign-in for an integration (Connect, or Re-generate Token on a
// connected one). It returns the URL to open and wait, which blocks until the sign-in ends.
// Only on success does wait replace the saved token and mark the integration connected (what
// follows a sign-in is backend/lifecycle's); on any failure the integration and its earlier token are untouched.
func (m *Manager) Connect(ctx context.Context, in integration.Integration) (authURL string, wait func(context.Context) error, err error) {
	secret, err := m.clientSecret(ctx, in)
	if err != nil {
		return "", nil, err
	}
	clientID := in.OAuthClientID
	if clientID == "" {
		clientID = DefaultClientID
	}
	authURL, flowWait, err := m.cfg.Flow.Start(ctx, Request{
		Key: in.ID, BaseURL: m.BaseURL(in), ClientID: clientID, ClientSecret: secret, Scopes: m.cfg.Scopes,
	})
	if err != nil {
		return "", nil, err
	}
	wait = func(wctx context.Context) error {
		tok, err := flowWait(wctx)
		if err != nil {
			return err
		}
		return m.connected(wctx, in.ID, tok)
	}
	return authURL, wait, nil
}

// Cancel ends the sign-in in progress for the integration, if any.
func (m *Manager) Cancel(integrationID string) bool { return m.cfg.Flow.Cancel(integrationID) }

// connected saves a new token and marks the integration connected.
func (m *Manager) connected(ctx context.Context, id string, tok Token) error {
	lock := m.lockFor(id)
	lock.Lock()
	replaced, loadErr := m.tokens.load(ctx, id) // a Re-generate Token replaces a live grant
	err := m.tokens.save(ctx, id, tok)
	if err == nil {
		m.setCache(id, cachedToken{tok: tok})
	}
	lock.Unlock()
	if err != nil {
		return err
	}
	if err := m.cfg.Store.SetConnected(ctx, id, tok.SignInExpiry()); err != nil {
		return fmt.Errorf("marking the integration connected: %w", err)
	}
	in, err := m.cfg.Store.Get(ctx, id)
	if err != nil {
		return fmt.Errorf("reading the integration: %w", err)
	}
	if loadErr == nil && replaced.AccessToken != "" && replaced.AccessToken != tok.AccessToken {
		m.revokeReplaced(ctx, in, replaced)
	}
	m.log.Info("integration connected", "integration_id", id, "token", tok)
	return nil
}

// revokeTimeout bounds the call to Zendesk on Revoke: an unreachable Zendesk must not hold up
// Delete or Disconnect for long.
const revokeTimeout = 15 * time.Second

// Revoke revokes the integration's token at Zendesk where possible and removes it from the
// keyring; the integration row is left alone. A failure to reach Zendesk is logged, not
// returned: the token is forgotten either way (Disconnect and edits; Delete uses RevokeOrKeep).
func (m *Manager) Revoke(ctx context.Context, in integration.Integration) error {
	if err := m.revokeAtZendesk(ctx, in); err != nil {
		m.log.Warn("could not revoke the token at Zendesk", "integration_id", in.ID, "err", err)
	}
	return m.forget(ctx, in.ID)
}

// RevokeOrKeep revokes the token at Zendesk and then forgets it. When Zendesk cannot be reached
// (offline, rate limited, failing) the token stays in the keyring and the error is returned, so
// the revocation can be retried later. A token Zendesk no longer accepts, or none saved, counts
// as revoked.
func (m *Manager) RevokeOrKeep(ctx context.Context, in integration.Integration) error {
	if err := m.revokeAtZendesk(ctx, in); err != nil {
		return err
	}
	return m.forget(ctx, in.ID)
}

// revokeAtZendesk calls Zendesk's revoke for the stored token. No token, or a token Zendesk
// refuses (already revoked or expired), is nothing to revoke.
func (m *Manager) revokeAtZendesk(ctx context.Context, in integration.Integration) error {
	c, err := m.Client(ctx, in)
	if err != nil {
		if errors.Is(err, ErrNotConnected) {
			return nil
		}
		return err
	}
	rctx, cancel := context.WithTimeout(ctx, revokeTimeout)
	defer cancel()
	if err := c.RevokeCurrentToken(rctx); err != nil && !errors.Is(err, zendesk.ErrUnauthorized) {
		return fmt.Errorf("revoking the token at %s: %w", in.Host(), err)
	}
	return nil
}

// forget removes the token from the cache and the keyring.
func (m *Manager) forget(ctx context.Context, id string) error {
	lock := m.lockFor(id)
	lock.Lock()
	defer lock.Unlock()
	m.mu.Lock()
	delete(m.cache, id)
	m.mu.Unlock()
	return m.tokens.delete(ctx, id)
}

// Disconnect revokes and forgets the token and marks the integration not connected.
func (m *Manager) Disconnect(ctx context.Context, in integration.Integration) error {
	if err := m.Revoke(ctx, in); err != nil {
		return err
	}
	if err := m.cfg.Store.SetTokenExpiry(ctx, in.ID, nil); err != nil {
		return err
	}
	return m.cfg.Store.SetStatus(ctx, in.ID, integration.StatusNotConnected, "")
}

func (m *Manager) clientSecret(ctx context.Context, in integration.Integration) (string, error) {
	if !in.HasClientSecret {
		return "", nil
	}
	s, err := m.cfg.Secrets.Get(ctx, secrets.ClientSecretKey(in.ID))
	if err != nil {
		return "", fmt.Errorf("reading the OAuth client secret: %w", err)
	}
	return s, nil
}

func (m *Manager) lockFor(id string) *sync.Mutex {
	m.mu.Lock()
	defer m.mu.Unlock()
	l, ok := m.locks[id]
	if !ok {
		l = &sync.Mutex{}
		m.locks[id] = l
	}
	return l
}

func (m *Manager) setCache(id string, c cachedToken) {
	m.mu.Lock()
	m.cache[id] = c
	m.mu.Unlock()
}

func (m *Manager) cached(id string) (cachedToken, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.cache[id]
	return c, ok
}
