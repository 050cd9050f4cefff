package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// CountedActivity is N like events to add to the one Activity entry of their kind, integration
// (or none), reason and period (Bucket: the period's start). Message gives the entry's text for
// its new total.
type CountedActivity struct {
	Activity
	Bucket  time.Time
	N       int
	Message func(total int) string
}

// AddCounted adds each batch entry to its counted Activity row, creating the row (at the entry's
// At) on the first, in one transaction: a stream of events costs one row per reason and period
// and one small write per batch, however many arrive. An entry whose integration no longer
// exists is counted without it rather than lost.
func (r *ActivityRepo) AddCounted(ctx context.Context, batch []CountedActivity) error {
	for _, c := range batch {
		if c.N <= 0 || c.Message == nil {
			return fmt.Errorf("adding counted %s activity: count %d is not positive or no message", c.Kind, c.N)
		}
	}
	err := r.db.Gorm().WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, c := range batch {
			if err := r.addCounted(tx, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("adding counted activity: %w", err)
	}
	return nil
}

func (r *ActivityRepo) addCounted(tx *gorm.DB, c CountedActivity) error {
	if c.At.IsZero() {
		c.At = r.now()
	}
	if c.IntegrationID != "" {
		var n int64
		if err := tx.Table("integrations").Where("id = ?", c.IntegrationID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			c.IntegrationID = ""
		}
	}
	key := c.Bucket.Unix()
	var row activityRow
	err := tx.Where("kind = ? AND ifnull(integration_id, '') = ? AND reason = ? AND bucket = ?",
		string(c.Kind), c.IntegrationID, c.Reason, key).Take(&row).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		row = activityRow{At: c.At.UTC(), Kind: string(c.Kind), Level: string(c.Level), Message: c.Message(c.N),
			Reason: c.Reason, Count: c.N, Bucket: &key}
		if c.IntegrationID != "" {
			id := c.IntegrationID
			row.IntegrationID = &id
		}
		return tx.Create(&row).Error
	case err != nil:
		return err
	}
	total := row.Count + c.N
	return tx.Model(&activityRow{}).Where("id = ?", row.ID).
		Updates(map[string]any{"count": total, "message": c.Message(total)}).Error
}
