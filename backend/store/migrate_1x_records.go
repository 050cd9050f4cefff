package store

import "gorm.io/gorm"

// Record tables (migrations 10–13). Times are INTEGER unix seconds (Zendesk's granularity), so
// they sort and compare cheaply; ids are Zendesk's 64-bit ids, unique per integration. Tickets
// and comments carry an INTEGER PRIMARY KEY pk that the full-text index uses as its rowid.
// Tags are stored space-joined with a leading and trailing space (" a b "), so a tag filter is
// `tags LIKE '% a %'`.

func migrateV10Records(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE tickets (
			pk                  INTEGER PRIMARY KEY,
			integration_id      TEXT NOT NULL,
			id                  INTEGER NOT NULL,
			subject             TEXT NOT NULL DEFAULT '',
			description         TEXT NOT NULL DEFAULT '',
			status              TEXT NOT NULL DEFAULT '',
			priority            TEXT NOT NULL DEFAULT '',
			type                TEXT NOT NULL DEFAULT '',
			requester_id        INTEGER NOT NULL DEFAULT 0,
			submitter_id        INTEGER NOT NULL DEFAULT 0,
			assignee_id         INTEGER NOT NULL DEFAULT 0,
			organization_id     INTEGER NOT NULL DEFAULT 0,
			group_id            INTEGER NOT NULL DEFAULT 0,
			tags                TEXT NOT NULL DEFAULT '',
			via_channel         TEXT NOT NULL DEFAULT '',
			created_at          INTEGER NOT NULL DEFAULT 0,
			updated_at          INTEGER NOT NULL DEFAULT 0,
			generated_timestamp INTEGER NOT NULL DEFAULT 0,
			deleted             INTEGER NOT NULL DEFAULT 0,
			merged_into         INTEGER NOT NULL DEFAULT 0,
			UNIQUE (integration_id, id)
		)`,
		`CREATE INDEX tickets_updated ON tickets (updated_at DESC, id DESC)`,
		`CREATE INDEX tickets_created ON tickets (created_at DESC, id DESC)`,
		`CREATE INDEX tickets_integ_updated ON tickets (integration_id, updated_at DESC, id DESC)`,
		`CREATE INDEX tickets_integ_created ON tickets (integration_id, created_at DESC, id DESC)`,
		`CREATE INDEX tickets_assignee ON tickets (assignee_id, updated_at DESC)`,
		`CREATE INDEX tickets_org ON tickets (organization_id, updated_at DESC)`,
		`CREATE INDEX tickets_status ON tickets (status, updated_at DESC)`,
		`CREATE TABLE comments (
			pk             INTEGER PRIMARY KEY,
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			ticket_id      INTEGER NOT NULL,
			author_id      INTEGER NOT NULL DEFAULT 0,
			public         INTEGER NOT NULL DEFAULT 1,
			body           TEXT NOT NULL DEFAULT '',
			html_body      TEXT NOT NULL DEFAULT '',
			created_at     INTEGER NOT NULL DEFAULT 0,
			UNIQUE (integration_id, id)
		)`,
		`CREATE INDEX comments_ticket ON comments (integration_id, ticket_id, created_at)`,
		`CREATE TABLE users (
			integration_id  TEXT NOT NULL,
			id              INTEGER NOT NULL,
			name            TEXT NOT NULL DEFAULT '',
			email           TEXT NOT NULL DEFAULT '',
			role            TEXT NOT NULL DEFAULT '',
			organization_id INTEGER NOT NULL DEFAULT 0,
			active          INTEGER NOT NULL DEFAULT 1,
			suspended       INTEGER NOT NULL DEFAULT 0,
			created_at      INTEGER NOT NULL DEFAULT 0,
			updated_at      INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id)
		) WITHOUT ROWID`,
		`CREATE INDEX users_name ON users (name COLLATE NOCASE)`,
		`CREATE INDEX users_org ON users (integration_id, organization_id)`,
		`CREATE TABLE organizations (
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			name           TEXT NOT NULL DEFAULT '',
			domain_names   TEXT NOT NULL DEFAULT '',
			tags           TEXT NOT NULL DEFAULT '',
			created_at     INTEGER NOT NULL DEFAULT 0,
			updated_at     INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id)
		) WITHOUT ROWID`,
		`CREATE INDEX organizations_name ON organizations (name COLLATE NOCASE)`,
		`CREATE TABLE groups (
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			name           TEXT NOT NULL DEFAULT '',
			deleted        INTEGER NOT NULL DEFAULT 0,
			created_at     INTEGER NOT NULL DEFAULT 0,
			updated_at     INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id)
		) WITHOUT ROWID`,
	)
}

func migrateV11HelpCenter(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE hc_categories (
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			locale         TEXT NOT NULL DEFAULT '',
			name           TEXT NOT NULL DEFAULT '',
			description    TEXT NOT NULL DEFAULT '',
			position       INTEGER NOT NULL DEFAULT 0,
			html_url       TEXT NOT NULL DEFAULT '',
			updated_at     INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id, locale)
		) WITHOUT ROWID`,
		`CREATE TABLE hc_sections (
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			locale         TEXT NOT NULL DEFAULT '',
			category_id    INTEGER NOT NULL DEFAULT 0,
			name           TEXT NOT NULL DEFAULT '',
			description    TEXT NOT NULL DEFAULT '',
			position       INTEGER NOT NULL DEFAULT 0,
			html_url       TEXT NOT NULL DEFAULT '',
			updated_at     INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id, locale)
		) WITHOUT ROWID`,
		`CREATE TABLE hc_articles (
			integration_id TEXT NOT NULL,
			id             INTEGER NOT NULL,
			locale         TEXT NOT NULL DEFAULT '',
			section_id     INTEGER NOT NULL DEFAULT 0,
			author_id      INTEGER NOT NULL DEFAULT 0,
			title          TEXT NOT NULL DEFAULT '',
			body           TEXT NOT NULL DEFAULT '',
			draft          INTEGER NOT NULL DEFAULT 0,
			position       INTEGER NOT NULL DEFAULT 0,
			label_names    TEXT NOT NULL DEFAULT '',
			html_url       TEXT NOT NULL DEFAULT '',
			created_at     INTEGER NOT NULL DEFAULT 0,
			updated_at     INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, id, locale)
		) WITHOUT ROWID`,
		`CREATE INDEX hc_articles_section ON hc_articles (integration_id, section_id, position)`,
	)
}

