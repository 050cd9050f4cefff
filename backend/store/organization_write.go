package store

var organizationTable = newTable(upsertSpec{
	table: "organizations", key: "id",
	keepIfEmpty: "custom_fields",
	when:        "excluded.updated_at > organizations.updated_at",
}, func(r *rowBuf, o *OrganizationRecord) {
	r.Int("id", o.ID)
	r.Str("name", o.Name)
	r.Str("domain_names", joinList(o.DomainNames))
	r.Str("tags", joinList(o.Tags))
	r.Int("created_at", unix(o.CreatedAt))
	r.Int("updated_at", unix(o.UpdatedAt))
	r.Str("custom_fields", o.CustomFields)
})
