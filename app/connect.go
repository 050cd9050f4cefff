package app

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"zensync/backend/integration"
	"zensync/backend/lifecycle"
	"zensync/backend/oauth"
	"zensync/backend/store"
)

// ConnectDeps are what ConnectAPI needs; all but Log and Timeout are required.
type ConnectDeps struct {
	Life    *lifecycle.Service // Connect and Disconnect, with what follows them
	Manager *oauth.Manager     // Test Connection and the redirect URL
	Repo    *store.IntegrationRepo
	Emit    Emitter
	OpenURL func(url string) error // the Shell's, opens the system browser (weblink.ErrNoBrowser when none opened)
	Log     *slog.Logger
	Timeout time.Duration // per call (Test Connection, Disconnect); 0: one minute
	// Activity, when set, gets one entry per finished sign-in (never a token).
	Activity *store.ActivityRepo
}

// ConnectAPI is the facade of Connect, Re-generate Token, Test Connection and Disconnect.
type ConnectAPI struct {
	lc       *lifecycle.Service
	m        *oauth.Manager
	repo     *store.IntegrationRepo
	emit     Emitter
	openURL  func(string) error
	log      *slog.Logger
	timeout  time.Duration
	bridge   *bridge
	activity *store.ActivityRepo

	life context.Context // sign-ins run in the background until the app stops
	stop context.CancelFunc
}

// NewConnectAPI returns the facade; call close when the app stops.
func NewConnectAPI(d ConnectDeps) *ConnectAPI {
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Timeout <= 0 {
		d.Timeout = time.Minute
	}
	if d.Emit == nil {
		d.Emit = func(string, ...any) {}
	}
	if d.OpenURL == nil {
		d.OpenURL = func(string) error { return nil }
	}
	log := d.Log.With("component", "connect")
	life, stop := context.WithCancel(context.Background())
	return &ConnectAPI{lc: d.Life, m: d.Manager, repo: d.Repo, emit: d.Emit, openURL: d.OpenURL, log: log,
		timeout: d.Timeout, bridge: newBridge(log, mapAccountError, mapOAuthError, mapStoreError, mapSecretsError),
		activity: d.Activity, life: life, stop: stop}
}

// close ends any sign-in in progress (wiring.stop calls it).
func (a *ConnectAPI) close() { a.stop() }

// ctx bounds one call; it ends early when the app stops.
func (a *ConnectAPI) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(a.life, a.timeout)
}

// Start begins Connect (or Re-generate Token on an integration that has a token): it checks that
// a Zendesk account answers at the domain (domain_not_found when none does, and no browser
// opens), opens the sign-in page in the system browser and returns its link to show and copy,
// saying when no browser could be opened. The sign-in goes
// on in the background and ends with an oauth:finished event; on success the integration is
// connected, integrations:changed is emitted and the lifecycle starts the first sync and
// registers the webhook. A second Start replaces the first.
func (a *ConnectAPI) Start(integrationID string) (ConnectStart, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	in, err := a.repo.Get(ctx, integrationID)
	if err != nil {
		return ConnectStart{}, a.bridge.wrap("connect.start", err)
	}
	regenerate := in.Status != integration.StatusNotConnected
	authURL, wait, err := a.lc.Connect(a.life, in)
	if err != nil {
		return ConnectStart{}, a.bridge.wrap("connect.start", err)
	}
	go a.finish(in, regenerate, wait)
	start := ConnectStart{AuthURL: authURL, RedirectURL: a.m.RedirectURL(), BrowserOpened: true}
	if err := a.openURL(authURL); err != nil {
		start.BrowserOpened, start.BrowserMessage = false, NoBrowserMessage
	}
	return start, nil
}

// finish waits for the browser and reports the outcome.
func (a *ConnectAPI) finish(in integration.Integration, regenerate bool, wait func(context.Context) error) {
	err := wait(a.life)
	ev := OAuthFinished{IntegrationID: in.ID, OK: err == nil, Regenerated: regenerate && err == nil}
	switch {
	case err == nil && regenerate:
		ev.Message = "Token re-generated for " + in.Host() + "."
	case err == nil:
		ev.Message = "Connected to " + in.Host() + "."
	default:
		ev.Cancelled = errors.Is(err, oauth.ErrCancelled)
		ev.Message = signInFailure(err)
		a.log.Info("sign-in failed", "integration_id", in.ID, "err", err)
	}
	a.record(in, ev)
	a.emit(EventOAuthFinished, ev)
	if err == nil {
		a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: in.ID})
	}
}

// record writes a finished sign-in to the Activity screen (Connections).
func (a *ConnectAPI) record(in integration.Integration, ev OAuthFinished) {
	if a.activity == nil {
		return
	}
	entry := store.Activity{IntegrationID: in.ID, Kind: store.ActivityConnect, Level: store.LevelInfo, Message: ev.Message}
	switch {
	case ev.Cancelled:
		entry.Level, entry.Reason = store.LevelWarn, "cancelled"
	case !ev.OK:
		entry.Level, entry.Reason = store.LevelError, "sign_in_failed"
	}
	ctx, cancel := context.WithTimeout(a.life, 5*time.Second)
	defer cancel()
	if _, err := a.activity.Add(ctx, entry); err != nil {
		a.log.Warn("recording the sign-in in activity", "integration_id", in.ID, "err", err)
	}
}

// Cancel ends the sign-in in progress for the integration; nothing happens when there is none.
func (a *ConnectAPI) Cancel(integrationID string) error {
	a.lc.CancelSignIn(integrationID)
	return nil
}

// TestConnection calls Zendesk as the stored token and says what it found. The list changes
// when the token turned out expired (or works again), so integrations:changed is emitted.
func (a *ConnectAPI) TestConnection(integrationID string) (TestResult, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	in, err := a.repo.Get(ctx, integrationID)
	if err != nil {
		return TestResult{}, a.bridge.wrap("connect.test", err)
	}
	r := a.m.TestConnection(ctx, in)
	a.log.Info("connection tested", "integration_id", in.ID, "kind", r.Kind)
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: in.ID})
	return toTestResult(r), nil
}

// Disconnect removes the webhook, revokes the token at Zendesk where possible, removes it from
// the keyring and marks the integration not connected (lifecycle.Service.Disconnect). Settings
// and synced data stay.
func (a *ConnectAPI) Disconnect(integrationID string) error {
	ctx, cancel := a.ctx()
	defer cancel()
	if err := a.lc.Disconnect(ctx, integrationID); err != nil {
		return a.bridge.wrap("connect.disconnect", err)
	}
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: integrationID})
	return nil
}

// signInFailure is the failure in words, as the app shows it.
func signInFailure(err error) string {
	if code, m, ok := mapSecretsError(err); ok && code == CodeKeyring {
		return m
	}
	return oauth.Message(err)
}

// mapOAuthError maps the sign-in's errors at the bridge.
func mapOAuthError(err error) (Code, string, bool) {
	switch {
	case errors.Is(err, oauth.ErrPortInUse):
		return CodeBusy, err.Error(), true
	case errors.Is(err, oauth.ErrNotConnected):
		return CodeUnauthorized, "Not connected yet: click Connect first.", true
	case errors.Is(err, oauth.ErrAuthorization):
		return CodeInvalidInput, signInFailure(err), true
	}
	return "", "", false
}
