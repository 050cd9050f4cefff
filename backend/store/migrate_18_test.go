package store

import (
	"testing"
)

func TestNextRunAtIsDroppedAndTheCheckpointsStay(t *testing.T) {
	old, path := openOld(t, migrationsBefore(18))
	for _, q := range []string{
		`INSERT INTO integrations (id, name, capability, domain, pull_record_by, created_at, updated_at) VALUES ('i', 'i', 'helpdesk', 'acme', 'updated_time', 0, 0)`,
		`INSERT INTO sync_state (integration_id, stream, checkpoint, mode, next_run_at) VALUES ('i', 'tickets', 'cursor-1', 'updated_time', 123)`,
	} {
		if err := old.Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
	closePool(old)

	db := openAt(t, path)
	var cols []struct{ Name string }
	if err := db.Read().Raw(`SELECT name FROM pragma_table_info('sync_state')`).Scan(&cols).Error; err != nil {
		t.Fatal(err)
	}
	for _, c := range cols {
		if c.Name == "next_run_at" {
			t.Fatal("sync_state still has next_run_at")
		}
	}
	st, err := NewRecordRepo(db, nil).SyncState(t.Context(), "i", "tickets")
	if err != nil || st.Checkpoint != "cursor-1" || st.Mode != "updated_time" {
		t.Fatalf("sync state after the migration = %+v, %v", st, err)
	}
}
