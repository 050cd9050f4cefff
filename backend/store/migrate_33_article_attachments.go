package store

import "gorm.io/gorm"

// migrate33ArticleAttachments creates article_attachments: one row per Help Center article
// attachment Zendesk lists, linked to its article, with the background download's state as in
// attachments (migration 31); and article_attachment_scans: which version (updated_at) of each
// article its attachments were last listed for, so only changed articles are listed again. When
// the last locale of an article is deleted (or the integration's data), its rows go too.
func migrate33ArticleAttachments(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE article_attachments (
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			article_id     INTEGER NOT NULL,
			file_name      TEXT NOT NULL DEFAULT '',
			content_url    TEXT NOT NULL DEFAULT '',
			content_type   TEXT NOT NULL DEFAULT '',
			size           INTEGER NOT NULL DEFAULT 0,
			inline         INTEGER NOT NULL DEFAULT 0,
			state          TEXT NOT NULL DEFAULT 'pending',
			reason         TEXT NOT NULL DEFAULT '',
			sha256         TEXT NOT NULL DEFAULT '',
			attempts       INTEGER NOT NULL DEFAULT 0,
			updated_at     INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id)
		) WITHOUT ROWID`,
		`CREATE INDEX article_attachments_article ON article_attachments (integration_id, article_id)`,
		`CREATE INDEX article_attachments_state ON article_attachments (state, integration_id, id)`,
		`CREATE INDEX article_attachments_sha ON article_attachments (sha256) WHERE sha256 <> ''`,
		`CREATE TABLE article_attachment_scans (
			integration_id     TEXT NOT NULL,
			article_id         INTEGER NOT NULL,
			article_updated_at INTEGER NOT NULL,
			scanned_at         INTEGER NOT NULL,
			PRIMARY KEY (integration_id, article_id)
		) WITHOUT ROWID`,
		`CREATE TRIGGER hc_articles_attachments_gone AFTER DELETE ON hc_articles
		WHEN NOT EXISTS (SELECT 1 FROM hc_articles WHERE integration_id = old.integration_id AND id = old.id)
		BEGIN
			DELETE FROM article_attachments WHERE integration_id = old.integration_id AND article_id = old.id;
			DELETE FROM article_attachment_scans WHERE integration_id = old.integration_id AND article_id = old.id;
		END`,
	)
}
