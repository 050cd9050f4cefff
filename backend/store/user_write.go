package store

const userInsert = `INSERT INTO users (integration_id, id, name, email, role, organization_id, active, suspended, created_at, updated_at, custom_fields)
`

const userSet = `name = excluded.name, email = excluded.email, role = excluded.role,
	organization_id = excluded.organization_id, active = excluded.active, suspended = excluded.suspended,
	created_at = excluded.created_at, updated_at = excluded.updated_at,
	custom_fields = CASE WHEN excluded.custom_fields <> '' THEN excluded.custom_fields ELSE users.custom_fields END`

func (w *batchWriter) users(us []UserRecord) (int, error) {
	tail := w.conflict("integration_id, id", userSet, "excluded.updated_at > users.updated_at")
	return w.multi(userInsert, 5, tail, len(us), func(i int, r *rowBuf) {
		u := &us[i]
		r.Str(w.integ)
		r.Int(u.ID)
		r.Str(u.Name)
		r.Str(u.Email)
		r.Str(u.Role)
		r.Int(u.OrganizationID)
		r.Bool(u.Active)
		r.Bool(u.Suspended)
		r.Int(unix(u.CreatedAt))
		r.Int(unix(u.UpdatedAt))
		r.Str(u.CustomFields)
	})
}
