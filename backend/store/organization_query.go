package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Organizations returns one page of organizations by name, with how many users each has.
func (r *PeopleReader) Organizations(ctx context.Context, q ListQuery) (OrganizationPage, error) {
	total, rows, err := namePage(ctx, r.db, "organizations", q, []string{"x.name", "x.domain_names"},
		`SELECT x.integration_id, x.id, x.name, x.domain_names, x.tags,
		(SELECT count(*) FROM users u WHERE u.integration_id = x.integration_id AND u.organization_id = x.id),
		x.updated_at FROM organizations x`,
		func(rows *sql.Rows, o *OrganizationRow) error {
			var domains, tags string
			var upd int64
			if err := rows.Scan(&o.IntegrationID, &o.ID, &o.Name, &domains, &tags, &o.UserCount, &upd); err != nil {
				return err
			}
			o.DomainNames, o.Tags, o.UpdatedAt = splitList(domains), splitList(tags), formatUnix(upd)
			return nil
		})
	return OrganizationPage{Total: total, Rows: rows}, err
}

// namePage reads one page, by name, of the directory list of table (alias x): how many rows q
// matches (searching searchCols) and the page of rows that sel (a SELECT up to its FROM and
// joins) reads, each read by scan.
func namePage[R any](ctx context.Context, db *DB, table string, q ListQuery, searchCols []string, sel string, scan func(*sql.Rows, *R) error) (int64, []R, error) {
	q.clamp()
	where, args := listWhere(q, searchCols...)
	var total int64
	out := []R{}
	if err := db.Read().WithContext(ctx).Raw("SELECT count(*) FROM "+table+" x"+where, args...).Row().Scan(&total); err != nil {
		return total, out, fmt.Errorf("counting %s: %w", table, err)
	}
	rows, err := db.Read().WithContext(ctx).Raw(sel+where+` ORDER BY x.name COLLATE NOCASE, x.id LIMIT ? OFFSET ?`,
		append(args, q.Limit, q.Offset)...).Rows()
	if err != nil {
		return total, out, fmt.Errorf("listing %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var x R
		if err := scan(rows, &x); err != nil {
			return total, out, fmt.Errorf("listing %s: %w", table, err)
		}
		out = append(out, x)
	}
	return total, out, rows.Err()
}
