package store

import "strings"

// upsert is the multi-row write of one record table, its SQL built once from its columns.
// Every row starts with integration_id (which writeRows fills in), then the key's other columns,
// then the columns a newer row replaces.
type upsert struct {
	head  string // INSERT INTO table (columns)
	texts int    // text values per row, integration_id included (bounds the parameters per statement)
	once  string // the ON CONFLICT clause in InsertOnce mode: keep the stored row
	newer string // in NewerWins mode: replace the stored row's columns when the incoming row is newer
}

// upsertSpec names a table's columns, space-separated, in the order each row writes them.
type upsertSpec struct {
	table string
	key   string // the key after integration_id ("id", "id locale")
	set   string // columns a newer row replaces
	// keepIfZero and keepIfEmpty follow set: columns a newer row replaces only when it knows
	// them (not 0, not ''), so a record from a source without them keeps what is stored.
	keepIfZero, keepIfEmpty string
	when                    string // the condition under which the incoming row is newer
	texts                   int
}

func newUpsert(s upsertSpec) upsert {
	key := "integration_id, " + strings.Join(strings.Fields(s.key), ", ")
	var cols, set []string
	for _, c := range strings.Fields(s.set) {
		cols = append(cols, c)
		set = append(set, c+" = excluded."+c)
	}
	keep := func(list, zero string) {
		for _, c := range strings.Fields(list) {
			cols = append(cols, c)
			set = append(set, c+" = CASE WHEN excluded."+c+" <> "+zero+" THEN excluded."+c+" ELSE "+s.table+"."+c+" END")
		}
	}
	keep(s.keepIfZero, "0")
	keep(s.keepIfEmpty, "''")
	return upsert{
		head:  insertInto(s.table, key+", "+strings.Join(cols, ", ")),
		texts: s.texts,
		once:  " ON CONFLICT(" + key + ") DO NOTHING",
		newer: " ON CONFLICT(" + key + ") DO UPDATE SET " + strings.Join(set, ", ") + " WHERE " + s.when,
	}
}

// insertInto is "INSERT INTO table (columns)".
func insertInto(table, columns string) string {
	return "INSERT INTO " + table + " (" + columns + ")"
}

// insertOrIgnore turns "INSERT INTO …" into "INSERT OR IGNORE INTO …".
func insertOrIgnore(insert string) string {
	return strings.Replace(insert, "INSERT INTO ", "INSERT OR IGNORE INTO ", 1)
}

// SQLite copies every page a multi-row statement first changes into a statement journal when
// the statement may abort half-way (an ON CONFLICT … DO UPDATE, or a NOT NULL or UNIQUE check
// that aborts), so that an error undoes that statement alone. An INSERT OR IGNORE cannot abort:
// it keeps no statement journal and runs no upsert. For rows whose key is not stored, that the
// batch holds once, and whose values are never NULL (rowBuf binds only integers and Go
// strings), it stores exactly what the upsert would; a first sync writes nearly all its rows
// this way.
//
// insertFresh writes n rows with u's columns as INSERT OR IGNORE. The caller knows that none
// of their keys is stored and each occurs once, or wants a stored key skipped (u.once).
func (w *batchWriter) insertFresh(u *upsert, n int, row func(i int, r *rowBuf)) (int, error) {
	return w.writeRows(insertOrIgnore(u.head), u.texts, "", n, row)
}

// upsert writes n rows with u; row(i, r) appends row i's values after its integration_id.
func (w *batchWriter) upsert(u *upsert, n int, row func(i int, r *rowBuf)) (int, error) {
	tail := u.newer
	if w.mode == InsertOnce {
		tail = u.once
	}
	return w.writeRows(u.head, u.texts, tail, n, row)
}

// writeRows is multi for a record table: each row starts with the batch's integration id.
func (w *batchWriter) writeRows(head string, texts int, tail string, n int, row func(i int, r *rowBuf)) (int, error) {
	return w.multi(head, texts, tail, n, func(i int, r *rowBuf) {
		r.Str(w.integ)
		row(i, r)
	})
}
