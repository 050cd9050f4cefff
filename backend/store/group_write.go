package store

const groupInsert = `INSERT INTO groups (integration_id, id, name, deleted, created_at, updated_at)`

const groupSet = `name = excluded.name, deleted = excluded.deleted, created_at = excluded.created_at, updated_at = excluded.updated_at`

func (w *batchWriter) groups(gs []GroupRecord) (int, error) {
	tail := w.conflict("integration_id, id", groupSet, "excluded.updated_at > groups.updated_at")
	return w.multi(groupInsert, 2, tail, len(gs), func(i int, r *rowBuf) {
		g := &gs[i]
		r.Str(w.integ)
		r.Int(g.ID)
		r.Str(g.Name)
		r.Bool(g.Deleted)
		r.Int(unix(g.CreatedAt))
		r.Int(unix(g.UpdatedAt))
	})
}
