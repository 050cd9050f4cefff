package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// rawConn is the SQLite handle under the writer connection, used by a batch to prepare each of
// its multi-row INSERT statements once and run it for every chunk. The database/sql driver
// (glebarez/go-sqlite, v1.23.0 included) parses a statement again on every Exec. Measured with
// v1.23.0 (SQLite 3.53) on a shared 2-core machine, -tags noprepared against this path: a
// 100,000-ticket sync used 16.8 CPU-seconds without it and 10.0 with it (1.7x), one
// 1,000-ticket Apply 1.3x the CPU. It is only used inside (*sql.Conn).Raw, which holds the
// connection, and inside the batch's transaction; when the driver's connection does not have
// the expected shape (a driver upgrade may change its private fields), rawConnOf fails, the
// batch writes through database/sql and the store logs a warning once.
type rawConn struct {
	tls   *libc.TLS
	db    uintptr
	stmts map[string]uintptr // prepared statements by SQL text
	text  []byte             // one chunk's text values, copied to C memory at once (reused: no regrowth per chunk)
}

// errNoRawConn means the driver connection is not a glebarez/go-sqlite one as expected.
var errNoRawConn = errors.New("not a glebarez/go-sqlite connection")

// rawConnOf reads the sqlite3 handle and thread state of a glebarez/go-sqlite connection.
func rawConnOf(driverConn any) (*rawConn, error) {
	v := reflect.ValueOf(driverConn)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, errNoRawConn
	}
	e := v.Elem()
	db, tls := e.FieldByName("db"), e.FieldByName("tls")
	if !db.IsValid() || db.Kind() != reflect.Uintptr || db.Uint() == 0 ||
		!tls.IsValid() || tls.Type() != reflect.TypeFor[*libc.TLS]() || tls.IsNil() {
		return nil, errNoRawConn
	}
	t := reflect.NewAt(tls.Type(), unsafe.Pointer(tls.UnsafeAddr())).Elem().Interface().(*libc.TLS)
	return &rawConn{tls: t, db: uintptr(db.Uint()), stmts: map[string]uintptr{}}, nil
}

// rawVal is one bound value: text when isText, else an integer.
type rawVal struct {
	i      int64
	s      string
	isText bool
}

// prepare returns the prepared statement for query, preparing it on first use.
func (c *rawConn) prepare(query string) (uintptr, error) {
	if p, ok := c.stmts[query]; ok {
		return p, nil
	}
	z, err := libc.CString(query)
	if err != nil {
		return 0, err
	}
	defer libc.Xfree(c.tls, z)
	pp := c.tls.Alloc(8)
	defer c.tls.Free(8)
	if rc := sqlite3.Xsqlite3_prepare_v2(c.tls, c.db, z, -1, pp, 0); rc != sqlite3.SQLITE_OK {
		return 0, c.err(rc)
	}
	p := uintptr(binary.NativeEndian.Uint64(libc.GoBytes(pp, 8)))
	if p == 0 {
		return 0, fmt.Errorf("sqlite: empty statement")
	}
	c.stmts[query] = p
	return p, nil
}

// exec binds vals to the prepared statement p (in order), runs it and returns the rows changed.
// On every return, error or not, p is reset and unbound before the C copy of its text values is
// freed, so the next use of p never meets a value (or a dangling pointer) of this one.
func (c *rawConn) exec(p uintptr, vals []rawVal) (int, error) {
	var buf uintptr
	defer func() {
		c.unbind(p)
		if buf != 0 {
			libc.Xfree(c.tls, buf)
		}
	}()
	c.text = c.text[:0]
	for i := range vals {
		if vals[i].isText {
			c.text = append(c.text, vals[i].s...)
		}
	}
	var err error
	// CString copies the bytes into C memory at once, so the string may alias c.text.
	if buf, err = libc.CString(unsafe.String(unsafe.SliceData(c.text), len(c.text))); err != nil {
		return 0, err
	}
	off := uintptr(0)
	for i := range vals {
		v := &vals[i]
		var rc int32
		if v.isText {
			rc = sqlite3.Xsqlite3_bind_text(c.tls, p, int32(i+1), buf+off, int32(len(v.s)), 0)
			off += uintptr(len(v.s))
		} else {
			rc = sqlite3.Xsqlite3_bind_int64(c.tls, p, int32(i+1), v.i)
		}
		if rc != sqlite3.SQLITE_OK {
			return 0, c.err(rc)
		}
	}
	rc := sqlite3.Xsqlite3_step(c.tls, p)
	if rc != sqlite3.SQLITE_DONE && rc != sqlite3.SQLITE_ROW {
		return 0, c.err(rc)
	}
	return int(sqlite3.Xsqlite3_changes(c.tls, c.db)), nil
}

// unbind resets p and clears its bindings (a reset statement keeps them).
func (c *rawConn) unbind(p uintptr) {
	sqlite3.Xsqlite3_reset(c.tls, p)
	sqlite3.Xsqlite3_clear_bindings(c.tls, p)
}

// close finalizes every prepared statement; the connection stays open (it is the driver's).
func (c *rawConn) close() {
	for q, p := range c.stmts {
		sqlite3.Xsqlite3_finalize(c.tls, p)
		delete(c.stmts, q)
	}
}

func (c *rawConn) err(rc int32) error {
	return fmt.Errorf("sqlite: %s (%d)", libc.GoString(sqlite3.Xsqlite3_errmsg(c.tls, c.db)), rc)
}

// noteNoPreparedWrites logs, once per open database, that batches write through statements the
// driver parses again on every chunk (a sync then spends more CPU; nothing is lost). It is
// called when the driver connection does not have the shape rawConnOf expects, e.g. after a
// driver upgrade changed its private fields.
func (db *DB) noteNoPreparedWrites(err error) {
	db.noPrepared.Do(func() {
		db.log.Warn("batch writes fall back to re-parsed statements", "error", err)
	})
}
