package store

import "gorm.io/gorm"

// migrate3PendingCleanup keeps what a Delete could not undo in Zendesk (the webhook, the token
// grant) while Zendesk was unreachable: one row per deleted integration, with what the retry
// needs to call Zendesk again (the row in integrations is gone by then). Bounded by the number
// of deleted integrations; a row goes once its clean-up succeeded.
func migrate3PendingCleanup(tx *gorm.DB) error {
	return execAll(tx, `CREATE TABLE pending_cleanups (
		integration_id TEXT PRIMARY KEY,
		name TEXT NOT NULL,
		capability TEXT NOT NULL,
		domain TEXT NOT NULL,
		oauth_client_id TEXT NOT NULL DEFAULT '',
		has_client_secret INTEGER NOT NULL DEFAULT 0,
		webhook_id TEXT NOT NULL DEFAULT '',
		webhook_pending INTEGER NOT NULL DEFAULT 0,
		token_pending INTEGER NOT NULL DEFAULT 0,
		attempts INTEGER NOT NULL DEFAULT 0,
		last_error TEXT NOT NULL DEFAULT '',
		created_at DATETIME NOT NULL,
		last_attempt_at DATETIME
	)`)
}