func migrateV12SyncState(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE sync_state (
			integration_id    TEXT NOT NULL,
			stream            TEXT NOT NULL,
			checkpoint        TEXT NOT NULL DEFAULT '',
			mode              TEXT NOT NULL DEFAULT '',
			next_run_at       INTEGER NOT NULL DEFAULT 0,
			error_count       INTEGER NOT NULL DEFAULT 0,
			last_error        TEXT NOT NULL DEFAULT '',
			retry_after_until INTEGER NOT NULL DEFAULT 0,
			records           INTEGER NOT NULL DEFAULT 0,
			pages             INTEGER NOT NULL DEFAULT 0,
			updated_at        INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (integration_id, stream)
		) WITHOUT ROWID`,
	)
}

// The triggers that keep the full-text indexes current on update and delete, as migration 13
// created them and migration 15 created them again over its rebuilt indexes.
const (
	ticketsFTSDeleteTrigger = `CREATE TRIGGER tickets_fts_ad AFTER DELETE ON tickets BEGIN
			INSERT INTO tickets_fts (tickets_fts, rowid, subject, description) VALUES ('delete', old.pk, old.subject, old.description);
		END`
	ticketsFTSUpdateTrigger = `CREATE TRIGGER tickets_fts_au AFTER UPDATE OF subject, description ON tickets
		WHEN old.subject IS NOT new.subject OR old.description IS NOT new.description BEGIN
			INSERT INTO tickets_fts (tickets_fts, rowid, subject, description) VALUES ('delete', old.pk, old.subject, old.description);
			INSERT INTO tickets_fts (rowid, subject, description) VALUES (new.pk, new.subject, new.description);
		END`
	commentsFTSDeleteTrigger = `CREATE TRIGGER comments_fts_ad AFTER DELETE ON comments BEGIN
			INSERT INTO comments_fts (comments_fts, rowid, body) VALUES ('delete', old.pk, old.body);
		END`
	commentsFTSUpdateTrigger = `CREATE TRIGGER comments_fts_au AFTER UPDATE OF body ON comments WHEN old.body IS NOT new.body BEGIN
			INSERT INTO comments_fts (comments_fts, rowid, body) VALUES ('delete', old.pk, old.body);
			INSERT INTO comments_fts (rowid, body) VALUES (new.pk, new.body);
		END`
)

// migrateV13Search adds external-content FTS5 indexes over ticket subjects and descriptions and
// over comment bodies, kept current by triggers (so bulk inserts stay inside SQLite).
func migrateV13Search(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE VIRTUAL TABLE tickets_fts USING fts5(subject, description, content='tickets', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')`,
		`CREATE TRIGGER tickets_fts_ai AFTER INSERT ON tickets BEGIN
			INSERT INTO tickets_fts (rowid, subject, description) VALUES (new.pk, new.subject, new.description);
		END`,
		ticketsFTSDeleteTrigger,
		ticketsFTSUpdateTrigger,
		`CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='comments', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')`,
		`CREATE TRIGGER comments_fts_ai AFTER INSERT ON comments BEGIN
			INSERT INTO comments_fts (rowid, body) VALUES (new.pk, new.body);
		END`,
		commentsFTSDeleteTrigger,
		commentsFTSUpdateTrigger,
	)
}

// migrateV14BulkSearchIndex drops the per-row insert triggers of migration 13: RecordRepo.Apply
// now indexes the rows each batch inserts with one statement per table, which is an order of
// magnitude faster with FTS5. Update and delete triggers stay.
func migrateV14BulkSearchIndex(tx *gorm.DB) error {
	return execAll(tx,
		`DROP TRIGGER IF EXISTS tickets_fts_ai`,
		`DROP TRIGGER IF EXISTS comments_fts_ai`,
	)
}

// migrateV15LeanSearchIndex rebuilds both full-text indexes with detail=none and columnsize=0:
// searches are AND-ed single words (see MatchQuery), which need neither positions nor column
// sizes, and the lean index costs far less to write during a sync.
func migrateV15LeanSearchIndex(tx *gorm.DB) error {
	return execAll(tx,
		`DROP TRIGGER IF EXISTS tickets_fts_ad`,
		`DROP TRIGGER IF EXISTS tickets_fts_au`,
		`DROP TRIGGER IF EXISTS comments_fts_ad`,
		`DROP TRIGGER IF EXISTS comments_fts_au`,
		`DROP TABLE IF EXISTS tickets_fts`,
		`DROP TABLE IF EXISTS comments_fts`,
		`CREATE VIRTUAL TABLE tickets_fts USING fts5(subject, description, content='tickets', content_rowid='pk',
			detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 2')`,
		`CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='comments', content_rowid='pk',
			detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 2')`,
		`INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')`,
		`INSERT INTO comments_fts (comments_fts) VALUES ('rebuild')`,
		ticketsFTSDeleteTrigger,
		ticketsFTSUpdateTrigger,
		commentsFTSDeleteTrigger,
		commentsFTSUpdateTrigger,
	)
}
