package store

import (
	"testing"
	"time"
)

// TestMigration4KeepsAFailedRunOutOfLastSync builds a database from before migration 4 in which one
// integration's last run succeeded and another's failed, and checks that after the migration
// both runs are the last attempt while only the successful one is a last sync. It reads through
// Read(), whose connections must be opened after the migrations (a reader opened before the
// ALTER TABLE read the new column as NULL).
func TestMigration4KeepsAFailedRunOutOfLastSync(t *testing.T) {
	old, path := openOld(t, migrationsBefore(4))
	at := time.Now().UTC().Truncate(time.Second)
	for _, row := range []struct{ id, lastError string }{{"ok", ""}, {"failed", "Zendesk is offline."}} {
		if err := old.Exec(`INSERT INTO integrations (id, name, capability, domain, status, last_sync_at, last_error, created_at, updated_at)
			VALUES (?, ?, 'helpdesk', 'acme', 'connected', ?, ?, ?, ?)`, row.id, row.id, at, row.lastError, at, at).Error; err != nil {
			t.Fatal(err)
		}
	}
	closePool(old)

	db := openAt(t, path)
	repo := NewIntegrationRepo(db, time.Now)
	for _, tc := range []struct {
		id       string
		lastSync bool
	}{{"ok", true}, {"failed", false}} {
		got, err := repo.Get(t.Context(), tc.id)
		if err != nil {
			t.Fatal(err)
		}
		if got.LastAttemptAt == nil || !got.LastAttemptAt.Equal(at) {
			t.Errorf("%s: last attempt %v, want %v", tc.id, got.LastAttemptAt, at)
		}
		if (got.LastSyncAt != nil) != tc.lastSync {
			t.Errorf("%s: last successful sync %v, want set=%v", tc.id, got.LastSyncAt, tc.lastSync)
		}
	}
}
