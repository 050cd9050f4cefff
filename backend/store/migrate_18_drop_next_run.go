package store

import "gorm.io/gorm"

// migrate18DropNextRunAt drops sync_state.next_run_at: nothing ever wrote it (the scheduler
// decides from the integration's last sync and poll interval), so reading it only suggested a
// schedule that does not exist.
func migrate18DropNextRunAt(tx *gorm.DB) error {
	return execAll(tx, `ALTER TABLE sync_state DROP COLUMN next_run_at`)
}
