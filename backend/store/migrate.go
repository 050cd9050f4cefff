package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Migration is one schema change. Up runs inside its own transaction together with the row
// that records it in schema_migrations, so a migration is applied entirely or not at all.
// Write explicit SQL DDL in Up (not AutoMigrate) so the schema can be reviewed.
type Migration struct {
	Version int
	Name    string
	Up      func(tx *gorm.DB) error
}

// migrations is the ordered list of every schema change. Add ONE line per migration, pointing at
// a func in your own file. Version ranges: 1–9 store (integrations, activity), 10–19 sync
// (records, checkpoints), 20–29 webhooks (inbox), 30+ later. Never edit or renumber a released
// migration; add a new one.
var migrations = []Migration{
	{Version: 1, Name: "integrations and activity", Up: migrateV1IntegrationsActivity},
	{Version: 2, Name: "counted activity entries", Up: migrate2ActivityCounts},
	{Version: 3, Name: "pending clean-up in Zendesk", Up: migrate3PendingCleanup},
	{Version: 4, Name: "last sync attempt apart from last successful sync", Up: migrate4SyncAttempts},
	{Version: 10, Name: "ticket, comment, user, organization and group records", Up: migrateV10Records},
	{Version: 11, Name: "help center records", Up: migrateV11HelpCenter},
	{Version: 12, Name: "sync state", Up: migrateV12SyncState},
	{Version: 13, Name: "ticket and comment search", Up: migrateV13Search},
	{Version: 14, Name: "bulk search indexing", Up: migrateV14BulkSearchIndex},
	{Version: 15, Name: "lean search index", Up: migrateV15LeanSearchIndex},
	{Version: 16, Name: "ticket tags", Up: migrateV16TicketTags},
	{Version: 17, Name: "ticket tags without a per-ticket index", Up: migrateV17DropTicketTagsIndex},
	{Version: 18, Name: "sync state without next_run_at", Up: migrate18DropNextRunAt},
	{Version: 20, Name: "webhook inbox", Up: migrate20WebhookInbox},
	{Version: 21, Name: "webhook ticket versions", Up: migrate21WebhookTicketVersions},
	{Version: 30, Name: "ticket requester index for search", Up: migrate30SearchIndexes},
	{Version: 31, Name: "comment attachments", Up: migrate31Attachments},
	{Version: 32, Name: "ticket fields, forms and brands", Up: migrate32FieldsFormsBrands},
	{Version: 33, Name: "help center article attachments", Up: migrate33ArticleAttachments},
	{Version: 34, Name: "user and organization field values", Up: migrate34PersonFieldValues},
	{Version: 35, Name: "full-text word lists for prefix search", Up: migrate35SearchVocab},
}

// Migrations returns a copy of the registered list (for tests and diagnostics).
func Migrations() []Migration { return append([]Migration(nil), migrations...) }

const createSchemaMigrations = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at DATETIME NOT NULL
)`

// migrate applies, in version order, each migration not yet recorded, each in its own transaction.
func migrate(ctx context.Context, db *gorm.DB, list []Migration, log *slog.Logger) error {
	if err := checkList(list); err != nil {
		return err
	}
	if err := db.WithContext(ctx).Exec(createSchemaMigrations).Error; err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	applied, err := appliedVersions(ctx, sqlDB)
	if err != nil {
		return err
	}
	if err := checkKnown(applied, list); err != nil {
		return err
	}
	for _, m := range sorted(list) {
		if applied[m.Version] {
			continue
		}
		start := time.Now()
		err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			if err := m.Up(tx); err != nil {
				return err
			}
			return tx.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.Version, m.Name, time.Now().UTC()).Error
		})
		if err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
		}
		log.Info("migration applied", "version", m.Version, "name", m.Name, "took_ms", time.Since(start).Milliseconds())
	}
	return nil
}

// appliedVersions reads schema_migrations; a database without the table has none applied.
func appliedVersions(ctx context.Context, conn *sql.DB) (map[int]bool, error) {
	var n int
	err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n)
	if err != nil {
		return nil, fmt.Errorf("reading the schema: %w", err)
	}
	applied := map[int]bool{}
	if n == 0 {
		return applied, nil
	}
	rows, err := conn.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("reading schema_migrations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("reading schema_migrations: %w", err)
		}
		applied[v] = true
	}
	return applied, rows.Err()
}

// checkKnown refuses a database that records a migration this build does not have.
func checkKnown(applied map[int]bool, list []Migration) error {
	known := map[int]bool{}
	for _, m := range list {
		known[m.Version] = true
	}
	var unknown []string
	for v := range applied {
		if !known[v] {
			unknown = append(unknown, fmt.Sprint(v))
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("%w: it has schema version(s) %s that this version does not know; update Zensync (the file was not changed)",
			ErrNewerSchema, strings.Join(unknown, ", "))
	}
	return nil
}

// checkList catches programming mistakes in the registry: duplicate or non-positive versions.
func checkList(list []Migration) error {
	seen := map[int]string{}
	for _, m := range list {
		if m.Version <= 0 || m.Up == nil {
			return fmt.Errorf("migration %d (%s) is malformed", m.Version, m.Name)
		}
		if prev, dup := seen[m.Version]; dup {
			return fmt.Errorf("migration version %d used twice (%q and %q)", m.Version, prev, m.Name)
		}
		seen[m.Version] = m.Name
	}
	return nil
}

func sorted(list []Migration) []Migration {
	out := append([]Migration(nil), list...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Version < out[j-1].Version; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
