package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

func saveCheckpoint(ctx context.Context, tx *sql.Tx, integrationID string, c Checkpoint, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO sync_state (integration_id, stream, checkpoint, mode, records, pages, updated_at, error_count, last_error)
		VALUES (?, ?, ?, ?, ?, ?, ?, 0, '')
		ON CONFLICT(integration_id, stream) DO UPDATE SET checkpoint = excluded.checkpoint, mode = excluded.mode,
			records = sync_state.records + excluded.records, pages = sync_state.pages + excluded.pages,
			updated_at = excluded.updated_at, error_count = 0, last_error = '', retry_after_until = 0`,
		integrationID, c.Stream, c.Value, c.Mode, c.Records, max(c.Pages, 1), now.Unix())
	if err != nil {
		return fmt.Errorf("saving checkpoint %s/%s: %w", integrationID, c.Stream, err)
	}
	return nil
}

// SyncStates returns every stream's state of an integration, by stream name.
func (r *RecordRepo) SyncStates(ctx context.Context, integrationID string) (map[string]SyncState, error) {
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT stream, checkpoint, mode, error_count, last_error,
		retry_after_until, records, pages, updated_at FROM sync_state WHERE integration_id = ?`, integrationID).Rows()
	if err != nil {
		return nil, fmt.Errorf("reading sync state of %s: %w", integrationID, err)
	}
	defer rows.Close()
	out := map[string]SyncState{}
	for rows.Next() {
		s := SyncState{IntegrationID: integrationID}
		var retry, upd int64
		if err := rows.Scan(&s.Stream, &s.Checkpoint, &s.Mode, &s.ErrorCount, &s.LastError, &retry, &s.Records, &s.Pages, &upd); err != nil {
			return nil, fmt.Errorf("reading sync state of %s: %w", integrationID, err)
		}
		s.RetryAfterUntil, s.UpdatedAt = fromUnix(retry), fromUnix(upd)
		out[s.Stream] = s
	}
	return out, rows.Err()
}

// SyncState returns one stream's state; a stream never run has the zero state (no error).
func (r *RecordRepo) SyncState(ctx context.Context, integrationID, stream string) (SyncState, error) {
	all, err := r.SyncStates(ctx, integrationID)
	if err != nil {
		return SyncState{}, err
	}
	s, ok := all[stream]
	if !ok {
		return SyncState{IntegrationID: integrationID, Stream: stream}, nil
	}
	return s, nil
}

// SetStreamError records a failed run of a stream: the error in words, one more error, and until
// when Zendesk asked us to wait (zero: no wait). The checkpoint is left as it is.
func (r *RecordRepo) SetStreamError(ctx context.Context, integrationID, stream, message string, retryAfterUntil time.Time) error {
	err := r.db.Gorm().WithContext(ctx).Exec(`INSERT INTO sync_state (integration_id, stream, error_count, last_error, retry_after_until, updated_at)
		VALUES (?, ?, 1, ?, ?, ?)
		ON CONFLICT(integration_id, stream) DO UPDATE SET error_count = sync_state.error_count + 1,
			last_error = excluded.last_error, retry_after_until = excluded.retry_after_until, updated_at = excluded.updated_at`,
		integrationID, stream, message, unix(retryAfterUntil), r.now().Unix()).Error
	if err != nil {
		return fmt.Errorf("saving stream error %s/%s: %w", integrationID, stream, err)
	}
	return nil
}

// ResetSyncState forgets every checkpoint of an integration, so the next sync starts over
// (records stay; newer-wins keeps them correct).
func (r *RecordRepo) ResetSyncState(ctx context.Context, integrationID string) error {
	if err := r.db.Gorm().WithContext(ctx).Exec(`DELETE FROM sync_state WHERE integration_id = ?`, integrationID).Error; err != nil {
		return fmt.Errorf("resetting sync state of %s: %w", integrationID, err)
	}
	return nil
}

func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}
