package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// AttachmentRepo keeps the download state of comment attachments (the rows come with their
// comments, through RecordRepo.Apply).
type AttachmentRepo struct {
	db  *DB
	now func() time.Time
}

// NewAttachmentRepo returns a repo over db; now stamps updated_at (nil = time.Now).
func NewAttachmentRepo(db *DB, now func() time.Time) *AttachmentRepo {
	return &AttachmentRepo{db: db, now: nowOr(now)}
}

const attachmentColumns = `integration_id, id, ticket_id, comment_id, file_name, content_url, content_type, size, inline, state, reason, sha256, attempts`

func scanAttachment(rows interface{ Scan(...any) error }) (AttachmentView, error) {
	var a AttachmentView
	err := rows.Scan(&a.IntegrationID, &a.ID, &a.TicketID, &a.CommentID, &a.FileName, &a.ContentURL, &a.ContentType,
		&a.Size, &a.Inline, &a.State, &a.Reason, &a.SHA256, &a.Attempts)
	return a, err
}

func (r *AttachmentRepo) list(ctx context.Context, q string, args ...any) ([]AttachmentView, error) {
	return listAttachments(ctx, r.db, q, args...)
}

func listAttachments(ctx context.Context, db *DB, q string, args ...any) ([]AttachmentView, error) {
	rows, err := db.Read().WithContext(ctx).Raw(`SELECT `+attachmentColumns+` FROM attachments `+q, args...).Rows()
	out, err := collect(rows, err, scanAttachment)
	if err != nil {
		return nil, fmt.Errorf("reading attachments: %w", err)
	}
	return out, nil
}

// Pending returns up to limit attachments still to fetch, after (integrationID, id) in key order,
// so a pass walks the table once even while rows change state.
func (r *AttachmentRepo) Pending(ctx context.Context, afterIntegration string, afterID int64, limit int) ([]AttachmentView, error) {
	return r.list(ctx, `WHERE state = ? AND (integration_id > ? OR (integration_id = ? AND id > ?))
		ORDER BY integration_id, id LIMIT ?`, AttachmentPending, afterIntegration, afterIntegration, afterID, limit)
}

// Get returns one attachment, or ErrNotFound.
func (r *AttachmentRepo) Get(ctx context.Context, integrationID string, id int64) (AttachmentView, error) {
	out, err := r.list(ctx, `WHERE integration_id = ? AND id = ?`, integrationID, id)
	if err != nil {
		return AttachmentView{}, err
	}
	if len(out) == 0 {
		return AttachmentView{}, fmt.Errorf("attachment %d: %w", id, ErrNotFound)
	}
	return out[0], nil
}

// HasFile reports whether some downloaded attachment is stored under sha (the local file serves it).
func (r *AttachmentRepo) HasFile(ctx context.Context, sha string) (bool, error) {
	var one int
	err := r.db.Read().WithContext(ctx).Raw(`SELECT 1 FROM attachments WHERE sha256 = ? AND state = ? LIMIT 1`, sha, AttachmentDownloaded).Row().Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// SetDownloaded records that attachment id's bytes (size of them) are stored under sha.
func (r *AttachmentRepo) SetDownloaded(ctx context.Context, integrationID string, id int64, sha string, size int64) error {
	err := r.db.Gorm().WithContext(ctx).Exec(`UPDATE attachments SET state = ?, reason = '', sha256 = ?, size = ?, updated_at = ?
		WHERE integration_id = ? AND id = ?`, AttachmentDownloaded, sha, size, r.now().Unix(), integrationID, id).Error
	if err != nil {
		return fmt.Errorf("saving attachment %d: %w", id, err)
	}
	return nil
}

// SetState records a state other than downloaded (and why) and counts the attempt.
func (r *AttachmentRepo) SetState(ctx context.Context, integrationID string, id int64, state, reason string) error {
	err := r.db.Gorm().WithContext(ctx).Exec(`UPDATE attachments SET state = ?, reason = ?, attempts = attempts + 1, updated_at = ?
		WHERE integration_id = ? AND id = ?`, state, reason, r.now().Unix(), integrationID, id).Error
	if err != nil {
		return fmt.Errorf("saving attachment %d: %w", id, err)
	}
	return nil
}

// Summary counts attachments by state, and the bytes of their distinct stored files.
func (r *AttachmentRepo) Summary(ctx context.Context) (AttachmentSummary, error) {
	var s AttachmentSummary
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT state, count(*) FROM attachments GROUP BY state`).Rows()
	if err != nil {
		return s, fmt.Errorf("counting attachments: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var state string
		var n int64
		if err := rows.Scan(&state, &n); err != nil {
			return s, fmt.Errorf("counting attachments: %w", err)
		}
		switch state {
		case AttachmentPending:
			s.Pending = n
		case AttachmentDownloaded:
			s.Downloaded = n
		case AttachmentTooLarge:
			s.TooLarge = n
		case AttachmentFailed:
			s.Failed = n
		}
	}
	if err := rows.Err(); err != nil {
		return s, err
	}
	err = r.db.Read().WithContext(ctx).Raw(`SELECT coalesce(sum(size), 0) FROM
		(SELECT max(size) AS size FROM attachments WHERE state = ? GROUP BY sha256)`, AttachmentDownloaded).Row().Scan(&s.UsedBytes)
	if err != nil {
		return s, fmt.Errorf("summing attachment sizes: %w", err)
	}
	return s, nil
}
