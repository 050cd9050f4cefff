package store

const groupInsert = `INSERT INTO groups (integration_id, id, name, deleted, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`

const groupSet = `name = excluded.name, deleted = excluded.deleted, created_at = excluded.created_at, updated_at = excluded.updated_at`

func (w *batchWriter) groups(gs []GroupRecord) (int, error) {
	q := groupInsert + w.conflict("integration_id, id", groupSet, "excluded.updated_at > groups.updated_at")
	return w.each(q, len(gs), func(i int) []any {
		g := &gs[i]
		return []any{w.integ, g.ID, g.Name, boolInt(g.Deleted), unix(g.CreatedAt), unix(g.UpdatedAt)}
	})
}
