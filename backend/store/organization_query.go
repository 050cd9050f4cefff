package store

import (
	"context"
	"fmt"
)

// Organizations returns one page of organizations by name, with how many users each has.
func (r *PeopleReader) Organizations(ctx context.Context, q ListQuery) (OrganizationPage, error) {
	q.clamp()
	where, args := listWhere(q, "x.name", "x.domain_names")
	out := OrganizationPage{Rows: []OrganizationRow{}}
	if err := r.db.Read().WithContext(ctx).Raw("SELECT count(*) FROM organizations x"+where, args...).Row().Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting organizations: %w", err)
	}
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT x.integration_id, x.id, x.name, x.domain_names, x.tags,
		(SELECT count(*) FROM users u WHERE u.integration_id = x.integration_id AND u.organization_id = x.id),
		x.updated_at FROM organizations x`+where+` ORDER BY x.name COLLATE NOCASE, x.id LIMIT ? OFFSET ?`,
		append(args, q.Limit, q.Offset)...).Rows()
	if err != nil {
		return out, fmt.Errorf("listing organizations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var o OrganizationRow
		var domains, tags string
		var upd int64
		if err := rows.Scan(&o.IntegrationID, &o.ID, &o.Name, &domains, &tags, &o.UserCount, &upd); err != nil {
			return out, fmt.Errorf("listing organizations: %w", err)
		}
		o.DomainNames, o.Tags, o.UpdatedAt = splitList(domains), splitList(tags), formatUnix(upd)
		out.Rows = append(out.Rows, o)
	}
	return out, rows.Err()
}
