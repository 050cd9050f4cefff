package export

import (
	"context"
	"fmt"

	"zensync/backend/attachments"
	"zensync/backend/store"
)

// AttachmentRow is one attachment as the folder export writes it (a line of attachments.jsonl):
// a comment attachment (Kind "comment", with TicketID and CommentID) or a Help Center article
// attachment (Kind "article", with ArticleID). Path is its copy's path inside the export folder
// ("attachments/<sha256>"), empty when the file is not in the folder (Reason says why).
type AttachmentRow struct {
	Kind        string `json:"kind"`
	TicketID    int64  `json:"ticket_id,omitempty"`
	CommentID   int64  `json:"comment_id,omitempty"`
	ArticleID   int64  `json:"article_id,omitempty"`
	ID          int64  `json:"id"`
	FileName    string `json:"file_name"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	Inline      bool   `json:"inline"`
	SHA256      string `json:"sha256"`
	State       string `json:"state"`
	Reason      string `json:"reason"`
	Path        string `json:"path,omitempty"`
}

// AttachmentFiles is what exports need to carry downloaded attachments: where the local copy of
// a file is, and every attachment row of an integration.
type AttachmentFiles interface {
	// Path is where the downloaded file with this SHA-256 is kept (an error for a bad key).
	Path(sha string) (string, error)
	CountAttachments(ctx context.Context, integrationID string) (int64, error)
	// EachAttachment streams the integration's comment attachments (by ticket, comment, id),
	// then its article attachments (by article, id). An error from fn stops the walk.
	EachAttachment(ctx context.Context, integrationID string, fn func(AttachmentRow) error) error
}

// StoreAttachments is AttachmentFiles over the store's attachment tables and the data folder's
// content-addressed attachments folder (backend/attachments).
type StoreAttachments struct {
	DB     *store.DB
	Folder attachments.Folder
}

var _ AttachmentFiles = StoreAttachments{}

// Path is the attachments folder's path of the file with this SHA-256.
func (s StoreAttachments) Path(sha string) (string, error) { return s.Folder.Path(sha) }

// CountAttachments counts the integration's comment and article attachments.
func (s StoreAttachments) CountAttachments(ctx context.Context, integrationID string) (int64, error) {
	var n int64
	err := s.DB.Read().WithContext(ctx).Raw(`SELECT (SELECT count(*) FROM attachments WHERE integration_id = ?) +
		(SELECT count(*) FROM article_attachments WHERE integration_id = ?)`, integrationID, integrationID).Row().Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("counting attachments: %w", err)
	}
	return n, nil
}

const attachmentRowColumns = `id, file_name, content_type, size, inline, state, reason, sha256`

// EachAttachment streams the rows one at a time (bounded memory).
func (s StoreAttachments) EachAttachment(ctx context.Context, integrationID string, fn func(AttachmentRow) error) error {
	queries := []struct{ kind, sql string }{
		{"comment", `SELECT ticket_id, comment_id, 0, ` + attachmentRowColumns + ` FROM attachments
			WHERE integration_id = ? ORDER BY ticket_id, comment_id, id`},
		{"article", `SELECT 0, 0, article_id, ` + attachmentRowColumns + ` FROM article_attachments
			WHERE integration_id = ? ORDER BY article_id, id`},
	}
	for _, q := range queries {
		if err := s.each(ctx, q.kind, q.sql, integrationID, fn); err != nil {
			return err
		}
	}
	return nil
}

func (s StoreAttachments) each(ctx context.Context, kind, q, integrationID string, fn func(AttachmentRow) error) error {
	rows, err := s.DB.Read().WithContext(ctx).Raw(q, integrationID).Rows()
	if err != nil {
		return fmt.Errorf("reading %s attachments: %w", kind, err)
	}
	defer rows.Close()
	for rows.Next() {
		a := AttachmentRow{Kind: kind}
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
