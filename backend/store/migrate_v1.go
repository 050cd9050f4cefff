package store

import "gorm.io/gorm"

// migrateV1IntegrationsActivity creates the integrations and activity tables.
// Times are DATETIME (written in UTC as "2006-01-02 15:04:05.999999999+00:00", so they sort as
// text); backfill_start is a TEXT date "YYYY-MM-DD".
func migrateV1IntegrationsActivity(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE integrations (
			id                    TEXT PRIMARY KEY NOT NULL,
			name                  TEXT NOT NULL COLLATE NOCASE UNIQUE,
			capability            TEXT NOT NULL CHECK (capability IN ('helpdesk', 'crm', 'content_management')),
			domain                TEXT NOT NULL,
			pull_record_by        TEXT NOT NULL DEFAULT '',
			backfill_start        TEXT NOT NULL DEFAULT '',
			oauth_client_id       TEXT NOT NULL DEFAULT '',
			has_client_secret     INTEGER NOT NULL DEFAULT 0,
			environment           TEXT NOT NULL DEFAULT '',
			help_center_locale    TEXT NOT NULL DEFAULT '',
			poll_interval_minutes INTEGER NOT NULL DEFAULT 5,
			webhook_base_url      TEXT NOT NULL DEFAULT '',
			status                TEXT NOT NULL DEFAULT 'not_connected',
			status_message        TEXT NOT NULL DEFAULT '',
			token_expires_at      DATETIME,
			connected_at          DATETIME,
			last_sync_at          DATETIME,
			last_error            TEXT NOT NULL DEFAULT '',
			webhook_id            TEXT NOT NULL DEFAULT '',
			webhook_state         TEXT NOT NULL DEFAULT 'none',
			created_at            DATETIME NOT NULL,
			updated_at            DATETIME NOT NULL
		)`,
		`CREATE INDEX integrations_created_at ON integrations (created_at)`,
		`CREATE TABLE activity (
			id             INTEGER PRIMARY KEY AUTOINCREMENT,
			at             DATETIME NOT NULL,
			integration_id TEXT REFERENCES integrations (id) ON DELETE CASCADE,
			kind           TEXT NOT NULL CHECK (kind IN ('sync', 'webhook', 'connect')),
			level          TEXT NOT NULL CHECK (level IN ('info', 'warn', 'error')),
			message        TEXT NOT NULL,
			reason         TEXT NOT NULL DEFAULT ''
		)`,
		`CREATE INDEX activity_at ON activity (at)`,
		`CREATE INDEX activity_integration_at ON activity (integration_id, at)`,
	)
}

// execAll runs DDL statements in order, stopping at the first failure.
func execAll(tx *gorm.DB, stmts ...string) error {
	for _, s := range stmts {
		if err := tx.Exec(s).Error; err != nil {
			return err
		}
	}
	return nil
}
