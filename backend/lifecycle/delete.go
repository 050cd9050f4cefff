package lifecycle

import (
	"context"
	"fmt"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

// Deleted says how a Delete went in Zendesk: what could not be removed there (Zendesk could not
// be reached) and is now a pending clean-up, retried by RetryCleanups.
type Deleted struct {
	WebhookPending bool   // the webhook may still exist in Zendesk
	TokenPending   bool   // the token grant is not revoked yet
	Reason         string // why, in words ("" when nothing is pending)
}

// Pending reports whether something stays to be removed in Zendesk.
func (d Deleted) Pending() bool { return d.WebhookPending || d.TokenPending }

// Delete removes an integration. First what it set up in Zendesk is undone, in this order: its
// running sync is stopped (nothing it writes lands after), its webhook removed (while the token
// still works), its token revoked. When Zendesk cannot be reached, what is left there becomes a
// pending clean-up (Deps.Cleanups) and the tokens it needs stay in the keyring; Delete goes on:
// the admin asked to delete, and an unreachable Zendesk must not keep the integration forever.
// Then, when deleteLocalData is set, its synced records go; then its secrets; then the row. If
// the records or the secrets cannot be removed, the integration stays, so the admin can try again.
func (s *Service) Delete(ctx context.Context, id string, deleteLocalData bool) (Deleted, error) {
	in, err := s.d.Repo.Get(ctx, id)
	if err != nil {
		return Deleted{}, err
	}
	if err := s.d.Syncs.Stop(ctx, in.ID); err != nil {
		s.log.Warn("delete: stopping the sync failed; deleting anyway", "integration_id", in.ID, "err", err)
	}
	left := s.undoInZendesk(ctx, in, true, true)
	if deleteLocalData {
		if err := s.d.Records.DeleteIntegrationData(ctx, id); err != nil {
			return Deleted{}, fmt.Errorf("deleting the local data of %s: %w", in.Name, err)
		}
	}
	if left.Pending() && s.d.Cleanups != nil {
		if err := s.d.Cleanups.Put(ctx, pendingOf(in, left)); err != nil {
			return Deleted{}, err
		}
	} else if err := s.forgetSecrets(ctx, id); err != nil {
		return Deleted{}, err
	}
	if err := s.d.Repo.Delete(ctx, id); err != nil {
		return Deleted{}, err
	}
	if left.Pending() {
		s.note(ctx, store.LevelWarn, "cleanup_pending", fmt.Sprintf("Pending clean-up in Zendesk: %s of '%s' — %s Zensync will retry.",
			CleanupWhat(pendingOf(in, left)), in.Name, left.Reason))
	}
	s.log.Info("integration deleted", "integration_id", id, "local_data_deleted", deleteLocalData,
		"webhook_pending", left.WebhookPending, "token_pending", left.TokenPending)
	return left, nil
}

// undoInZendesk removes the webhook (when webhook is set) and then revokes the token (when
// token is set). The token is kept while the webhook could not be removed: removing it later
// needs the token. What could not be done because Zendesk did not answer is returned; a step
// that cannot ever succeed (no token, a token Zendesk refuses) is logged and counted as done.
func (s *Service) undoInZendesk(ctx context.Context, in integration.Integration, webhook, token bool) Deleted {
	var left Deleted
	if webhook {
		if err := s.d.Webhooks.Remove(ctx, in); err != nil {
			if retryable(err) {
				left.WebhookPending, left.Reason = true, describe(err)
			}
			s.log.Warn("delete: removing the webhook failed", "integration_id", in.ID, "pending", left.WebhookPending, "err", err)
		}
	}
	if !token {
		return left
	}
	if left.WebhookPending {
		left.TokenPending = true
		return left
	}
	if err := s.d.Tokens.RevokeOrKeep(ctx, in); err != nil {
		if retryable(err) {
			left.TokenPending, left.Reason = true, describe(err)
		}
		s.log.Warn("delete: revoking the token failed", "integration_id", in.ID, "pending", left.TokenPending, "err", err)
	}
	return left
}

// forgetSecrets removes the client secret and the token from the keyring.
func (s *Service) forgetSecrets(ctx context.Context, id string) error {
	for _, key := range []string{secrets.ClientSecretKey(id), secrets.OAuthTokenKey(id)} {
		if err := s.d.Secrets.Delete(ctx, key); err != nil {
			return err
		}
	}
	return nil
}

// pendingOf is the pending clean-up row of a deleted integration.
func pendingOf(in integration.Integration, left Deleted) store.PendingCleanup {
	return store.PendingCleanup{
		IntegrationID: in.ID, Name: in.Name, Capability: string(in.Capability), Domain: in.Domain,
		OAuthClientID: in.OAuthClientID, HasClientSecret: in.HasClientSecret, WebhookID: in.WebhookID,
		WebhookPending: left.WebhookPending, TokenPending: left.TokenPending, LastError: left.Reason,
	}
}
