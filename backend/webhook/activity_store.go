package webhook

import (
	"context"

	"zensync/backend/store"
)

// StoreActivity writes the listener's counts into the store's Activity log: one transaction per
// flush, one row per integration (or none), reason and period.
func StoreActivity(repo *store.ActivityRepo) ActivityWriter {
	return func(ctx context.Context, entries []Activity) error {
		batch := make([]store.CountedActivity, len(entries))
		for i, e := range entries {
			batch[i] = store.CountedActivity{
				Activity: store.Activity{At: e.At, IntegrationID: e.IntegrationID, Kind: store.ActivityWebhook,
					Level: store.ActivityLevel(e.Level()), Reason: e.Reason},
				Bucket: e.Bucket, N: e.Count, Message: e.Message,
			}
		}
		return repo.AddCounted(ctx, batch)
	}
}
