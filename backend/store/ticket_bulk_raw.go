package store

import "strings"

// rawChunkRows is how many rows one prepared multi-row statement writes. The statement is
// prepared once per batch and size, so larger chunks only save steps; every value is bound.
const rawChunkRows = 256

// multiRaw is multi through the batch's prepared statements (see rawConn): chunks of
// rawChunkRows rows share one statement, the remainder gets one of its own.
func (w *batchWriter) multiRaw(head, tail string, n int, row func(i int, r *rowBuf)) (int, error) {
	changed := 0
	err := w.conn.Raw(func(any) error {
		r := &rowBuf{raw: true}
		for start := 0; start < n; start += rawChunkRows {
			if err := w.ctx.Err(); err != nil {
				return err
			}
			end := min(start+rawChunkRows, n)
			r.vals = r.vals[:0]
			for i := start; i < end; i++ {
				row(i, r)
			}
			p, err := w.raw.prepare(rawInsertSQL(head, tail, end-start, len(r.vals)/(end-start)))
			if err != nil {
				return err
			}
			k, err := w.raw.exec(p, r.vals)
			changed += k
			if err != nil {
				return err
			}
		}
		return nil
	})
	return changed, err
}

// rawInsertSQL is "head VALUES (?,…),(?,…)… tail" for rows rows of cols values.
func rawInsertSQL(head, tail string, rows, cols int) string {
	var b strings.Builder
	one := "(" + strings.Repeat("?,", cols-1) + "?)"
	b.Grow(len(head) + len(tail) + rows*(len(one)+1) + 16)
	b.WriteString(head)
	b.WriteString(" VALUES ")
	for i := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(one)
	}
	b.WriteString(tail)
	return b.String()
}
