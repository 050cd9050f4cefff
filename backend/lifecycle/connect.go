package lifecycle

import (
	"context"
	"errors"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
)

// webhookTimeout bounds registering the webhook after a sign-in (it runs in the background).
const webhookTimeout = time.Minute

// Connect starts the browser sign-in (Connect, or Re-generate Token on a connected
// integration) and returns the URL to open and wait, which blocks until the sign-in ends. When
// it succeeds, wait starts the first sync and registers the webhook in the background, with
// the integration as stored after the sign-in. On failure nothing changes.
//
// The account is checked first: when no Zendesk account answers at the domain, Connect returns
// *AccountNotFoundError and no browser needs to open.
func (s *Service) Connect(ctx context.Context, in integration.Integration) (authURL string, wait func(context.Context) error, err error) {
	if err := s.CheckAccount(ctx, in.Domain); err != nil {
		var nf *AccountNotFoundError
		if errors.As(err, &nf) {
			return "", nil, err
		}
		s.log.Info("the Zendesk account could not be checked before sign-in", "integration_id", in.ID, "err", err)
	}
	authURL, signIn, err := s.d.Tokens.Connect(ctx, in)
	if err != nil {
		return "", nil, err
	}
	wait = func(wctx context.Context) error {
		if err := signIn(wctx); err != nil {
			return err
		}
		connected, err := s.d.Repo.Get(wctx, in.ID)
		if err != nil {
			s.log.Warn("reading the integration after sign-in", "integration_id", in.ID, "err", err)
			return nil // the sign-in itself succeeded and is saved
		}
		go s.afterConnect(wctx, connected)
		return nil
	}
	return authURL, wait, nil
}

// afterConnect runs after every successful sign-in: start the first sync (it returns at once),
// then create or update the webhook (Helpdesk and CRM).
func (s *Service) afterConnect(ctx context.Context, in integration.Integration) {
	if err := s.d.Syncs.SyncNow(in.ID); err != nil {
		s.log.Info("sync after connect not started", "integration_id", in.ID, "err", err)
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), webhookTimeout)
	defer cancel()
	s.ensureWebhook(ctx, in)
}

// CancelSignIn ends the sign-in in progress for the integration, if any.
func (s *Service) CancelSignIn(integrationID string) { s.d.Tokens.Cancel(integrationID) }

// Disconnect ends a sign-in in progress, removes the webhook while the token still works (a
// failure is logged, Disconnect goes on), then revokes the token and marks the integration not
// connected. Settings and synced data stay.
func (s *Service) Disconnect(ctx context.Context, id string) error {
	in, err := s.d.Repo.Get(ctx, id)
	if err != nil {
		return err
	}
	s.d.Tokens.Cancel(in.ID)
	if err := s.d.Webhooks.Remove(ctx, in); err != nil {
		s.log.Warn("before disconnect: removing the webhook failed", "integration_id", in.ID, "err", err)
	}
	return s.d.Tokens.Disconnect(ctx, in)
}

// ensureWebhook creates or re-points the integration's webhook. A failure goes to Activity, so
// the admin sees it; either way the row's webhook state changed and OnChanged is told.
func (s *Service) ensureWebhook(ctx context.Context, in integration.Integration) {
	reg, err := s.d.Webhooks.Ensure(ctx, in)
	if err != nil {
		s.log.Warn("webhook not registered", "integration_id", in.ID, "err", err)
		if s.d.Activity != nil {
			entry := store.Activity{IntegrationID: in.ID, Kind: store.ActivityWebhook, Level: store.LevelError,
				Message: "The Zendesk webhook could not be registered: " + err.Error(), Reason: "registration_failed"}
			if _, aerr := s.d.Activity.Add(ctx, entry); aerr != nil {
				s.log.Warn("recording the webhook failure in activity", "integration_id", in.ID, "err", aerr)
			}
		}
	} else {
		s.log.Info("webhook registered", "integration_id", in.ID, "state", reg.State, "webhook_id", reg.WebhookID)
	}
	s.d.OnChanged(in.ID)
}
