package store

const userInsert = `INSERT INTO users (integration_id, id, name, email, role, organization_id, active, suspended, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

const userSet = `name = excluded.name, email = excluded.email, role = excluded.role,
	organization_id = excluded.organization_id, active = excluded.active, suspended = excluded.suspended,
	created_at = excluded.created_at, updated_at = excluded.updated_at`

func (w *batchWriter) users(us []UserRecord) (int, error) {
	q := userInsert + w.conflict("integration_id, id", userSet, "excluded.updated_at > users.updated_at")
	return w.each(q, len(us), func(i int) []any {
		u := &us[i]
		return []any{w.integ, u.ID, u.Name, u.Email, u.Role, u.OrganizationID, boolInt(u.Active),
			boolInt(u.Suspended), unix(u.CreatedAt), unix(u.UpdatedAt)}
	})
}
