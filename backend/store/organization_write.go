package store

const orgInsert = `INSERT INTO organizations (integration_id, id, name, domain_names, tags, created_at, updated_at, custom_fields)
`

const orgSet = `name = excluded.name, domain_names = excluded.domain_names, tags = excluded.tags,
	created_at = excluded.created_at, updated_at = excluded.updated_at,
	custom_fields = CASE WHEN excluded.custom_fields <> '' THEN excluded.custom_fields ELSE organizations.custom_fields END`

func (w *batchWriter) organizations(os []OrganizationRecord) (int, error) {
	tail := w.conflict("integration_id, id", orgSet, "excluded.updated_at > organizations.updated_at")
	return w.multi(orgInsert, 5, tail, len(os), func(i int, r *rowBuf) {
		o := &os[i]
		r.Str(w.integ)
		r.Int(o.ID)
		r.Str(o.Name)
		r.Str(joinList(o.DomainNames))
		r.Str(joinList(o.Tags))
		r.Int(unix(o.CreatedAt))
		r.Int(unix(o.UpdatedAt))
		r.Str(o.CustomFields)
	})
}
