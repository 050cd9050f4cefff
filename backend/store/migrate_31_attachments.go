package store

import "gorm.io/gorm"

// migrate31Attachments creates attachments: one row per comment attachment Zendesk announced,
// with the background download's state (pending, downloaded, too_large, failed) and, once
// downloaded, the SHA-256 of the bytes that name the file in <data dir>/attachments.
func migrate31Attachments(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE attachments (
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			ticket_id      INTEGER NOT NULL,
			comment_id     INTEGER NOT NULL,
			file_name      TEXT NOT NULL DEFAULT '',
			content_url    TEXT NOT NULL DEFAULT '',
			content_type   TEXT NOT NULL DEFAULT '',
			size           INTEGER NOT NULL DEFAULT 0,
			inline         INTEGER NOT NULL DEFAULT 0,
			state          TEXT NOT NULL DEFAULT 'pending',
			reason         TEXT NOT NULL DEFAULT '',
			sha256         TEXT NOT NULL DEFAULT '',
			attempts       INTEGER NOT NULL DEFAULT 0,
			updated_at     INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id)
		) WITHOUT ROWID`,
		`CREATE INDEX attachments_ticket ON attachments (integration_id, ticket_id)`,
		`CREATE INDEX attachments_state ON attachments (state, integration_id, id)`,
		`CREATE INDEX attachments_sha ON attachments (sha256) WHERE sha256 <> ''`,
	)
}
