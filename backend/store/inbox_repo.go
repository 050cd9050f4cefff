package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// InboxEvent is one webhook delivery kept in webhook_inbox. Body is the raw request body,
// exactly as it was signed; Headers holds the X-Zendesk-* headers worth keeping.
type InboxEvent struct {
	ID            int64
	IntegrationID string
	InvocationID  string
	EventID       string
	EventType     string
	TicketID      int64
	EventTime     *time.Time
	BodySHA256    string
	Body          []byte
	Headers       map[string]string
	ReceivedAt    time.Time
	ProcessedAt   *time.Time
	Attempts      int
	Error         string
}

// InsertOutcome says what InsertBatch did with one event.
type InsertOutcome int

const (
	// Inserted: the event is now stored and waits for processing.
	Inserted InsertOutcome = iota
	// Duplicate: an event with the same event id or invocation id was already stored.
	Duplicate
	// IntegrationGone: the integration does not exist (deleted since the request began).
	IntegrationGone
)

// InboxRepo stores webhook deliveries before they are answered and processed.
type InboxRepo struct{ db *DB }

// NewInboxRepo returns the inbox over db.
func NewInboxRepo(db *DB) *InboxRepo { return &InboxRepo{db: db} }

const insertInbox = `INSERT OR IGNORE INTO webhook_inbox
	(integration_id, invocation_id, event_id, event_type, ticket_id, event_time, body_sha256, body, headers, received_at)
	SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM integrations WHERE id = ?)`

// InsertBatch stores events in one transaction (a group commit) and returns one outcome per
// event, in order. When it returns nil error, every Inserted event is durable: committed with
// synchronous=FULL, so the WAL is on disk before the listener answers 200 (see durableConn).
// A failing batch stores nothing.
func (r *InboxRepo) InsertBatch(ctx context.Context, events []InboxEvent) ([]InsertOutcome, error) {
	out := make([]InsertOutcome, len(events))
	sqlDB, err := r.db.Gorm().DB()
	if err != nil {
		return nil, err
	}
	conn, err := durableConn(ctx, sqlDB)
	if err != nil {
		return nil, fmt.Errorf("storing webhook events: %w", err)
	}
	defer conn.release()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storing webhook events: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	insert, err := tx.PrepareContext(ctx, insertInbox)
	if err != nil {
		return nil, fmt.Errorf("storing webhook events: %w", err)
	}
	defer insert.Close()
	for i, e := range events {
		headers, err := json.Marshal(e.Headers)
		if err != nil {
			return nil, fmt.Errorf("encoding headers: %w", err)
		}
		res, err := insert.ExecContext(ctx, e.IntegrationID, e.InvocationID, e.EventID, e.EventType, e.TicketID,
			utcPtr(e.EventTime), e.BodySHA256, e.Body, string(headers), e.ReceivedAt.UTC(), e.IntegrationID)
		if err != nil {
			return nil, fmt.Errorf("storing webhook event %s: %w", e.EventID, err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			out[i] = Inserted
			continue
		}
		var exists int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM integrations WHERE id = ?`, e.IntegrationID).Scan(&exists); err != nil {
			return nil, fmt.Errorf("checking integration %s: %w", e.IntegrationID, err)
		}
		out[i] = Duplicate
		if exists == 0 {
			out[i] = IntegrationGone
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing webhook events: %w", err)
	}
	return out, nil
}

const inboxColumns = `id, integration_id, invocation_id, event_id, event_type, ticket_id, event_time, body_sha256,
	body, headers, received_at, processed_at, attempts, error`

// find reads the events q selects from webhook_inbox.
func (r *InboxRepo) find(q *gorm.DB) ([]InboxEvent, error) {
	rows, err := q.Table("webhook_inbox").Select(inboxColumns).Rows()
	out, err := collect(rows, err, scanInboxEvent)
	if err != nil {
		return nil, fmt.Errorf("reading the webhook inbox: %w", err)
	}
	return out, nil
}

func scanInboxEvent(row interface{ Scan(...any) error }) (InboxEvent, error) {
	var e InboxEvent
	var headers string
	err := row.Scan(&e.ID, &e.IntegrationID, &e.InvocationID, &e.EventID, &e.EventType, &e.TicketID, &e.EventTime,
		&e.BodySHA256, &e.Body, &headers, &e.ReceivedAt, &e.ProcessedAt, &e.Attempts, &e.Error)
	if err == nil {
		_ = json.Unmarshal([]byte(headers), &e.Headers)
	}
	return e, err
}

// Pending returns up to limit unprocessed events across all integrations: never-tried ones
// first, each group in the order they were accepted (so events failing again and again cannot
// starve fresh ones).
func (r *InboxRepo) Pending(ctx context.Context, limit int) ([]InboxEvent, error) {
	return r.find(r.db.Read().WithContext(ctx).Where("processed_at IS NULL").Order("attempts, id").Limit(limit))
}

// List returns an integration's events, newest first (for diagnostics and tests).
func (r *InboxRepo) List(ctx context.Context, integrationID string, limit int) ([]InboxEvent, error) {
	return r.find(r.db.Read().WithContext(ctx).Where("integration_id = ?", integrationID).Order("id DESC").Limit(limit))
}

// Count returns how many events an integration has in the inbox, processed or not.
func (r *InboxRepo) Count(ctx context.Context, integrationID string) (int64, error) {
	var n int64
	err := r.db.Read().WithContext(ctx).Table("webhook_inbox").Where("integration_id = ?", integrationID).Count(&n).Error
	if err != nil {
		return 0, fmt.Errorf("counting the webhook inbox: %w", err)
	}
	return n, nil
}

// MarkFailed records a failed attempt. With giveUp, the event is also marked processed (with its
// error kept), so it no longer holds back the events after it; polling repairs what it missed.
func (r *InboxRepo) MarkFailed(ctx context.Context, id int64, msg string, giveUp bool, at time.Time) error {
	cols := map[string]any{"attempts": gorm.Expr("attempts + 1"), "error": msg}
	if giveUp {
		cols["processed_at"] = at.UTC()
	}
	if err := r.db.Gorm().WithContext(ctx).Table("webhook_inbox").Where("id = ?", id).Updates(cols).Error; err != nil {
		return fmt.Errorf("recording a failed webhook event: %w", err)
	}
	return nil
}
