package store

import (
	"context"
	"fmt"
	"slices"
)

// DumpTables are the record tables a whole-integration export writes, in the order it writes them.
var DumpTables = []string{"tickets", "comments", "users", "organizations", "groups", "hc_categories", "hc_sections", "hc_articles"}

// dumpSkip are columns that are Zensync's own bookkeeping, not Zendesk data.
var dumpSkip = map[string]bool{"pk": true, "integration_id": true, "generated_timestamp": true}

// CountRecords returns how many rows of table (one of DumpTables) belong to integrationID.
func (r *TicketReader) CountRecords(ctx context.Context, integrationID, table string) (int64, error) {
	if !slices.Contains(DumpTables, table) {
		return 0, fmt.Errorf("counting %q: not a record table", table)
	}
	var n int64
	err := r.db.Read().WithContext(ctx).Raw("SELECT count(*) FROM "+table+" WHERE integration_id = ?", integrationID).Row().Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("counting %s: %w", table, err)
	}
	return n, nil
}

// EachRecord calls fn with every stored row of table (one of DumpTables) for integrationID, in
// id order, one at a time: the column names (bookkeeping columns left out) and the values as
// SQLite gives them (int64, float64, string, []byte or nil). cols and vals are reused between
// calls. An error from fn stops the walk and is returned as is.
func (r *TicketReader) EachRecord(ctx context.Context, integrationID, table string, fn func(cols []string, vals []any) error) error {
	if !slices.Contains(DumpTables, table) {
		return fmt.Errorf("reading %q: not a record table", table)
	}
	rows, err := r.db.Read().WithContext(ctx).Raw("SELECT * FROM "+table+" WHERE integration_id = ? ORDER BY id", integrationID).Rows()
	if err != nil {
		return fmt.Errorf("reading %s: %w", table, err)
	}
	defer rows.Close()
	all, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("reading %s: %w", table, err)
	}
	raw := make([]any, len(all))
	ptrs := make([]any, len(all))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	var cols []string
	var keep []int
	for i, c := range all {
		if !dumpSkip[c] {
			cols, keep = append(cols, c), append(keep, i)
		}
	}
	vals := make([]any, len(keep))
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("reading %s: %w", table, err)
		}
		for j, i := range keep {
			vals[j] = raw[i]
		}
		if err := fn(cols, vals); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", table, err)
	}
	return nil
}

// SchemaVersion returns the newest applied migration: the shape of the rows EachRecord gives.
func (r *TicketReader) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := r.db.Read().WithContext(ctx).Raw(`SELECT coalesce(max(version), 0) FROM schema_migrations`).Row().Scan(&v); err != nil {
		return 0, fmt.Errorf("reading the schema version: %w", err)
	}
	return v, nil
}
