package lifecycle

import (
	"context"
	"fmt"

	"zensync/backend/integration"
	"zensync/backend/secrets"
)

// Delete removes an integration. First what it set up elsewhere is undone, in this order: its
// running sync is stopped (nothing it writes lands after), its webhook removed (while the token
// still works), its token revoked. A failure there is logged and Delete goes on: the admin asked
// to delete, and an unreachable Zendesk must not keep the integration forever. Then, when
// deleteLocalData is set, its synced records go; then its secrets; then the row. If the records
// or the secrets cannot be removed, the integration stays, so the admin can try again.
func (s *Service) Delete(ctx context.Context, id string, deleteLocalData bool) error {
	in, err := s.d.Repo.Get(ctx, id)
	if err != nil {
		return err
	}
	s.undoElsewhere(ctx, in)
	if deleteLocalData {
		if err := s.d.Records.DeleteIntegrationData(ctx, id); err != nil {
			return fmt.Errorf("deleting the local data of %s: %w", in.Name, err)
		}
	}
	for _, key := range []string{secrets.ClientSecretKey(id), secrets.OAuthTokenKey(id)} {
		if err := s.d.Secrets.Delete(ctx, key); err != nil {
			return err
		}
	}
	if err := s.d.Repo.Delete(ctx, id); err != nil {
		return err
	}
	s.log.Info("integration deleted", "integration_id", id, "local_data_deleted", deleteLocalData)
	return nil
}

// undoElsewhere stops the sync, removes the webhook and revokes the token, logging failures.
func (s *Service) undoElsewhere(ctx context.Context, in integration.Integration) {
	steps := []struct {
		name string
		run  func() error
	}{
		{"stopping the sync", func() error { return s.d.Syncs.Stop(ctx, in.ID) }},
		{"removing the webhook", func() error { return s.d.Webhooks.Remove(ctx, in) }},
		{"revoking the token", func() error { return s.d.Tokens.Revoke(ctx, in) }},
	}
	for _, step := range steps {
		if err := step.run(); err != nil {
			s.log.Warn("delete: "+step.name+" failed; deleting anyway", "integration_id", in.ID, "err", err)
		}
	}
}
