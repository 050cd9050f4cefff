package store

import (
	"context"
	"fmt"
)

// recordTables are every table that holds an integration's synced data.
var recordTables = []string{"attachments", "comments", "tickets", "users", "organizations", "groups", "definitions",
	"hc_articles", "hc_sections", "hc_categories", "sync_state"}

// DeleteIntegrationData removes every synced record and the sync state of an integration, in one
// transaction (search indexes follow through their triggers). Call it when an integration is
// deleted with "delete local data" ticked; it is a no-op for an integration with no data.
func (r *RecordRepo) DeleteIntegrationData(ctx context.Context, integrationID string) error {
	sqlDB, err := r.db.Gorm().DB()
	if err != nil {
		return err
	}
	tx, err := sqlDB.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("deleting data of %s: %w", integrationID, err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	if _, err := tx.ExecContext(ctx, `DELETE FROM ticket_tags WHERE ticket_pk IN (SELECT pk FROM tickets WHERE integration_id = ?)`, integrationID); err != nil {
		return fmt.Errorf("deleting tags of %s: %w", integrationID, err)
	}
	for _, t := range recordTables {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t+" WHERE integration_id = ?", integrationID); err != nil {
			return fmt.Errorf("deleting %s of %s: %w", t, integrationID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("deleting data of %s: %w", integrationID, err)
	}
	r.gen.Add(1)
	return nil
}
