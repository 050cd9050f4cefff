package store

import "gorm.io/gorm"

// migrate21WebhookTicketVersions creates webhook_ticket_versions: for each ticket a webhook event
// last wrote, the snapshot's updated_at (unix seconds), the event's time (unix nanoseconds) and
// the inbox row. Snapshots with the same updated_at second are ordered by event time, then by
// arrival, which the tickets table alone cannot tell.
func migrate21WebhookTicketVersions(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE webhook_ticket_versions (
			integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
			ticket_id      INTEGER NOT NULL,
			updated_at     INTEGER NOT NULL,
			event_time     INTEGER NOT NULL,
			inbox_id       INTEGER NOT NULL,
			PRIMARY KEY (integration_id, ticket_id)
		) WITHOUT ROWID`,
	)
}
