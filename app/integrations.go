package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/google/uuid"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

// DeleteHook undoes, for one integration about to be deleted, what another area set up in
// Zendesk or in the app: revoke its tokens, remove its webhook, stop its sync. Hooks run in
// order before anything local is removed; an error is logged and Delete goes on (the admin
// asked to delete; an unreachable Zendesk must not keep the integration forever).
type DeleteHook func(ctx context.Context, in integration.Integration) error

// UpdateHook reacts to a saved edit, for example re-pointing the webhook when the base URL
// changed. Errors are logged; the edit stays saved.
type UpdateHook func(ctx context.Context, before, after integration.Integration) error

// IntegrationHooks are how other areas join the integration lifecycle; set them in wire.go.
type IntegrationHooks struct {
	OnDelete []DeleteHook
	OnUpdate []UpdateHook
	// DeleteLocalData removes the synced records of one integration when the admin ticks
	// "also delete local data". Its error aborts Delete, leaving the integration in place.
	DeleteLocalData func(ctx context.Context, integrationID string) error
}

// IntegrationsDeps are what IntegrationsAPI needs; all but Hooks and Now are required.
type IntegrationsDeps struct {
	Repo    *store.IntegrationRepo
	Secrets secrets.Store
	Emit    Emitter
	Log     *slog.Logger
	Now     func() time.Time // nil: time.Now
	Hooks   IntegrationHooks
	Timeout time.Duration // per call; 0: one minute (Delete's hooks may call Zendesk)
	// Counts reads how many records an integration keeps locally; nil shows zeros.
	Counts func(ctx context.Context, integrationID string) (store.RecordCounts, error)
}

// IntegrationsAPI is the Settings → Integrations screen's facade, bound to Wails.
type IntegrationsAPI struct {
	repo    *store.IntegrationRepo
	secrets secrets.Store
	emit    Emitter
	log     *slog.Logger
	now     func() time.Time
	hooks   IntegrationHooks
	timeout time.Duration
	counts  func(ctx context.Context, integrationID string) (store.RecordCounts, error)
	bridge  *bridge
}

// NewIntegrationsAPI returns the facade over its dependencies.
func NewIntegrationsAPI(d IntegrationsDeps) *IntegrationsAPI {
	if d.Log == nil {
		d.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Timeout <= 0 {
		d.Timeout = time.Minute
	}
	if d.Emit == nil {
		d.Emit = func(string, ...any) {}
	}
	log := d.Log.With("component", "integrations")
	return &IntegrationsAPI{
		repo: d.Repo, secrets: d.Secrets, emit: d.Emit, log: log, now: d.Now, hooks: d.Hooks,
		timeout: d.Timeout, counts: d.Counts, bridge: newBridge(log, mapStoreError, mapSecretsError),
	}
}

func (a *IntegrationsAPI) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), a.timeout)
}

// List returns every integration, newest first.
func (a *IntegrationsAPI) List() ([]IntegrationDTO, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	list, err := a.repo.List(ctx)
	if err != nil {
		return nil, a.bridge.wrap("integrations.list", err)
	}
	now := a.now()
	out := make([]IntegrationDTO, len(list))
	for k, i := range list {
		out[k] = toIntegrationDTO(i, now)
		out[k].Counts = a.countsOf(ctx, i.ID)
	}
	return out, nil
}

// countsOf reads an integration's local record counts; a failure only logs, the list still shows.
func (a *IntegrationsAPI) countsOf(ctx context.Context, id string) SyncCounts {
	if a.counts == nil {
		return SyncCounts{}
	}
	c, err := a.counts(ctx, id)
	if err != nil {
		a.log.Warn("counting local records", "integration_id", id, "err", err)
		return SyncCounts{}
	}
	return SyncCounts(c)
}

// Get returns one integration.
func (a *IntegrationsAPI) Get(id string) (IntegrationDTO, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	i, err := a.repo.Get(ctx, id)
	if err != nil {
		return IntegrationDTO{}, a.bridge.wrap("integrations.get", err)
	}
	d := toIntegrationDTO(i, a.now())
	d.Counts = a.countsOf(ctx, i.ID)
	return d, nil
}

// CheckDomain normalises what the admin typed in the domain field, for the live message
// "We will connect to acme.zendesk.com".
func (a *IntegrationsAPI) CheckDomain(raw string) DomainCheck {
	d, err := integration.NormalizeDomain(raw)
	if err != nil {
		return DomainCheck{Message: err.Error()}
	}
	return DomainCheck{OK: true, Domain: d, Host: integration.Host(d), Message: "We will connect to " + integration.Host(d) + "."}
}

// Rules returns the form's validation rules, which the front end mirrors.
func (a *IntegrationsAPI) Rules() integration.RuleSet { return integration.Rules() }

// Create validates and saves a new integration (not connected yet). The client secret, if
// any, goes to the keyring first; if the row then cannot be saved the secret is removed again,
// so a failed Create changes nothing.
func (a *IntegrationsAPI) Create(in IntegrationInput) (IntegrationDTO, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	form := in.toDomain()
	if fe := integration.ValidateAt(form, a.now()); len(fe) > 0 {
		return IntegrationDTO{}, invalidInput(fe)
	}
	form = integration.Normalize(form)
	i := integration.Integration{
		ID: uuid.NewString(), Status: integration.StatusNotConnected, WebhookState: integration.WebhookNone,
	}
	i.Apply(form)
	key := secrets.ClientSecretKey(i.ID)
	if form.OAuthClientSecret != "" {
		if err := a.secrets.Set(ctx, key, form.OAuthClientSecret); err != nil {
			return IntegrationDTO{}, a.bridge.wrap("integrations.create", err)
		}
	}
	saved, err := a.repo.Create(ctx, i)
	if err != nil {
		if form.OAuthClientSecret != "" {
			if derr := a.secrets.Delete(ctx, key); derr != nil {
				a.log.Warn("could not remove the client secret of an unsaved integration", "integration_id", i.ID, "err", derr)
			}
		}
		return IntegrationDTO{}, a.saveErr("integrations.create", i.Name, err)
	}
	a.log.Info("integration created", "integration_id", saved.ID, "capability", saved.Capability, "domain", saved.Domain)
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: saved.ID})
	return toIntegrationDTO(saved, a.now()), nil
}

