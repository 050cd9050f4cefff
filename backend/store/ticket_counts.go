package store

import (
	"context"
	"fmt"
)

// RecordCounts is how many records of each kind an integration has locally.
type RecordCounts struct {
	Tickets, Users, Organizations, Groups, Articles int64
}

// Counts counts an integration's local records.
func (r *RecordRepo) Counts(ctx context.Context, integrationID string) (RecordCounts, error) {
	var c RecordCounts
	err := r.db.Read().WithContext(ctx).Raw(`SELECT
		(SELECT count(*) FROM tickets WHERE integration_id = ?),
		(SELECT count(*) FROM users WHERE integration_id = ?),
		(SELECT count(*) FROM organizations WHERE integration_id = ?),
		(SELECT count(*) FROM groups WHERE integration_id = ?),
		(SELECT count(*) FROM hc_articles WHERE integration_id = ?)`,
		integrationID, integrationID, integrationID, integrationID, integrationID).Row().
		Scan(&c.Tickets, &c.Users, &c.Organizations, &c.Groups, &c.Articles)
	if err != nil {
		return c, fmt.Errorf("counting records of %s: %w", integrationID, err)
	}
	return c, nil
}
