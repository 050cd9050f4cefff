package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// AddCounted adds n like events to the one entry of their kind, integration (or none), reason and
// period (bucket: the period's start), creating it on the first. The entry keeps the time of its
// first event; its message is rewritten from the new total by message(total). So a stream of
// events costs one row per reason and period however many arrive.
func (r *ActivityRepo) AddCounted(ctx context.Context, a Activity, bucket time.Time, n int, message func(total int) string) (Activity, error) {
	if n <= 0 {
		return Activity{}, fmt.Errorf("adding counted %s activity: count %d is not positive", a.Kind, n)
	}
	if a.At.IsZero() {
		a.At = r.now()
	}
	key := bucket.Unix()
	var out activityRow
	err := r.db.Gorm().WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		err := tx.Where("kind = ? AND ifnull(integration_id, '') = ? AND reason = ? AND bucket = ?",
			string(a.Kind), a.IntegrationID, a.Reason, key).Take(&out).Error
		switch {
		case errors.Is(err, gorm.ErrRecordNotFound):
			out = activityRow{At: a.At.UTC(), Kind: string(a.Kind), Level: string(a.Level), Message: message(n),
				Reason: a.Reason, Count: n, Bucket: &key}
			if a.IntegrationID != "" {
				id := a.IntegrationID
				out.IntegrationID = &id
			}
			return tx.Create(&out).Error
		case err != nil:
			return err
		}
		out.Count += n
		out.Message = message(out.Count)
		return tx.Model(&activityRow{}).Where("id = ?", out.ID).
			Updates(map[string]any{"count": out.Count, "message": out.Message}).Error
	})
	if err != nil {
		return Activity{}, fmt.Errorf("adding counted %s activity: %w", a.Kind, err)
	}
	return out.toActivity(), nil
}
