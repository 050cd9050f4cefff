package store

var groupTable = newTable(upsertSpec{
	table: "groups", key: "id",
	when: "excluded.updated_at > groups.updated_at",
}, func(r *rowBuf, g *GroupRecord) {
	r.Int("id", g.ID)
	r.Str("name", g.Name)
	r.Bool("deleted", g.Deleted)
	r.Int("created_at", unix(g.CreatedAt))
	r.Int("updated_at", unix(g.UpdatedAt))
})
