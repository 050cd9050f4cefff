package store

import "gorm.io/gorm"

// migrate30SearchIndexes indexes tickets by requester, so requester: and a name typed in the
// search box ("Jane Doe" finds her tickets) are index lookups, like assignee and organization.
func migrate30SearchIndexes(tx *gorm.DB) error {
	return execAll(tx, `CREATE INDEX IF NOT EXISTS tickets_requester ON tickets (requester_id, updated_at DESC)`)
}
