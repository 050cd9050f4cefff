package store

var userUpsert = newUpsert(upsertSpec{
	table: "users", key: "id",
	set:         "name email role organization_id active suspended created_at updated_at",
	keepIfEmpty: "custom_fields",
	when:        "excluded.updated_at > users.updated_at",
	texts:       5,
})

func (w *batchWriter) users(us []UserRecord) (int, error) {
	return w.upsert(&userUpsert, len(us), func(i int, r *rowBuf) {
		u := &us[i]
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
