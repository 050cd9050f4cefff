package store

import "gorm.io/gorm"

// migrate20WebhookInbox creates webhook_inbox: every accepted webhook delivery, stored before the
// listener answers 200 and processed afterwards (processed_at set). A delivery is identified by
// its event id within an integration, and by its invocation id when Zendesk sends one, so a retry
// or a replay never makes a second row. Rows go with their integration.
func migrate20WebhookInbox(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE webhook_inbox (
			id             INTEGER PRIMARY KEY AUTOINCREMENT,
			integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
			invocation_id  TEXT NOT NULL DEFAULT '',
			event_id       TEXT NOT NULL,
			event_type     TEXT NOT NULL,
			ticket_id      INTEGER NOT NULL DEFAULT 0,
			event_time     DATETIME,
			body_sha256    TEXT NOT NULL,
			body           BLOB NOT NULL,
			headers        TEXT NOT NULL DEFAULT '{}',
			received_at    DATETIME NOT NULL,
			processed_at   DATETIME,
			attempts       INTEGER NOT NULL DEFAULT 0,
			error          TEXT NOT NULL DEFAULT ''
		)`,
		`CREATE UNIQUE INDEX webhook_inbox_event ON webhook_inbox (integration_id, event_id)`,
		`CREATE UNIQUE INDEX webhook_inbox_invocation ON webhook_inbox (integration_id, invocation_id) WHERE invocation_id <> ''`,
		`CREATE INDEX webhook_inbox_pending ON webhook_inbox (id) WHERE processed_at IS NULL`,
	)
}
