package export

import (
	"context"

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

// StoreAttachments is AttachmentFiles over the store's attachment rows and the data folder's
// content-addressed attachments folder (backend/attachments).
type StoreAttachments struct {
	Repo   *store.AttachmentRepo
	Folder attachments.Folder
}

var _ AttachmentFiles = StoreAttachments{}

// Path is the attachments folder's path of the file with this SHA-256.
func (s StoreAttachments) Path(sha string) (string, error) { return s.Folder.Path(sha) }

// CountAttachments counts the integration's comment and article attachments.
func (s StoreAttachments) CountAttachments(ctx context.Context, integrationID string) (int64, error) {
	return s.Repo.CountAll(ctx, integrationID)
}

// EachAttachment streams the rows one at a time (bounded memory).
func (s StoreAttachments) EachAttachment(ctx context.Context, integrationID string, fn func(AttachmentRow) error) error {
	return s.Repo.EachAll(ctx, integrationID, func(a store.ExportedAttachment) error {
		return fn(AttachmentRow{Kind: a.Kind, TicketID: a.TicketID, CommentID: a.CommentID, ArticleID: a.ArticleID,
			ID: a.ID, FileName: a.FileName, ContentType: a.ContentType, Size: a.Size, Inline: a.Inline,
			SHA256: a.SHA256, State: a.State, Reason: a.Reason})
	})
}
