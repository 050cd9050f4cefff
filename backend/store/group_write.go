package store

var groupUpsert = newUpsert(upsertSpec{
	table: "groups", key: "id",
	set:   "name deleted created_at updated_at",
	when:  "excluded.updated_at > groups.updated_at",
	texts: 2,
})

func (w *batchWriter) groups(gs []GroupRecord) (int, error) {
	return w.upsert(&groupUpsert, len(gs), func(i int, r *rowBuf) {
		g := &gs[i]
		r.Int(g.ID)
		r.Str(g.Name)
		r.Bool(g.Deleted)
		r.Int(unix(g.CreatedAt))
		r.Int(unix(g.UpdatedAt))
	})
}
