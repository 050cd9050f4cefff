//go:build !noprepared

package store

import (
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"zensync/backend/testenv"
)

// When the driver connection is out of reach, batches still store everything through
// database/sql, and the fallback is logged once per database, not once per batch.
func TestPreparedWritesFallBackWithOneWarning(t *testing.T) {
	var logs testenv.Buffer
	ctx := t.Context()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "zensync.db"), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	repo := NewRecordRepo(db, nil)
	tries := 0
	repo.rawOf = func(any) (*rawConn, error) { tries++; return nil, errNoRawConn }
	for i := range 3 {
		if n, err := repo.ApplyTickets(ctx, "i1", []TicketRecord{ticket(int64(i+1), "fallback", t0)}); err != nil || n != 1 {
			t.Fatalf("batch %d: %d, %v", i, n, err)
		}
	}
	if tries != 3 {
		t.Errorf("the handle was tried %d times, want once per batch (3)", tries)
	}
	var stored int64
	if err := db.Read().Raw(`SELECT count(*) FROM tickets WHERE integration_id = 'i1'`).Scan(&stored).Error; err != nil || stored != 3 {
		t.Errorf("stored %d tickets (%v), want 3", stored, err)
	}
	if got := strings.Count(logs.String(), "fall back to re-parsed statements"); got != 1 {
		t.Errorf("logged the fallback %d times, want once:\n%s", got, logs.String())
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "component=store") {
		t.Errorf("the fallback is not a store warning:\n%s", logs.String())
	}
}
