package lifecycle

import (
	"context"
	"errors"
	"fmt"

	"github.com/google/uuid"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

// Create validates and saves a new integration (not connected yet). An invalid form returns
// integration.FieldErrors; a taken name *NameTakenError. The client secret, if any, goes to
// the keyring first; if the row then cannot be saved the secret is removed again, so a failed
// Create changes nothing.
func (s *Service) Create(ctx context.Context, form integration.Input) (integration.Integration, error) {
	if fe := integration.ValidateAt(form, s.d.Now()); len(fe) > 0 {
		return integration.Integration{}, fe
	}
	form = integration.Normalize(form)
	if err := s.refuseUnknownAccount(ctx, form.Domain); err != nil {
		return integration.Integration{}, err
	}
	i := integration.Integration{
		ID: uuid.NewString(), Status: integration.StatusNotConnected, WebhookState: integration.WebhookNone,
	}
	i.Apply(form)
	key := secrets.ClientSecretKey(i.ID)
	if form.OAuthClientSecret != "" {
		if err := s.d.Secrets.Set(ctx, key, form.OAuthClientSecret); err != nil {
			return integration.Integration{}, err
		}
	}
	saved, err := s.d.Repo.Create(ctx, i)
	if err != nil {
		if form.OAuthClientSecret != "" {
			if derr := s.d.Secrets.Delete(ctx, key); derr != nil {
				s.log.Warn("could not remove the client secret of an unsaved integration", "integration_id", i.ID, "err", derr)
			}
		}
		return integration.Integration{}, saveErr(i.Name, err)
	}
	s.log.Info("integration created", "integration_id", saved.ID, "capability", saved.Capability, "domain", saved.Domain)
	return saved, nil
}

// Update validates and saves the form's fields of an existing integration; status, tokens and
// sync state are kept unless the edit changed what they belong to (see Diff and afterEdit).
// An empty secret keeps the saved one; clearSecret removes it. A failed Update changes nothing:
// the previous client secret is put back when the row cannot be saved.
func (s *Service) Update(ctx context.Context, id string, form integration.Input, clearSecret bool) (integration.Integration, error) {
	if fe := integration.ValidateAt(form, s.d.Now()); len(fe) > 0 {
		return integration.Integration{}, fe
	}
	form = integration.Normalize(form)
	before, err := s.d.Repo.Get(ctx, id)
	if err != nil {
		return integration.Integration{}, err
	}
	next := before
	next.Apply(form)
	if next.Domain != before.Domain {
		if err := s.refuseUnknownAccount(ctx, next.Domain); err != nil {
			return integration.Integration{}, err
		}
	}
	if clearSecret && form.OAuthClientSecret == "" {
		next.HasClientSecret = false
	}
	restore, err := s.swapSecret(ctx, id, form.OAuthClientSecret, clearSecret)
	if err != nil {
		return integration.Integration{}, err
	}
	saved, err := s.d.Repo.Update(ctx, next)
	if err != nil {
		restore()
		return integration.Integration{}, saveErr(next.Name, err)
	}
	change := Diff(before, saved)
	if change.AccountChanged && before.Status != integration.StatusNotConnected {
		msg := fmt.Sprintf("The domain or OAuth client changed; connect to %s again.", saved.Host())
		if err := s.d.Repo.SetStatus(ctx, id, integration.StatusNotConnected, msg); err != nil {
			s.log.Error("could not mark the integration not connected", "integration_id", id, "err", err)
		} else {
			saved.Status, saved.StatusMessage = integration.StatusNotConnected, msg
		}
	}
	s.afterEdit(ctx, before, saved, change)
	s.log.Info("integration updated", "integration_id", id)
	return saved, nil
}

// afterEdit brings the sync, the webhook and the token in line with a saved edit, in this order:
//  1. the local copy: a new domain drops the old account's records and checkpoints; a new Pull
//     Record By or backfill start resets the checkpoints (the records stay). The running sync is
//     stopped first, so nothing it writes lands after.
//  2. the webhook: a new account removes it from the old one while the old token still works;
//     otherwise a connected integration's webhook is re-pointed to the saved settings.
//  3. the token: a new account revokes the old one's.
//
// A failing step is logged and the next one runs: the edit stays saved.
func (s *Service) afterEdit(ctx context.Context, before, after integration.Integration, change Change) {
	warn := func(step string, err error) {
		if err != nil {
			s.log.Warn("after an edit: "+step+" failed", "integration_id", after.ID, "err", err)
		}
	}
	switch {
	case change.DomainChanged:
		warn("dropping the old account's local data", s.stopSyncThen(ctx, after.ID, s.d.Records.DeleteIntegrationData))
	case change.ResyncFromBackfill():
		warn("resetting the checkpoints", s.stopSyncThen(ctx, after.ID, s.d.Records.ResetSyncState))
	}
	switch {
	case change.AccountChanged:
		warn("removing the old account's webhook", s.d.Webhooks.Remove(ctx, before))
	case after.Status == integration.StatusConnected || after.Status == integration.StatusTokenExpiring:
		s.ensureWebhook(ctx, after)
	}
	if change.AccountChanged {
		warn("revoking the old account's token", s.d.Tokens.Revoke(ctx, before))
	}
}

// stopSyncThen stops the integration's running sync and waits for it, then runs fn.
func (s *Service) stopSyncThen(ctx context.Context, id string, fn func(context.Context, string) error) error {
	if err := s.d.Syncs.Stop(ctx, id); err != nil {
		return err
	}
	return fn(ctx, id)
}

// swapSecret saves a new client secret (or removes it when clear is set) and returns how to
// put the previous state back. With neither, it does nothing.
func (s *Service) swapSecret(ctx context.Context, id, secret string, clear bool) (restore func(), err error) {
	noop := func() {}
	if secret == "" && !clear {
		return noop, nil
	}
	key := secrets.ClientSecretKey(id)
	old, err := s.d.Secrets.Get(ctx, key)
	hadOld := err == nil
	if err != nil && !errors.Is(err, secrets.ErrNotFound) {
		return noop, err
	}
	if secret != "" {
		err = s.d.Secrets.Set(ctx, key, secret)
	} else {
		err = s.d.Secrets.Delete(ctx, key)
	}
	if err != nil {
		return noop, err
	}
	return func() {
		var rerr error
		if hadOld {
			rerr = s.d.Secrets.Set(ctx, key, old)
		} else {
			rerr = s.d.Secrets.Delete(ctx, key)
		}
		if rerr != nil {
			s.log.Error("could not restore the client secret after a failed save", "integration_id", id, "err", rerr)
		}
	}, nil
}

// saveErr turns a taken name into *NameTakenError.
func saveErr(name string, err error) error {
	if errors.Is(err, store.ErrConflict) {
		return &NameTakenError{Name: name, Err: err}
	}
	return err
}
