package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// SaveForArticle stores what Zendesk lists for an article (version: the ArticleRef's UpdatedAt),
// in one transaction: new attachments as pending downloads, known ones keep their download
// state, ones no longer listed are dropped (their files stay: other rows may share them), and
// the article is marked listed at that version.
func (r *ArticleAttachmentRepo) SaveForArticle(ctx context.Context, ref ArticleRef, atts []ArticleAttachmentRecord) error {
	now := r.now().Unix()
	err := r.db.Gorm().WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		keep := make([]int64, 0, len(atts))
		for _, a := range atts {
			keep = append(keep, a.ID)
			err := tx.Exec(`INSERT INTO article_attachments (integration_id, id, article_id, file_name, content_url, content_type, size, inline, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT(integration_id, id) DO UPDATE SET article_id = excluded.article_id, file_name = excluded.file_name,
					content_url = excluded.content_url, content_type = excluded.content_type, inline = excluded.inline,
					size = CASE WHEN article_attachments.state = 'downloaded' THEN article_attachments.size ELSE excluded.size END`,
				ref.IntegrationID, a.ID, ref.ArticleID, a.FileName, a.ContentURL, a.ContentType, a.Size, a.Inline, now).Error
			if err != nil {
				return err
			}
		}
		keep = append(keep, 0) // ids are positive: NOT IN never gets an empty list
		err := tx.Exec(`DELETE FROM article_attachments WHERE integration_id = ? AND article_id = ? AND id NOT IN ?`,
			ref.IntegrationID, ref.ArticleID, keep).Error
		if err != nil {
			return err
		}
		return tx.Exec(`INSERT INTO article_attachment_scans (integration_id, article_id, article_updated_at, scanned_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(integration_id, article_id) DO UPDATE SET article_updated_at = excluded.article_updated_at, scanned_at = excluded.scanned_at`,
			ref.IntegrationID, ref.ArticleID, ref.UpdatedAt, now).Error
	})
	if err != nil {
		return fmt.Errorf("saving the attachments of article %d: %w", ref.ArticleID, err)
	}
	return nil
}
