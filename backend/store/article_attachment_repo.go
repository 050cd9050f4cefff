package store

import (
	"context"
	"database/sql"
	"errors"
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
// background downloader: Pending, SetDownloaded, SetState and Summary mirror AttachmentRepo.
// In the views it returns, TicketID and CommentID are 0.
type ArticleAttachmentRepo struct {
	db  *DB
	now func() time.Time
}

// NewArticleAttachmentRepo returns a repo over db; now stamps updated_at (nil = time.Now).
func NewArticleAttachmentRepo(db *DB, now func() time.Time) *ArticleAttachmentRepo {
	if now == nil {
		now = time.Now
	}
	return &ArticleAttachmentRepo{db: db, now: now}
}

const articleAttachmentColumns = `integration_id, id, 0, 0, file_name, content_url, content_type, size, inline, state, reason, sha256, attempts`

func (r *ArticleAttachmentRepo) list(ctx context.Context, q string, args ...any) ([]AttachmentView, error) {
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT `+articleAttachmentColumns+` FROM article_attachments `+q, args...).Rows()
	if err != nil {
		return nil, fmt.Errorf("reading article attachments: %w", err)
	}
	defer rows.Close()
	out := []AttachmentView{}
	for rows.Next() {
		a, err := scanAttachment(rows)
		if err != nil {
			return nil, fmt.Errorf("reading article attachments: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ForArticle returns an article's attachments, inline images last.
func (r *ArticleAttachmentRepo) ForArticle(ctx context.Context, integrationID string, articleID int64) ([]AttachmentView, error) {
	return r.list(ctx, `WHERE integration_id = ? AND article_id = ? ORDER BY inline, id`, integrationID, articleID)
}

// Get returns one article attachment, or ErrNotFound.
func (r *ArticleAttachmentRepo) Get(ctx context.Context, integrationID string, id int64) (AttachmentView, error) {
	out, err := r.list(ctx, `WHERE integration_id = ? AND id = ?`, integrationID, id)
	if err != nil {
		return AttachmentView{}, err
	}
	if len(out) == 0 {
		return AttachmentView{}, fmt.Errorf("article attachment %d: %w", id, ErrNotFound)
	}
	return out[0], nil
}

// Pending returns up to limit article attachments still to fetch, after (integrationID, id).
func (r *ArticleAttachmentRepo) Pending(ctx context.Context, afterIntegration string, afterID int64, limit int) ([]AttachmentView, error) {
	return r.list(ctx, `WHERE state = ? AND (integration_id > ? OR (integration_id = ? AND id > ?))
		ORDER BY integration_id, id LIMIT ?`, AttachmentPending, afterIntegration, afterIntegration, afterID, limit)
}

// HasFile reports whether some downloaded article attachment is stored under sha.
func (r *ArticleAttachmentRepo) HasFile(ctx context.Context, sha string) (bool, error) {
	var one int
	err := r.db.Read().WithContext(ctx).Raw(`SELECT 1 FROM article_attachments WHERE sha256 = ? AND state = ? LIMIT 1`, sha, AttachmentDownloaded).Row().Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
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
	if err != nil {
		return nil, fmt.Errorf("finding articles to list attachments of: %w", err)
	}
	defer rows.Close()
	out := []ArticleRef{}
	for rows.Next() {
		var a ArticleRef
		if err := rows.Scan(&a.IntegrationID, &a.ArticleID, &a.UpdatedAt); err != nil {
			return nil, fmt.Errorf("finding articles to list attachments of: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
