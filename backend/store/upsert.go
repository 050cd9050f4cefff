package store

import (
	"fmt"
	"slices"
	"strings"
)

// recordTable is the write of one record table, described once: row appends a record's values,
// each named by its column, and the statements are built from those columns (see newTable).
// Every row starts with integration_id, which write fills in.
type recordTable[T any] struct {
	statements
	row func(r *rowBuf, rec *T)
}

// statements are a record table's multi-row write, built once from its columns.
type statements struct {
	insert   string // INSERT INTO table (columns)
	orIgnore string // INSERT OR IGNORE INTO table (columns)
	texts    int    // text values per row, integration_id included (bounds the parameters per statement)
	once     string // the ON CONFLICT clause in InsertOnce mode: keep the stored row
	newer    string // in NewerWins mode: replace the stored row's columns when the incoming row is newer
}

// upsertSpec says how a newer row replaces a stored one; columns are named space-separated.
type upsertSpec struct {
	table string
	key   string // the key after integration_id ("id", "id locale")
	only  string // the only columns a newer row replaces; empty: all but the key
	// keepIfZero and keepIfEmpty are columns a newer row replaces only when it knows them
	// (not 0, not ''), so a record from a source without them keeps what is stored.
	keepIfZero, keepIfEmpty string
	when                    string // the condition under which the incoming row is newer; empty: never
}

// newTable describes a table by its spec and its row function, which it runs once on a zero
// record to learn the columns. A spec naming a column the row does not write panics (at init).
func newTable[T any](s upsertSpec, row func(r *rowBuf, rec *T)) *recordTable[T] {
	d := &rowBuf{raw: true, describing: true}
	var zero T
	row(d, &zero)
	texts := 1 // integration_id
	for _, v := range d.vals {
		if v.isText {
			texts++
		}
	}
	return &recordTable[T]{statements: newStatements(s, d.cols, texts), row: row}
}

// newStatements builds the statements of s's table for rows of cols (after integration_id).
func newStatements(s upsertSpec, cols []string, texts int) statements {
	for _, c := range strings.Fields(s.key + " " + s.only + " " + s.keepIfZero + " " + s.keepIfEmpty) {
		if !slices.Contains(cols, c) {
			panic(fmt.Sprintf("store: the %s spec names %s, which its row does not write", s.table, c))
		}
	}
	in := func(list, c string) bool { return slices.Contains(strings.Fields(list), c) }
	keep := func(c, zero string) string {
		return c + " = CASE WHEN excluded." + c + " <> " + zero + " THEN excluded." + c + " ELSE " + s.table + "." + c + " END"
	}
	var set []string
	for _, c := range cols {
		switch {
		case in(s.key, c), s.only != "" && !in(s.only, c):
		case in(s.keepIfZero, c):
			set = append(set, keep(c, "0"))
		case in(s.keepIfEmpty, c):
			set = append(set, keep(c, "''"))
		default:
			set = append(set, c+" = excluded."+c)
		}
	}
	key := "integration_id, " + strings.Join(strings.Fields(s.key), ", ")
	insert := "INSERT INTO " + s.table + " (integration_id, " + strings.Join(cols, ", ") + ")"
	st := statements{
		insert:   insert,
		orIgnore: strings.Replace(insert, "INSERT INTO ", "INSERT OR IGNORE INTO ", 1),
		texts:    texts,
		once:     " ON CONFLICT(" + key + ") DO NOTHING",
	}
	st.newer = st.once
	if s.when != "" {
		st.newer = " ON CONFLICT(" + key + ") DO UPDATE SET " + strings.Join(set, ", ") + " WHERE " + s.when
	}
	return st
}

// upsert writes recs newer-wins, or in InsertOnce mode keeps every stored row.
func (t *recordTable[T]) upsert(w *batchWriter, recs []T) (int, error) {
	tail := t.newer
	if w.mode == InsertOnce {
		tail = t.once
	}
	return t.write(w, t.insert, tail, recs)
}

// SQLite copies every page a multi-row statement first changes into a statement journal when
// the statement may abort half-way (an ON CONFLICT … DO UPDATE, or a NOT NULL or UNIQUE check
// that aborts), so that an error undoes that statement alone. An INSERT OR IGNORE cannot abort:
// it keeps no statement journal and runs no upsert. For rows whose key is not stored, that the
// batch holds once, and whose values are never NULL (rowBuf binds only integers and Go
// strings), it stores exactly what the upsert would; a first sync writes nearly all its rows
// this way.
//
// insertFresh writes recs as INSERT OR IGNORE. The caller knows that none of their keys is
// stored and each occurs once, or wants a stored key skipped (the table's once).
func (t *recordTable[T]) insertFresh(w *batchWriter, recs []T) (int, error) {
	return t.write(w, t.orIgnore, "", recs)
}

// write writes recs with statements "head VALUES (…),(…)… tail" (see batchWriter.multi).
func (t *recordTable[T]) write(w *batchWriter, head, tail string, recs []T) (int, error) {
	return w.multi(head, t.texts, tail, len(recs), func(i int, r *rowBuf) {
		r.Str("integration_id", w.integ)
		t.row(r, &recs[i])
	})
}
