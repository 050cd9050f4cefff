package store

import (
	"strconv"
)

// The sqlite driver parses a statement on every execution, binds parameters in time quadratic
// in their number, and FTS5 flushes its pending index at the end of every statement once it
// takes part in a transaction. So rows are written with multi-row INSERT statements of bounded
// size, integers are written into the SQL text as literals (only text is bound), and the search
// index is filled with one INSERT … SELECT per table at the end of each batch (indexNewRows).

// Bounds of one multi-row statement.
const (
	maxChunkRows   = 200
	maxChunkParams = 256
)

// rowBuf builds the VALUES list of one statement, or (raw) collects every value to bind.
type rowBuf struct {
	sql   []byte
	args  []any
	first bool // the next value is the first of its row
	raw   bool
	vals  []rawVal
	// describing: the row is only read for its columns (see newTable), collected with vals.
	describing bool
	cols       []string
}

func (r *rowBuf) sep() {
	if !r.first {
		r.sql = append(r.sql, ',')
	}
	r.first = false
}

// Int appends column col's integer, as a literal.
func (r *rowBuf) Int(col string, v int64) {
	if r.raw {
		r.rawVal(col, rawVal{i: v})
		return
	}
	r.sep()
	r.sql = strconv.AppendInt(r.sql, v, 10)
}

// Bool appends column col's 1 or 0.
func (r *rowBuf) Bool(col string, b bool) { r.Int(col, int64(boolInt(b))) }

// Str appends column col's text, as a bound parameter.
func (r *rowBuf) Str(col, s string) {
	if r.raw {
		r.rawVal(col, rawVal{s: s, isText: true})
		return
	}
	r.sep()
	r.sql = append(r.sql, '?')
	r.args = append(r.args, s)
}

func (r *rowBuf) rawVal(col string, v rawVal) {
	r.vals = append(r.vals, v)
	if r.describing {
		r.cols = append(r.cols, col)
	}
}

// multi writes n rows with statements "head VALUES (…),(…)… tail"; row(i, r) appends row i's
// values. texts is how many text values a row has (to bound the parameters per statement).
// It returns the rows changed.
func (w *batchWriter) multi(head string, texts int, tail string, n int, row func(i int, r *rowBuf)) (int, error) {
	if n == 0 {
		return 0, nil
	}
	if w.raw != nil {
		return w.multiRaw(head, tail, n, row)
	}
	chunk := maxChunkRows
	if texts > 0 {
		chunk = max(1, min(chunk, maxChunkParams/texts))
	}
	r := &rowBuf{}
	changed := 0
	for start := 0; start < n; start += chunk {
		end := min(start+chunk, n)
		r.sql = append(r.sql[:0], head...)
		r.sql = append(r.sql, " VALUES "...)
		r.args = r.args[:0]
		for i := start; i < end; i++ {
			if i > start {
				r.sql = append(r.sql, ',')
			}
			r.sql = append(r.sql, '(')
			r.first = true
			row(i, r)
			r.sql = append(r.sql, ')')
		}
		r.sql = append(r.sql, tail...)
		res, err := w.tx.ExecContext(w.ctx, string(r.sql), r.args...)
		if err != nil {
			return changed, err
		}
		k, _ := res.RowsAffected()
		changed += int(k)
	}
	return changed, nil
}

// lastPKs reads the highest ticket and comment pk before a batch writes, so indexNewRows can
// find the rows it inserted (INTEGER PRIMARY KEY grows from the maximum).
func (w *batchWriter) lastPKs() error {
	return w.tx.QueryRowContext(w.ctx, `SELECT (SELECT coalesce(max(pk), 0) FROM tickets), (SELECT coalesce(max(pk), 0) FROM comments)`).
		Scan(&w.ticketPK, &w.commentPK)
}

// indexNewRows adds the rows this batch inserted to the full-text indexes, one statement each.
// (Updated subjects and descriptions are re-indexed by the tickets_fts_au trigger.)
func (w *batchWriter) indexNewRows() error {
	if w.newTickets {
		if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO tickets_fts (rowid, subject, description)
			SELECT pk, subject, description FROM tickets WHERE pk > ?`, w.ticketPK); err != nil {
			return err
		}
		if err := w.tagNewRows(); err != nil {
			return err
		}
	}
	if w.newComments {
		if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO comments_fts (rowid, body)
			SELECT pk, body FROM comments WHERE pk > ?`, w.commentPK); err != nil {
			return err
		}
	}
	return nil
}
