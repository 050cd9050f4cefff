package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Retention bounds what Zensync keeps of its logs: Activity entries and processed webhook inbox
// rows older than MaxAge go, and of the rest only the newest MaxRows of each table stay.
// Unprocessed inbox rows are never pruned: they are work still to do.
type Retention struct {
	MaxAge  time.Duration
	MaxRows int
}

// Defaults: 30 days, at most 10,000 rows per table (a processed inbox row is a few KiB, so the
// inbox stays under some tens of MiB).
const (
	DefaultRetentionDays = 30
	DefaultRetentionRows = 10000
)

// DefaultRetention is the policy when nothing is configured.
func DefaultRetention() Retention {
	return Retention{MaxAge: DefaultRetentionDays * 24 * time.Hour, MaxRows: DefaultRetentionRows}
}

// pruneChunk is the most rows one delete statement removes, so a large prune never holds the one
// writer connection (and the webhook inbox commit behind it) for long.
const pruneChunk = 2000

// Prune removes Activity entries older than before and all but the newest keep entries
// (keep <= 0: no count limit). It returns how many went.
func (r *ActivityRepo) Prune(ctx context.Context, before time.Time, keep int) (int64, error) {
	n, err := pruneTable(ctx, r.db.Gorm(), "activity", "at", "1", before, keep)
	if err != nil {
		return n, fmt.Errorf("pruning activity: %w", err)
	}
	return n, nil
}

// PruneProcessed removes processed inbox rows received before before, and all but the newest
// keep processed rows (keep <= 0: no count limit). Rows not yet processed always stay.
func (r *InboxRepo) PruneProcessed(ctx context.Context, before time.Time, keep int) (int64, error) {
	n, err := pruneTable(ctx, r.db.Gorm(), "webhook_inbox", "received_at", "processed_at IS NOT NULL", before, keep)
	if err != nil {
		return n, fmt.Errorf("pruning the webhook inbox: %w", err)
	}
	return n, nil
}

// pruneTable deletes, in chunks, the rows of table matching where that are older than before
// (by the time column) or beyond the newest keep (by id). table, column and where are constants
// of this package, never input.
func pruneTable(ctx context.Context, db *gorm.DB, table, column, where string, before time.Time, keep int) (int64, error) {
	var total int64
	byAge := fmt.Sprintf(`DELETE FROM %[1]s WHERE id IN (SELECT id FROM %[1]s WHERE %[2]s AND %[3]s < ? LIMIT %[4]d)`,
		table, where, column, pruneChunk)
	for {
		res := db.WithContext(ctx).Exec(byAge, before.UTC())
		if res.Error != nil {
			return total, res.Error
		}
		total += res.RowsAffected
		if res.RowsAffected < pruneChunk {
			break
		}
	}
	if keep <= 0 {
		return total, nil
	}
	// The id of the newest row beyond keep: it and everything older goes.
	var cut []int64
	q := fmt.Sprintf(`SELECT id FROM %s WHERE %s ORDER BY id DESC LIMIT 1 OFFSET ?`, table, where)
	if err := db.WithContext(ctx).Raw(q, keep).Scan(&cut).Error; err != nil {
		return total, err
	}
	if len(cut) == 0 {
		return total, nil
	}
	byCount := fmt.Sprintf(`DELETE FROM %[1]s WHERE id IN (SELECT id FROM %[1]s WHERE %[2]s AND id <= ? LIMIT %[3]d)`,
		table, where, pruneChunk)
	for {
		res := db.WithContext(ctx).Exec(byCount, cut[0])
		if res.Error != nil {
			return total, res.Error
		}
		total += res.RowsAffected
		if res.RowsAffected < pruneChunk {
			return total, nil
		}
	}
}
