package app

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"zensync/backend/integration"
	"zensync/backend/lifecycle"
	"zensync/backend/store"
)

// IntegrationsDeps are what IntegrationsAPI needs; all but Now, Timeout and Counts are required.
type IntegrationsDeps struct {
	Life    *lifecycle.Service // create, edit and delete, with everything that follows from them
	Repo    *store.IntegrationRepo
	Emit    Emitter
	Log     *slog.Logger
	Now     func() time.Time // nil: time.Now (the effective status shown)
	Timeout time.Duration    // per call; 0: one minute (Delete may call Zendesk)
	// Counts reads how many records an integration keeps locally; nil shows zeros.
	Counts func(ctx context.Context, integrationID string) (store.RecordCounts, error)
}

// IntegrationsAPI is the Settings → Integrations screen's facade, bound to Wails.
type IntegrationsAPI struct {
	life    *lifecycle.Service
	repo    *store.IntegrationRepo
	emit    Emitter
	log     *slog.Logger
	now     func() time.Time
	timeout time.Duration
	counts  func(ctx context.Context, integrationID string) (store.RecordCounts, error)
	bridge  *bridge
}

// NewIntegrationsAPI returns the facade over its dependencies.
func NewIntegrationsAPI(d IntegrationsDeps) *IntegrationsAPI {
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
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
		life: d.Life, repo: d.Repo, emit: d.Emit, log: log, now: d.Now,
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
	return convertAll(list, func(i integration.Integration) IntegrationDTO { return a.dto(ctx, i, now) }), nil
}

// dto is the integration as the list and the form show it, with its local record counts.
func (a *IntegrationsAPI) dto(ctx context.Context, i integration.Integration, now time.Time) IntegrationDTO {
	d := toIntegrationDTO(i, now)
	d.Counts = a.countsOf(ctx, i.ID)
	return d
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
	return a.dto(ctx, i, a.now()), nil
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

// Create validates and saves a new integration (not connected yet); see lifecycle.Service.Create.
func (a *IntegrationsAPI) Create(in IntegrationInput) (IntegrationDTO, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	saved, err := a.life.Create(ctx, in.toDomain())
	if err != nil {
		return IntegrationDTO{}, a.fail("integrations.create", err)
	}
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: saved.ID})
	return toIntegrationDTO(saved, a.now()), nil
}

// Update validates and saves the form's fields of an existing integration; see
// lifecycle.Service.Update for what an edit of the domain, the OAuth client, Pull Record By or
// the backfill start undoes. An empty oauthClientSecret keeps the saved secret.
func (a *IntegrationsAPI) Update(id string, in IntegrationInput) (IntegrationDTO, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	saved, err := a.life.Update(ctx, id, in.toDomain(), in.ClearClientSecret)
	if err != nil {
		return IntegrationDTO{}, a.fail("integrations.update", err)
	}
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: id})
	return toIntegrationDTO(saved, a.now()), nil
}

// Delete removes an integration, and its synced records when deleteLocalData is set; see
// lifecycle.Service.Delete. If the records or the secrets cannot be removed, it stays. What
// could not be removed in Zendesk is said in the result and kept as a pending clean-up.
func (a *IntegrationsAPI) Delete(id string, deleteLocalData bool) (DeleteResult, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	left, err := a.life.Delete(ctx, id, deleteLocalData)
	if err != nil {
		return DeleteResult{}, a.fail("integrations.delete", err)
	}
	a.emit(EventIntegrationsChanged, IntegrationsChanged{ID: id})
	return toDeleteResult(left), nil
}

// PendingCleanups lists what deleted integrations left in Zendesk, retried while it is reachable.
func (a *IntegrationsAPI) PendingCleanups() ([]PendingCleanupDTO, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	list, err := a.life.PendingCleanups(ctx)
	if err != nil {
		return nil, a.bridge.wrap("integrations.pending_cleanups", err)
	}
	return convertAll(list, toPendingCleanupDTO), nil
}

// fail maps a lifecycle error: an invalid form is invalid_input field by field, a taken name a
// conflict on the name field; anything else goes through the bridge.
func (a *IntegrationsAPI) fail(op string, err error) error {
	var fe integration.FieldErrors
	var taken *lifecycle.NameTakenError
	switch {
	case errors.As(err, &fe):
		return invalidInput(fe)
	case errors.As(err, &taken):
		return nameConflict(taken.Name)
	}
	return a.bridge.wrap(op, err)
}
