package store

import (
	"context"
	"database/sql"
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
	total, rows, err := namePage(ctx, r.db, "users", q, []string{"x.name", "x.email"},
		`SELECT x.integration_id, x.id, x.name, x.email, x.role, coalesce(o.name, ''),
		x.active, x.suspended, x.updated_at FROM users x
		LEFT JOIN organizations o ON o.integration_id = x.integration_id AND o.id = x.organization_id`,
		func(rows *sql.Rows, u *UserRow) error {
			var upd int64
			if err := rows.Scan(&u.IntegrationID, &u.ID, &u.Name, &u.Email, &u.Role, &u.OrganizationName, &u.Active, &u.Suspended, &upd); err != nil {
				return err
			}
			u.UpdatedAt = formatUnix(upd)
			return nil
		})
	return UserPage{Total: total, Rows: rows}, err
}
