package store

var organizationUpsert = newUpsert(upsertSpec{
	table: "organizations", key: "id",
	set:         "name domain_names tags created_at updated_at",
	keepIfEmpty: "custom_fields",
	when:        "excluded.updated_at > organizations.updated_at",
	texts:       5,
})

func (w *batchWriter) organizations(os []OrganizationRecord) (int, error) {
	return w.upsert(&organizationUpsert, len(os), func(i int, r *rowBuf) {
		o := &os[i]
		r.Int(o.ID)
		r.Str(o.Name)
		r.Str(joinList(o.DomainNames))
		r.Str(joinList(o.Tags))
		r.Int(unix(o.CreatedAt))
		r.Int(unix(o.UpdatedAt))
		r.Str(o.CustomFields)
	})
}
