// Package store keeps Zensync's local data in SQLite through GORM (github.com/glebarez/sqlite,
// pure Go, FTS5 available).
//
// Open gives a DB with two connection pools over one file: Gorm() is the single writer
// connection (every INSERT/UPDATE/DELETE and every write transaction goes through it, so
// writes queue in Go instead of failing with "database is locked"), and Read() is a pool of
// read-only connections for queries that must not wait behind a long sync transaction (WAL lets
// them read the last committed state). Inside a transaction on Gorm(), use the tx you were given:
// calling Gorm() again there waits for the one writer connection forever.
//
// Schema changes are versioned migrations (see migrate.go); row structs stay in this package
// and repositories map them to domain types.
package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Sentinels returned (wrapped) by this package.
var (
	ErrNotFound     = errors.New("not found")
	ErrConflict     = errors.New("already exists")
	ErrNewerSchema  = errors.New("database was written by a newer version of Zensync")
	ErrNotADatabase = errors.New("file is not a Zensync database")
)

// DB is an open Zensync database. Close it once when the app stops.
type DB struct {
	path   string
	write  *gorm.DB
	read   *gorm.DB
	log    *slog.Logger
	closed bool

	noPrepared sync.Once // logs the first batch that could not use prepared writes
}

// pragmas run on every new connection, busy_timeout first so the others wait instead of failing.
var pragmas = []string{"busy_timeout(5000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)", "temp_store(MEMORY)"}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		// Take the write lock at BEGIN, so a transaction never fails half-way on an upgrade.
		q.Set("_txlock", "immediate")
	}
	return fileURI(path) + "?" + q.Encode()
}

// fileURI escapes a path for SQLite's URI syntax, so spaces, '?' and '#' in folder names work.
func fileURI(path string) string { return "file:" + (&url.URL{Path: path}).EscapedPath() }

// Open opens (creating if needed) the database at path, creating its folder, and applies every
// pending migration. A file that is not SQLite is refused with ErrNotADatabase, and a database
// written by a newer Zensync with ErrNewerSchema; in both cases the file is left untouched.
func Open(ctx context.Context, path string, log *slog.Logger) (*DB, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	log = log.With("component", "store")
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("database path %q: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, notWritable(fmt.Sprintf("the data folder %s (it cannot be created)", filepath.Dir(abs)), "parent folder", err)
	}
	if err := checkHeader(abs); err != nil {
		return nil, err
	}
	if err := checkWritable(abs); err != nil {
		return nil, err
	}
	if err := checkVersion(ctx, abs); err != nil {
		return nil, err
	}
	write, err := openPool(abs, false, 1)
	if err != nil {
		return nil, err
	}
	if err := migrate(ctx, write, migrations, log); err != nil {
		closePool(write)
		return nil, readOnlyOpen(abs, err)
	}
	// The readers open after the migrations: a connection opened before an ALTER TABLE has been
	// seen to read the new column as NULL in its first query.
	read, err := openPool(abs, true, 4)
	if err != nil {
		closePool(write)
		return nil, err
	}
	return &DB{path: abs, write: write, read: read, log: log}, nil
}

func openPool(path string, readOnly bool, conns int) (*gorm.DB, error) {
	g, err := gorm.Open(sqlite.Open(dsn(path, readOnly)), &gorm.Config{
		Logger:                 logger.Discard,
		SkipDefaultTransaction: true,
		PrepareStmt:            false,
	})
	if err != nil {
		return nil, classifyOpen(path, err)
	}
	sqlDB, err := g.DB()
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	sqlDB.SetMaxOpenConns(conns)
	sqlDB.SetMaxIdleConns(conns)
	sqlDB.SetConnMaxLifetime(0)
	sqlDB.SetConnMaxIdleTime(0)
	if err := sqlDB.Ping(); err != nil {
		sqlDB.Close()
		return nil, classifyOpen(path, err)
	}
	return g, nil
}

func closePool(g *gorm.DB) error {
	sqlDB, err := g.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// Gorm is the writer handle. Use it for writes and transactions; it has one connection.
func (db *DB) Gorm() *gorm.DB { return db.write }

// Read is a read-only handle with several connections, for lists and searches that should not
// wait for a running write transaction. Writing through it fails.
func (db *DB) Read() *gorm.DB { return db.read }

// Path is the absolute path of the database file.
func (db *DB) Path() string { return db.path }

// Close closes both pools; it checkpoints the WAL when it is the last connection. Call once.
func (db *DB) Close() error {
	if db.closed {
		return nil
	}
	db.closed = true
	errR := closePool(db.read)
	errW := closePool(db.write)
	if err := errors.Join(errR, errW); err != nil {
		return fmt.Errorf("closing the database: %w", err)
	}
	return nil
}

// nowOr is a repository's clock: now, or time.Now when now is nil.
func nowOr(now func() time.Time) func() time.Time {
	if now == nil {
		return time.Now
	}
	return now
}
