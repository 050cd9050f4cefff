package store

import (
	"strings"
	"testing"
)

func TestRecordDumpTakesOnlyRecordTables(t *testing.T) {
	r := NewTicketReader(openTemp(t), nil)
	ctx := t.Context()
	for _, table := range []string{"integrations", "sync_state", "tickets; DROP TABLE tickets", ""} {
		t.Run("refuses "+table, func(t *testing.T) {
			err := r.EachRecord(ctx, "i1", table, func([]string, []any) error { return nil })
			if err == nil || !strings.Contains(err.Error(), "not a record table") {
				t.Fatalf("EachRecord(%q) = %v", table, err)
			}
			if _, err := r.CountRecords(ctx, "i1", table); err == nil {
				t.Fatalf("CountRecords(%q) accepted", table)
			}
		})
	}
	for _, table := range DumpTables {
		t.Run("reads "+table, func(t *testing.T) {
			if err := r.EachRecord(ctx, "i1", table, func([]string, []any) error { return nil }); err != nil {
				t.Fatal(err)
			}
		})
	}
}
