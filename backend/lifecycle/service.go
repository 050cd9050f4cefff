package lifecycle

import (
	"context"
	"log/slog"
	"time"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/webhook"
)

// Tokens is the part of *oauth.Manager the lifecycle drives.
type Tokens interface {
	// Connect starts the browser sign-in; wait blocks until it ends and, on success, has saved
	// the token and marked the integration connected.
	Connect(ctx context.Context, in integration.Integration) (authURL string, wait func(context.Context) error, err error)
	Cancel(integrationID string) bool
	// Revoke revokes the token at Zendesk where possible and forgets it.
	Revoke(ctx context.Context, in integration.Integration) error
	// RevokeOrKeep revokes the token at Zendesk and forgets it; when Zendesk cannot be reached
	// it keeps the token and returns the error (Delete retries it later).
	RevokeOrKeep(ctx context.Context, in integration.Integration) error
	// CheckAccount asks Zendesk, without a token, whether an account answers at the domain
	// (zendesk.ErrDomainNotFound when none does).
	CheckAccount(ctx context.Context, domain string) error
	// CountTickets asks the account how many tickets it has, as the integration's token.
	CountTickets(ctx context.Context, in integration.Integration) (int64, error)
	// Disconnect is Revoke plus marking the integration not connected.
	Disconnect(ctx context.Context, in integration.Integration) error
}

// Webhooks is the part of *webhook.Registrar the lifecycle drives.
type Webhooks interface {
	Ensure(ctx context.Context, in integration.Integration) (webhook.Registration, error)
	Remove(ctx context.Context, in integration.Integration) error
}

// Syncs is the part of *syncer.Syncer the lifecycle drives.
type Syncs interface {
	SyncNow(integrationID string) error
	// Stop cancels the integration's running sync and waits until it has ended.
	Stop(ctx context.Context, integrationID string) error
}

// LocalData is the part of *store.RecordRepo the lifecycle drives.
type LocalData interface {
	DeleteIntegrationData(ctx context.Context, integrationID string) error
	ResetSyncState(ctx context.Context, integrationID string) error
}

// ActivityLog records what the admin should see on the Activity screen (*store.ActivityRepo).
type ActivityLog interface {
	Add(ctx context.Context, a store.Activity) (store.Activity, error)
}

// Deps are what a Service needs. Repo, Secrets, Tokens, Webhooks, Syncs and Records are
// required; Activity, Log, Now and OnChanged may be nil.
type Deps struct {
	Repo     *store.IntegrationRepo
	Secrets  secrets.Store
	Tokens   Tokens
	Webhooks Webhooks
	Syncs    Syncs
	Records  LocalData
	// Cleanups keeps what Delete could not undo in Zendesk; nil: such failures are only logged.
	Cleanups *store.PendingCleanupRepo
	Activity ActivityLog      // webhook registration failures; nil: only logged
	Log      *slog.Logger     // nil: discarded
	Now      func() time.Time // nil: time.Now (validation of the backfill start)
	// OnChanged is told when an integration row changed in the background (the webhook state
	// after a sign-in); the facade turns it into an event.
	OnChanged func(integrationID string)
}

// Service runs the integration lifecycle. Its methods take the caller's ctx; the steps that
// call Zendesk are bounded by it.
type Service struct {
	d   Deps
	log *slog.Logger
}

// New returns a Service over its dependencies.
func New(d Deps) *Service {
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.OnChanged == nil {
		d.OnChanged = func(string) {}
	}
	return &Service{d: d, log: d.Log.With("component", "lifecycle")}
}

// Get returns one integration as stored.
func (s *Service) Get(ctx context.Context, id string) (integration.Integration, error) {
	return s.d.Repo.Get(ctx, id)
}
