package store

const orgInsert = `INSERT INTO organizations (integration_id, id, name, domain_names, tags, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?)`

const orgSet = `name = excluded.name, domain_names = excluded.domain_names, tags = excluded.tags,
	created_at = excluded.created_at, updated_at = excluded.updated_at`

func (w *batchWriter) organizations(os []OrganizationRecord) (int, error) {
	q := orgInsert + w.conflict("integration_id, id", orgSet, "excluded.updated_at > organizations.updated_at")
	return w.each(q, len(os), func(i int) []any {
		o := &os[i]
		return []any{w.integ, o.ID, o.Name, joinList(o.DomainNames), joinList(o.Tags), unix(o.CreatedAt), unix(o.UpdatedAt)}
	})
}
