package store

import "gorm.io/gorm"

// migrate35SearchVocab adds read-only views of the full-text indexes' word lists (fts5vocab: no
// storage of their own, nothing to keep up to date), so a search's last word, typed as a prefix,
// is spelled out as the indexed words it starts (see expandPrefix).
func migrate35SearchVocab(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE VIRTUAL TABLE IF NOT EXISTS tickets_fts_vocab USING fts5vocab(tickets_fts, 'row')`,
		`CREATE VIRTUAL TABLE IF NOT EXISTS comments_fts_vocab USING fts5vocab(comments_fts, 'row')`,
	)
}
