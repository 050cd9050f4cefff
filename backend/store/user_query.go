package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

func sortStrings(xs []string) { sort.Strings(xs) }

// listWhere builds the filter of a user or organization list over alias x.
func listWhere(q ListQuery, searchCols ...string) (string, []any) {
	var conds []string
	var args []any
	if q.IntegrationID != "" {
		conds, args = append(conds, "x.integration_id = ?"), append(args, q.IntegrationID)
	}
	if s := strings.TrimSpace(q.Search); s != "" {
		var ors []string
		for _, c := range searchCols {
			ors, args = append(ors, c+" LIKE ? ESCAPE '\\'"), append(args, "%"+escapeLike(s)+"%")
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func (q *ListQuery) clamp() {
	if q.Limit <= 0 || q.Limit > MaxPageSize {
		q.Limit = MaxPageSize
	}
	if q.Offset < 0 {
		q.Offset = 0
	}
}

// Users returns one page of users by name, with their organization's name.
func (r *PeopleReader) Users(ctx context.Context, q ListQuery) (UserPage, error) {
	q.clamp()
	where, args := listWhere(q, "x.name", "x.email")
	out := UserPage{Rows: []UserRow{}}
	if err := r.db.Read().WithContext(ctx).Raw("SELECT count(*) FROM users x"+where, args...).Row().Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting users: %w", err)
	}
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT x.integration_id, x.id, x.name, x.email, x.role, coalesce(o.name, ''),
		x.active, x.suspended, x.updated_at FROM users x
		LEFT JOIN organizations o ON o.integration_id = x.integration_id AND o.id = x.organization_id`+where+
		` ORDER BY x.name COLLATE NOCASE, x.id LIMIT ? OFFSET ?`, append(args, q.Limit, q.Offset)...).Rows()
	if err != nil {
		return out, fmt.Errorf("listing users: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u UserRow
		var upd int64
		if err := rows.Scan(&u.IntegrationID, &u.ID, &u.Name, &u.Email, &u.Role, &u.OrganizationName, &u.Active, &u.Suspended, &upd); err != nil {
			return out, fmt.Errorf("listing users: %w", err)
		}
		u.UpdatedAt = formatUnix(upd)
		out.Rows = append(out.Rows, u)
	}
	return out, rows.Err()
}
