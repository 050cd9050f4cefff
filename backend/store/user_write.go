package store

var userTable = newTable(upsertSpec{
	table: "users", key: "id",
	keepIfEmpty: "custom_fields",
	when:        "excluded.updated_at > users.updated_at",
}, func(r *rowBuf, u *UserRecord) {
	r.Int("id", u.ID)
	r.Str("name", u.Name)
	r.Str("email", u.Email)
	r.Str("role", u.Role)
	r.Int("organization_id", u.OrganizationID)
	r.Bool("active", u.Active)
	r.Bool("suspended", u.Suspended)
	r.Int("created_at", unix(u.CreatedAt))
	r.Int("updated_at", unix(u.UpdatedAt))
	r.Str("custom_fields", u.CustomFields)
})
