package store

import (
	"context"
	"fmt"
	"time"

	"zensync/backend/integration"
)

// SetStatus records the connection state and a message in words (empty clears it).
func (r *IntegrationRepo) SetStatus(ctx context.Context, id string, status integration.Status, message string) error {
	return r.set(ctx, id, map[string]any{"status": string(status), "status_message": message})
}

// SetConnected marks a successful connect: status connected, connected_at now, the token's
// expiry (nil when it does not expire), and clears the status message and last error.
func (r *IntegrationRepo) SetConnected(ctx context.Context, id string, tokenExpiresAt *time.Time) error {
	now := r.now().UTC()
	return r.set(ctx, id, map[string]any{
		"status": string(integration.StatusConnected), "status_message": "", "last_error": "",
		"connected_at": now, "token_expires_at": utcPtr(tokenExpiresAt),
	})
}

// SetTokenExpiry records when the current access token expires (nil: it does not).
func (r *IntegrationRepo) SetTokenExpiry(ctx context.Context, id string, expiresAt *time.Time) error {
	return r.set(ctx, id, map[string]any{"token_expires_at": utcPtr(expiresAt)})
}

// SetLastSync records the end of a sync run: always as the last attempt with its error, and as
// the last successful sync only when lastError is empty (a failed run never moves it).
func (r *IntegrationRepo) SetLastSync(ctx context.Context, id string, at time.Time, lastError string) error {
	cols := map[string]any{"last_attempt_at": at.UTC(), "last_error": lastError}
	if lastError == "" {
		cols["last_sync_at"] = at.UTC()
	}
	return r.set(ctx, id, cols)
}

// SetWebhook records the Zendesk webhook id (empty when removed) and its state.
func (r *IntegrationRepo) SetWebhook(ctx context.Context, id, webhookID string, state integration.WebhookState) error {
	return r.set(ctx, id, map[string]any{"webhook_id": webhookID, "webhook_state": string(state)})
}

func (r *IntegrationRepo) set(ctx context.Context, id string, cols map[string]any) error {
	cols["updated_at"] = r.now().UTC()
	res := r.db.Gorm().WithContext(ctx).Model(&integrationRow{}).Where("id = ?", id).Updates(cols)
	if res.Error != nil {
		return fmt.Errorf("updating integration %s: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("integration %s: %w", id, ErrNotFound)
	}
	return nil
}
