package store

import "gorm.io/gorm"

// migrate34PersonFieldValues adds each user's and organization's custom field values (a JSON
// object of field key → value, as Zendesk's user_fields / organization_fields; ” = never known).
func migrate34PersonFieldValues(tx *gorm.DB) error {
	return execAll(tx,
		`ALTER TABLE users ADD COLUMN custom_fields TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE organizations ADD COLUMN custom_fields TEXT NOT NULL DEFAULT ''`,
	)
}
