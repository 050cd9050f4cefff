package zendesk

import (
	"context"
	"fmt"
)

// articleAttachmentsPage is one answer of the list: cursor paging (meta/links) when it was
// asked for and honoured, offset paging (next_page) otherwise.
type articleAttachmentsPage struct {
	ArticleAttachments []HCArticleAttachment `json:"article_attachments"`
	NextPage           *string               `json:"next_page"`
	cursorPage
}

// maxAttachmentPages bounds the walk (an article has a handful of files; Zendesk caps them).
const maxAttachmentPages = 1000

// HCArticleAttachments lists every attachment of article articleID (inline and listed ones):
// GET /api/v2/help_center/articles/{id}/attachments. A 404 means the article is gone or the
// Help Center is off (ErrNotFound).
func (c *Client) HCArticleAttachments(ctx context.Context, articleID int64) ([]HCArticleAttachment, error) {
	first := fmt.Sprintf("/api/v2/help_center/articles/%d/attachments.json?page[size]=100", articleID)
	out := []HCArticleAttachment{}
	next := first
	for page := 0; next != ""; page++ {
		if page == maxAttachmentPages {
			return out, fmt.Errorf("zendesk: attachments of article %d: more than %d pages", articleID, maxAttachmentPages)
		}
		var p articleAttachmentsPage
		if err := c.getJSON(ctx, next, &p); err != nil { // a body not of this shape is ErrMalformed
			return out, fmt.Errorf("attachments of article %d: %w", articleID, err)
		}
		out = append(out, p.ArticleAttachments...)
		next = nextCursorURL(first, p.cursorPage)
		if next == "" && p.NextPage != nil {
			next = *p.NextPage
		}
	}
	return out, nil
}
