//go:build !noprepared

package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// rawTx begins a transaction on the writer connection and returns a batchWriter over it, with
// or without the prepared-statement path.
func rawTx(t *testing.T, db *DB, raw bool) *batchWriter {
	t.Helper()
	ctx := context.Background()
	sqlDB, err := db.Gorm().DB()
	if err != nil {
		t.Fatal(err)
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := &batchWriter{ctx: ctx, tx: tx, conn: conn, integ: "i1"}
	if raw {
		if err := w.openRaw(rawConnOf, func(err error) { t.Fatal(err) }); err != nil || w.raw == nil {
			t.Fatalf("the writer connection's SQLite handle is out of reach (%v): batches would fall back to re-parsed statements", err)
		}
	}
	t.Cleanup(func() {
		w.closeRaw()
		tx.Rollback()
		conn.Close()
	})
	return w
}

// The prepared path writes exactly what the statement-text path writes, for every value kind,
// in chunks of every size, and counts the same changed rows.
func TestPreparedInsertsMatchTheTextPath(t *testing.T) {
	for _, n := range []int{1, rawChunkRows - 1, rawChunkRows, 2*rawChunkRows + 3} {
		var got [2][]string
		var changed [2]int
		for i, raw := range []bool{false, true} {
			w := rawTx(t, openTemp(t), raw)
			cs := make([]CommentRecord, n)
			for k := range cs {
				cs[k] = CommentRecord{ID: int64(k + 1), TicketID: int64(k%7 + 1), AuthorID: -int64(k), Public: k%2 == 0,
					Body: fmt.Sprintf("body %d: héllo, 'quoted' \"x\" ✓", k), HTMLBody: strings.Repeat("<p>", k%3), CreatedAt: t0}
			}
			c, err := w.comments(append(cs, cs[0])) // the repeated comment is not written twice
			if err != nil {
				t.Fatal(err)
			}
			changed[i] = c
			rows, err := w.tx.Query(`SELECT id, ticket_id, author_id, public, body, html_body, created_at FROM comments ORDER BY id`)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var id, tid, aid, pub, at int64
				var body, html string
				if err := rows.Scan(&id, &tid, &aid, &pub, &body, &html, &at); err != nil {
					t.Fatal(err)
				}
				got[i] = append(got[i], fmt.Sprint(id, tid, aid, pub, body, html, at))
			}
			rows.Close()
		}
		if changed[0] != n || changed[1] != n {
			t.Errorf("%d comments: changed %d (text) and %d (prepared), want %d", n, changed[0], changed[1], n)
		}
		if strings.Join(got[0], "\n") != strings.Join(got[1], "\n") || len(got[1]) != n {
			t.Errorf("%d comments: prepared path stored\n%v\nwant\n%v", n, got[1], got[0])
		}
	}
}

// A failing statement reports SQLite's error, leaves its statement reusable, and the
// transaction can go on.
func TestPreparedInsertErrorIsReported(t *testing.T) {
	w := rawTx(t, openTemp(t), true)
	if _, err := w.tx.Exec(`CREATE TEMP TABLE t (v TEXT NOT NULL CHECK (v <> 'bad'))`); err != nil {
		t.Fatal(err)
	}
	head, tail := `INSERT INTO t (v)`, ``
	write := func(vals ...string) (int, error) {
		return w.multi(head, 1, tail, len(vals), func(i int, r *rowBuf) { r.Str("v", vals[i]) })
	}
	if _, err := write("ok", "bad"); err == nil || !strings.Contains(err.Error(), "constraint") {
		t.Fatalf("err = %v, want a constraint error", err)
	}
	if n, err := write("a", "b"); err != nil || n != 2 {
		t.Fatalf("after an error: %d, %v", n, err)
	}
	var count int
	if err := w.tx.QueryRow(`SELECT count(*) FROM t`).Scan(&count); err != nil || count != 2 {
		t.Errorf("rows = %d (%v), want 2: the failed statement must leave nothing", count, err)
	}
}

// boundSQL is the statement's text with its current bindings filled in (NULL when unbound).
func boundSQL(t *testing.T, w *batchWriter, query string) string {
	t.Helper()
	p, ok := w.raw.stmts[query]
	if !ok {
		t.Fatalf("no prepared statement for %q", query)
	}
	z := sqlite3.Xsqlite3_expanded_sql(w.raw.tls, p)
	defer sqlite3.Xsqlite3_free(w.raw.tls, z)
	return libc.GoString(z)
}

// A statement that fails half-way, at a bind or at its step, keeps none of that call's values:
// its next use (or a look at it) sees NULLs, not values whose text memory is already freed.
func TestFailedPreparedInsertLeavesNoBindings(t *testing.T) {
	w := rawTx(t, openTemp(t), true)
	if _, err := w.tx.Exec(`CREATE TEMP TABLE t (v TEXT NOT NULL CHECK (v <> 'bad'), n INTEGER)`); err != nil {
		t.Fatal(err)
	}
	query := `INSERT INTO t (v, n) VALUES (?,?),(?,?)`
	unbound := `INSERT INTO t (v, n) VALUES (NULL,NULL),(NULL,NULL)`
	str := func(s string) rawVal { return rawVal{s: s, isText: true} }
	num := func(i int64) rawVal { return rawVal{i: i} }
	tests := []struct {
		name string
		vals []rawVal
		want string // in the error
	}{
		{"a row breaks a constraint at step", []rawVal{str("ok"), num(1), str("bad"), num(2)}, "constraint"},
		{"one value too many fails the last bind", []rawVal{str("one"), num(1), str("two"), num(2), str("three")}, "range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := w.raw.prepare(query)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.raw.exec(p, tt.vals); err == nil || !strings.Contains(strings.ToLower(err.Error()), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if got := boundSQL(t, w, query); got != unbound {
				t.Errorf("after the error the statement is\n%s\nwant\n%s", got, unbound)
			}
			if n, err := w.raw.exec(p, []rawVal{str("a"), num(3), str("b"), num(4)}); err != nil || n != 2 {
				t.Fatalf("the next use: %d, %v", n, err)
			}
			if got := boundSQL(t, w, query); got != unbound {
				t.Errorf("after a success the statement is\n%s\nwant\n%s", got, unbound)
			}
		})
	}
	var got string
	if err := w.tx.QueryRow(`SELECT group_concat(v || n, ' ') FROM (SELECT v, n FROM t ORDER BY rowid)`).Scan(&got); err != nil || got != "a3 b4 a3 b4" {
		t.Errorf("rows = %q (%v), want only the two good uses' rows", got, err)
	}
}

func TestRawConnOfRefusesOtherConnections(t *testing.T) {
	for _, dc := range []any{nil, 42, &struct{ db int }{}, &sql.DB{}} {
		if _, err := rawConnOf(dc); err == nil {
			t.Errorf("rawConnOf(%T) succeeded", dc)
		}
	}
}
