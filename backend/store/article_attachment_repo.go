package store

import (
	"context"
	"fmt"
	"time"
)

// ArticleAttachmentRecord is a Help Center article's file as Zendesk lists it.
type ArticleAttachmentRecord struct {
	ID          int64
	FileName    string
	ContentURL  string
	ContentType string
	Size        int64
	Inline      bool
}

// ArticleRef names an article whose attachments are to be listed, and the version (its newest
// updated_at over its locales, unix seconds) that listing is for.
type ArticleRef struct {
	IntegrationID string
	ArticleID     int64
	UpdatedAt     int64
}

// ArticleAttachmentRepo keeps Help Center article attachments, linked to their articles, and
// their download state (the same states as comment attachments). It is a second queue of the
// background downloader, sharing Pending, Get, HasFile, SetDownloaded and SetState with
// AttachmentRepo (see downloadQueue). In the views it returns, TicketID and CommentID are 0.
type ArticleAttachmentRepo struct {
	downloadQueue
}

// NewArticleAttachmentRepo returns a repo over db; now stamps updated_at (nil = time.Now).
func NewArticleAttachmentRepo(db *DB, now func() time.Time) *ArticleAttachmentRepo {
	return &ArticleAttachmentRepo{articleAttachments(db, now)}
}

// ForArticle returns an article's attachments, inline images last.
func (r *ArticleAttachmentRepo) ForArticle(ctx context.Context, integrationID string, articleID int64) ([]AttachmentView, error) {
	return r.list(ctx, `WHERE integration_id = ? AND article_id = ? ORDER BY inline, id`, integrationID, articleID)
}

// Summary counts article attachments by state. UsedBytes counts only files no comment
// attachment uses (AttachmentRepo.Summary counts those), so the two add up to the folder's use.
func (r *ArticleAttachmentRepo) Summary(ctx context.Context) (AttachmentSummary, error) {
	var s AttachmentSummary
	read := r.db.Read().WithContext(ctx)
	err := read.Raw(`SELECT coalesce(sum(state = ?), 0), coalesce(sum(state = ?), 0), coalesce(sum(state = ?), 0), coalesce(sum(state = ?), 0)
		FROM article_attachments`, AttachmentPending, AttachmentDownloaded, AttachmentTooLarge, AttachmentFailed).Row().
		Scan(&s.Pending, &s.Downloaded, &s.TooLarge, &s.Failed)
	if err != nil {
		return s, fmt.Errorf("counting article attachments: %w", err)
	}
	err = read.Raw(`SELECT coalesce(sum(size), 0) FROM
		(SELECT max(a.size) AS size FROM article_attachments a WHERE a.state = ?
			AND NOT EXISTS (SELECT 1 FROM attachments c WHERE c.sha256 = a.sha256 AND c.state = ?)
		GROUP BY a.sha256)`, AttachmentDownloaded, AttachmentDownloaded).Row().Scan(&s.UsedBytes)
	if err != nil {
		return s, fmt.Errorf("summing article attachment sizes: %w", err)
	}
	return s, nil
}

// Unscanned returns up to limit articles (after (afterIntegration, afterID)) whose attachments
// were never listed, or were listed for an older version of the article.
func (r *ArticleAttachmentRepo) Unscanned(ctx context.Context, afterIntegration string, afterID int64, limit int) ([]ArticleRef, error) {
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT a.integration_id, a.id, max(a.updated_at) FROM hc_articles a
		LEFT JOIN article_attachment_scans s ON s.integration_id = a.integration_id AND s.article_id = a.id
		WHERE a.integration_id > ? OR (a.integration_id = ? AND a.id > ?)
		GROUP BY a.integration_id, a.id
		HAVING max(s.article_updated_at) IS NULL OR max(a.updated_at) > max(s.article_updated_at)
		ORDER BY a.integration_id, a.id LIMIT ?`, afterIntegration, afterIntegration, afterID, limit).Rows()
	out, err := collect(rows, err, func(row interface{ Scan(...any) error }) (ArticleRef, error) {
		var a ArticleRef
		err := row.Scan(&a.IntegrationID, &a.ArticleID, &a.UpdatedAt)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("finding articles to list attachments of: %w", err)
	}
	return out, nil
}
