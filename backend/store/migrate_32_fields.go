package store

import "gorm.io/gorm"

// migrate32FieldsFormsBrands adds the definition lists (ticket fields, ticket forms, brands,
// user and organization fields; each row's data is its JSON) and each ticket's brand, form,
// custom field values (a JSON object of field id → value; ” = never known) and satisfaction
// rating (JSON {"score","comment"}; ” = never known, '{}' = none).
func migrate32FieldsFormsBrands(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE definitions (
			integration_id TEXT NOT NULL,
			kind           TEXT NOT NULL,
			id             INTEGER NOT NULL,
			position       INTEGER NOT NULL DEFAULT 0,
			name           TEXT NOT NULL DEFAULT '',
			data           TEXT NOT NULL DEFAULT '{}',
			PRIMARY KEY (integration_id, kind, id)
		) WITHOUT ROWID`,
		`ALTER TABLE tickets ADD COLUMN brand_id INTEGER NOT NULL DEFAULT 0`,
		`ALTER TABLE tickets ADD COLUMN form_id INTEGER NOT NULL DEFAULT 0`,
		`ALTER TABLE tickets ADD COLUMN custom_fields TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE tickets ADD COLUMN satisfaction TEXT NOT NULL DEFAULT ''`,
	)
}
