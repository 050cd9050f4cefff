package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// TicketVersion is what decides whether a webhook snapshot is newer than the stored ticket:
// the stored row's updated_at and generated_timestamp, and the last webhook event applied to it.
type TicketVersion struct {
	TicketID   int64
	Stored     bool  // the ticket is in the tickets table
	UpdatedAt  int64 // unix seconds, as stored
	Generated  int64 // generated_timestamp, as stored
	HasEvent   bool  // a webhook event was applied at this updated_at
	EventTime  int64 // unix nanoseconds of that event
	InboxID    int64 // its inbox row
	EventStamp int64 // updated_at (unix seconds) the event was applied at
}

// TicketVersions returns the versions of the given tickets of an integration, by ticket id.
// Tickets never stored are absent.
func (r *InboxRepo) TicketVersions(ctx context.Context, integrationID string, ids []int64) (map[int64]TicketVersion, error) {
	out := map[int64]TicketVersion{}
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		args := []any{integrationID, integrationID}
		for _, id := range chunk {
			args = append(args, id)
		}
		q := `SELECT t.id, t.updated_at, t.generated_timestamp,
				v.updated_at IS NOT NULL, coalesce(v.updated_at, 0), coalesce(v.event_time, 0), coalesce(v.inbox_id, 0)
			FROM tickets t LEFT JOIN webhook_ticket_versions v ON v.integration_id = ? AND v.ticket_id = t.id
			WHERE t.integration_id = ? AND t.id IN (` + strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",") + `)`
		rows, err := r.db.Read().WithContext(ctx).Raw(q, args...).Rows()
		if err != nil {
			return nil, fmt.Errorf("reading ticket versions: %w", err)
		}
		for rows.Next() {
			v := TicketVersion{Stored: true}
			if err := rows.Scan(&v.TicketID, &v.UpdatedAt, &v.Generated, &v.HasEvent, &v.EventStamp, &v.EventTime, &v.InboxID); err != nil {
				rows.Close()
				return nil, fmt.Errorf("reading ticket versions: %w", err)
			}
			out[v.TicketID] = v
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("reading ticket versions: %w", err)
		}
	}
	return out, nil
}

// Settle records, in one transaction, the webhook events just applied to tickets (their
// versions) and which inbox rows are now processed. Call it after the records were applied: a
// crash in between re-applies them, which newer-wins makes harmless.
func (r *InboxRepo) Settle(ctx context.Context, integrationID string, vs []TicketVersion, processed []int64, at time.Time) error {
	if len(vs) == 0 && len(processed) == 0 {
		return nil
	}
	sqlDB, err := r.db.Gorm().DB()
	if err != nil {
		return err
	}
	tx, err := sqlDB.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("settling webhook events: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	if len(vs) > 0 {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO webhook_ticket_versions (integration_id, ticket_id, updated_at, event_time, inbox_id)
			SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM integrations WHERE id = ?)
			ON CONFLICT (integration_id, ticket_id) DO UPDATE SET
				updated_at = excluded.updated_at, event_time = excluded.event_time, inbox_id = excluded.inbox_id`)
		if err != nil {
			return fmt.Errorf("saving ticket versions: %w", err)
		}
		defer stmt.Close()
		for _, v := range vs {
			if _, err := stmt.ExecContext(ctx, integrationID, v.TicketID, v.EventStamp, v.EventTime, v.InboxID, integrationID); err != nil {
				return fmt.Errorf("saving ticket versions: %w", err)
			}
		}
	}
	for start := 0; start < len(processed); start += 500 {
		chunk := processed[start:min(start+500, len(processed))]
		args := []any{at.UTC()}
		for _, id := range chunk {
			args = append(args, id)
		}
		q := `UPDATE webhook_inbox SET processed_at = ?, attempts = attempts + 1, error = '' WHERE id IN (` +
			strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",") + `)`
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("marking webhook events processed: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("settling webhook events: %w", err)
	}
	return nil
}
