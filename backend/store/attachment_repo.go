package store

import (
	"context"
	"fmt"
	"time"
)

// AttachmentRepo keeps the download state of comment attachments (the rows come with their
// comments, through RecordRepo.Apply).
type AttachmentRepo struct {
	downloadQueue
}

// NewAttachmentRepo returns a repo over db; now stamps updated_at (nil = time.Now).
func NewAttachmentRepo(db *DB, now func() time.Time) *AttachmentRepo {
	return &AttachmentRepo{commentAttachments(db, now)}
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
