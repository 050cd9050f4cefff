package store

import "gorm.io/gorm"

// migrate4SyncAttempts keeps the last sync attempt apart from the last successful sync:
// last_attempt_at is when the latest run ended (with last_error empty when it succeeded) and
// last_sync_at, from now on, only the end of the latest successful run. Until now a failed run
// also moved last_sync_at; for a row whose latest run failed the time of the last success is not
// known, so it becomes NULL ("never") rather than claiming the failed run as a sync.
func migrate4SyncAttempts(tx *gorm.DB) error {
	return execAll(tx,
		`ALTER TABLE integrations ADD COLUMN last_attempt_at DATETIME`,
		`UPDATE integrations SET last_attempt_at = last_sync_at`,
		`UPDATE integrations SET last_sync_at = NULL WHERE last_error != ''`,
	)
}