// Update validates and saves the form's fields of an existing integration; status, tokens and
// sync state are kept. Changing the domain or the OAuth client of a connected integration
// marks it not connected (its tokens belong to the old one). A failed Update changes nothing:
// the previous client secret is put back when the row cannot be saved.
func (a *IntegrationsAPI) Update(id string, in IntegrationInput) (IntegrationDTO, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	form := in.toDomain()
	if fe := integration.ValidateAt(form, a.now()); len(fe) > 0 {
		return IntegrationDTO{}, invalidInput(fe)
	}
	form = integration.Normalize(form)
	before, err := a.repo.Get(ctx, id)
	if err != nil {
		return IntegrationDTO{}, a.bridge.wrap("integrations.update", err)
	}
	next := before
	next.Apply(form)
	if in.ClearClientSecret && form.OAuthClientSecret == "" {
		next.HasClientSecret = false
	}
	restore, err := a.swapSecret(ctx, id, form.OAuthClientSecret, in.ClearClientSecret)
	if err != nil {
		return IntegrationDTO{}, a.bridge.wrap("integrations.update", err)
	}
	saved, err := a.repo.Update(ctx, next)
	if err != nil {
		restore()
		return IntegrationDTO{}, a.saveErr("integrations.update", next.Name, err)
	}
	if before.Status != integration.StatusNotConnected &&
		(before.Domain != saved.Domain || before.OAuthClientID != saved.OAuthClientID) {
		msg := fmt.Sprintf("The domain or OAuth client changed; connect to %s again.", saved.Host())
		if err := a.repo.SetStatus(ctx, id, integration.StatusNotConnected, msg); err != nil {
			a.log.Error("could not mark the integration not connected", "integration_id", id, "err", err)
		} else {
			saved.Status, saved.StatusMessage = integration.StatusNotConnected, msg
		}
	}
	for _, h := range a.hooks.OnUpdate {
		if err := h(ctx, before, saved); err != nil {
			a.log.Warn("update hook failed", "integration_id", id, "err", err)
		}
	}
	a.log.Info("integration updated", "integration_id", id)
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: id})
	return toIntegrationDTO(saved, a.now()), nil
}

// swapSecret saves a new client secret (or removes it when clear is set) and returns how to
// put the previous state back. With neither, it does nothing.
func (a *IntegrationsAPI) swapSecret(ctx context.Context, id, secret string, clear bool) (restore func(), err error) {
	noop := func() {}
	if secret == "" && !clear {
		return noop, nil
	}
	key := secrets.ClientSecretKey(id)
	old, err := a.secrets.Get(ctx, key)
	hadOld := err == nil
	if err != nil && !errors.Is(err, secrets.ErrNotFound) {
		return noop, err
	}
	if secret != "" {
		err = a.secrets.Set(ctx, key, secret)
	} else {
		err = a.secrets.Delete(ctx, key)
	}
	if err != nil {
		return noop, err
	}
	return func() {
		var rerr error
		if hadOld {
			rerr = a.secrets.Set(ctx, key, old)
		} else {
			rerr = a.secrets.Delete(ctx, key)
		}
		if rerr != nil {
			a.log.Error("could not restore the client secret after a failed save", "integration_id", id, "err", rerr)
		}
	}, nil
}

// Delete removes an integration: the hooks first (revoke tokens, remove the Zendesk webhook,
// stop its sync), then — when deleteLocalData is set — its synced records, then its secrets in
// the keyring, then the row. If the records or the secrets cannot be removed, the integration
// stays, so the admin can try again.
func (a *IntegrationsAPI) Delete(id string, deleteLocalData bool) error {
	ctx, cancel := a.ctx()
	defer cancel()
	i, err := a.repo.Get(ctx, id)
	if err != nil {
		return a.bridge.wrap("integrations.delete", err)
	}
	for _, h := range a.hooks.OnDelete {
		if err := h(ctx, i); err != nil {
			a.log.Warn("delete hook failed; deleting anyway", "integration_id", id, "err", err)
		}
	}
	if deleteLocalData && a.hooks.DeleteLocalData != nil {
		if err := a.hooks.DeleteLocalData(ctx, id); err != nil {
			return a.bridge.wrap("integrations.delete", fmt.Errorf("deleting the local data of %s: %w", i.Name, err))
		}
	}
	for _, key := range []string{secrets.ClientSecretKey(id), secrets.OAuthTokenKey(id)} {
		if err := a.secrets.Delete(ctx, key); err != nil {
			return a.bridge.wrap("integrations.delete", err)
		}
	}
	if err := a.repo.Delete(ctx, id); err != nil {
		return a.bridge.wrap("integrations.delete", err)
	}
	a.log.Info("integration deleted", "integration_id", id, "local_data_deleted", deleteLocalData)
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: id})
	return nil
}

// saveErr maps a failed Create/Update: a taken name is a conflict on the name field.
func (a *IntegrationsAPI) saveErr(op, name string, err error) error {
	if errors.Is(err, store.ErrConflict) {
		return nameConflict(name)
	}
	return a.bridge.wrap(op, err)
}
