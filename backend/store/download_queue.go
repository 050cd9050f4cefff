package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// downloadQueue is the download state kept in one attachments table: a queue of the background
// downloader. AttachmentRepo (comment attachments) and ArticleAttachmentRepo (Help Center article
// attachments) are each one, over tables of the same download columns.
type downloadQueue struct {
	db      *DB
	now     func() time.Time
	table   string
	columns string // what scanAttachment reads
	noun    string // one row, in messages
}

// commentAttachments is the queue of comment attachments; now stamps updated_at (nil = time.Now).
func commentAttachments(db *DB, now func() time.Time) downloadQueue {
	return downloadQueue{db: db, now: nowOr(now), table: "attachments", noun: "attachment",
		columns: `integration_id, id, ticket_id, comment_id, file_name, content_url, content_type, size, inline, state, reason, sha256, attempts`}
}

// articleAttachments is the queue of article attachments; their views' TicketID and CommentID are 0.
func articleAttachments(db *DB, now func() time.Time) downloadQueue {
	return downloadQueue{db: db, now: nowOr(now), table: "article_attachments", noun: "article attachment",
		columns: `integration_id, id, 0, 0, file_name, content_url, content_type, size, inline, state, reason, sha256, attempts`}
}

func scanAttachment(rows interface{ Scan(...any) error }) (AttachmentView, error) {
	var a AttachmentView
	err := rows.Scan(&a.IntegrationID, &a.ID, &a.TicketID, &a.CommentID, &a.FileName, &a.ContentURL, &a.ContentType,
		&a.Size, &a.Inline, &a.State, &a.Reason, &a.SHA256, &a.Attempts)
	return a, err
}

// list reads the rows that where (a WHERE clause and what follows) selects.
func (q *downloadQueue) list(ctx context.Context, where string, args ...any) ([]AttachmentView, error) {
	rows, err := q.db.Read().WithContext(ctx).Raw(`SELECT `+q.columns+` FROM `+q.table+` `+where, args...).Rows()
	out, err := collect(rows, err, scanAttachment)
	if err != nil {
		return nil, fmt.Errorf("reading %ss: %w", q.noun, err)
	}
	return out, nil
}

// Pending returns up to limit attachments still to fetch, after (integrationID, id) in key order,
// so a pass walks the table once even while rows change state.
func (q *downloadQueue) Pending(ctx context.Context, afterIntegration string, afterID int64, limit int) ([]AttachmentView, error) {
	return q.list(ctx, `WHERE state = ? AND (integration_id > ? OR (integration_id = ? AND id > ?))
		ORDER BY integration_id, id LIMIT ?`, AttachmentPending, afterIntegration, afterIntegration, afterID, limit)
}

// Get returns one attachment, or ErrNotFound.
func (q *downloadQueue) Get(ctx context.Context, integrationID string, id int64) (AttachmentView, error) {
	out, err := q.list(ctx, `WHERE integration_id = ? AND id = ?`, integrationID, id)
	if err != nil {
		return AttachmentView{}, err
	}
	if len(out) == 0 {
		return AttachmentView{}, fmt.Errorf("%s %d: %w", q.noun, id, ErrNotFound)
	}
	return out[0], nil
}

// HasFile reports whether some downloaded attachment is stored under sha (the local file serves it).
func (q *downloadQueue) HasFile(ctx context.Context, sha string) (bool, error) {
	var one int
	err := q.db.Read().WithContext(ctx).Raw(`SELECT 1 FROM `+q.table+` WHERE sha256 = ? AND state = ? LIMIT 1`, sha, AttachmentDownloaded).Row().Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// SetDownloaded records that attachment id's bytes (size of them) are stored under sha.
func (q *downloadQueue) SetDownloaded(ctx context.Context, integrationID string, id int64, sha string, size int64) error {
	return q.set(ctx, integrationID, id, `state = ?, reason = '', sha256 = ?, size = ?`, AttachmentDownloaded, sha, size)
}

// SetState records a state other than downloaded (and why) and counts the attempt.
func (q *downloadQueue) SetState(ctx context.Context, integrationID string, id int64, state, reason string) error {
	return q.set(ctx, integrationID, id, `state = ?, reason = ?, attempts = attempts + 1`, state, reason)
}

// set stamps row id's updated_at and makes its changes ("column = ?, …", with vals).
func (q *downloadQueue) set(ctx context.Context, integrationID string, id int64, changes string, vals ...any) error {
	args := append(append([]any{q.now().Unix()}, vals...), integrationID, id)
	err := q.db.Gorm().WithContext(ctx).Exec(`UPDATE `+q.table+` SET updated_at = ?, `+changes+`
		WHERE integration_id = ? AND id = ?`, args...).Error
	if err != nil {
		return fmt.Errorf("saving %s %d: %w", q.noun, id, err)
	}
	return nil
}
