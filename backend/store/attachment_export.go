package store

import (
	"context"
	"fmt"
)

// ExportedAttachment is one attachment row of an integration as exports list it: a comment
// attachment (Kind "comment", with TicketID and CommentID) or a Help Center article attachment
// (Kind "article", with ArticleID), with its download state and the SHA-256 of its local copy.
type ExportedAttachment struct {
	Kind                           string
	TicketID, CommentID, ArticleID int64
	ID                             int64
	FileName, ContentType          string
	Size                           int64
	Inline                         bool
	SHA256, State, Reason          string
}

// CountAll counts the integration's comment and article attachments.
func (r *AttachmentRepo) CountAll(ctx context.Context, integrationID string) (int64, error) {
	var n int64
	err := r.db.Read().WithContext(ctx).Raw(`SELECT (SELECT count(*) FROM attachments WHERE integration_id = ?) +
		(SELECT count(*) FROM article_attachments WHERE integration_id = ?)`, integrationID, integrationID).Row().Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("counting attachments: %w", err)
	}
	return n, nil
}

const exportedAttachmentColumns = `id, file_name, content_type, size, inline, state, reason, sha256`

// EachAll streams the integration's comment attachments (by ticket, comment, id), then its
// article attachments (by article, id), one row at a time (bounded memory). An error from fn
// stops the walk and is returned as it is.
func (r *AttachmentRepo) EachAll(ctx context.Context, integrationID string, fn func(ExportedAttachment) error) error {
	queries := []struct{ kind, sql string }{
		{"comment", `SELECT ticket_id, comment_id, 0, ` + exportedAttachmentColumns + ` FROM attachments
			WHERE integration_id = ? ORDER BY ticket_id, comment_id, id`},
		{"article", `SELECT 0, 0, article_id, ` + exportedAttachmentColumns + ` FROM article_attachments
			WHERE integration_id = ? ORDER BY article_id, id`},
	}
	for _, q := range queries {
		if err := r.eachExported(ctx, q.kind, q.sql, integrationID, fn); err != nil {
			return err
		}
	}
	return nil
}

func (r *AttachmentRepo) eachExported(ctx context.Context, kind, q, integrationID string, fn func(ExportedAttachment) error) error {
	rows, err := r.db.Read().WithContext(ctx).Raw(q, integrationID).Rows()
	if err != nil {
		return fmt.Errorf("reading %s attachments: %w", kind, err)
	}
	defer rows.Close()
	for rows.Next() {
		a := ExportedAttachment{Kind: kind}
		if err := rows.Scan(&a.TicketID, &a.CommentID, &a.ArticleID, &a.ID, &a.FileName, &a.ContentType, &a.Size,
			&a.Inline, &a.State, &a.Reason, &a.SHA256); err != nil {
			return fmt.Errorf("reading %s attachments: %w", kind, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading %s attachments: %w", kind, err)
	}
	return nil
}
