package store

import "gorm.io/gorm"

// migrate2ActivityCounts lets one activity row stand for many like events: count is how many it
// covers, bucket the start (unix seconds) of the period it counts them in, NULL for a single
// entry. Webhook deliveries are counted per integration (or none), reason and period, so a flood
// of refused requests adds one row per period, not one per request.
func migrate2ActivityCounts(tx *gorm.DB) error {
	return execAll(tx,
		`ALTER TABLE activity ADD COLUMN count INTEGER NOT NULL DEFAULT 1`,
		`ALTER TABLE activity ADD COLUMN bucket INTEGER`,
		`CREATE UNIQUE INDEX activity_bucket ON activity (kind, ifnull(integration_id, ''), reason, bucket) WHERE bucket IS NOT NULL`,
	)
}
