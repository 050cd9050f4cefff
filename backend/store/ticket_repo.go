package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync/atomic"
	"time"
)

// RecordRepo writes and reads synced Zendesk records (tickets, comments, users, organizations,
// groups, Help Center) and each stream's sync state. Writers (the syncer, the webhook
// processor) call Apply or its shorthands; all writes of one call are one transaction.
type RecordRepo struct {
	db    *DB
	gen   atomic.Uint64
	now   func() time.Time
	rawOf func(driverConn any) (*rawConn, error) // reaches a connection's SQLite handle (rawConnOf)
}

// NewRecordRepo returns a repository over db. now stamps sync_state (nil: time.Now).
func NewRecordRepo(db *DB, now func() time.Time) *RecordRepo {
	return &RecordRepo{db: db, now: nowOr(now), rawOf: rawConnOf}
}

// Generation changes after every committed write; readers use it to cache counts.
func (r *RecordRepo) Generation() uint64 { return r.gen.Load() }

// Batch is what one transaction writes: records of one integration and, optionally, the
// checkpoint of the stream they came from (committed with them, so a crash loses neither).
type Batch struct {
	IntegrationID string
	Mode          WriteMode
	Tickets       []TicketRecord
	Comments      []CommentRecord
	Users         []UserRecord
	Organizations []OrganizationRecord
	Groups        []GroupRecord
	Categories    []CategoryRecord
	Sections      []SectionRecord
	Articles      []ArticleRecord
	// Definitions each replace every stored definition of their kind.
	Definitions []DefinitionSet
	Checkpoint  *Checkpoint
}

// Applied counts rows inserted or changed by a batch (records skipped as not newer are not counted).
type Applied struct {
	Tickets, Comments, Users, Organizations, Groups, Categories, Sections, Articles, Definitions int
}

// Apply writes b in one transaction. An error rolls everything back, the checkpoint included.
func (r *RecordRepo) Apply(ctx context.Context, b Batch) (Applied, error) {
	var a Applied
	if b.IntegrationID == "" {
		return a, fmt.Errorf("applying records: no integration id")
	}
	sqlDB, err := r.db.Gorm().DB()
	if err != nil {
		return a, err
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return a, fmt.Errorf("applying records: %w", err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return a, fmt.Errorf("applying records: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	w := &batchWriter{ctx: ctx, tx: tx, conn: conn, integ: b.IntegrationID, mode: b.Mode,
		newTickets: len(b.Tickets) > 0, newComments: len(b.Comments) > 0}
	if err := w.openRaw(r.rawOf, r.db.noteNoPreparedWrites); err != nil {
		return a, fmt.Errorf("applying records: %w", err)
	}
	defer w.closeRaw()
	steps := []func() error{
		w.lastPKs,
		func() (err error) { a.Users, err = userTable.upsert(w, b.Users); return },
		func() (err error) { a.Organizations, err = organizationTable.upsert(w, b.Organizations); return },
		func() (err error) { a.Groups, err = groupTable.upsert(w, b.Groups); return },
		func() (err error) { a.Tickets, err = w.tickets(b.Tickets); return },
		func() (err error) { a.Comments, err = w.comments(b.Comments); return },
		func() (err error) { a.Categories, err = categoryTable.upsert(w, b.Categories); return },
		func() (err error) { a.Sections, err = sectionTable.upsert(w, b.Sections); return },
		func() (err error) { a.Articles, err = articleTable.upsert(w, b.Articles); return },
		func() (err error) { a.Definitions, err = w.definitions(b.Definitions); return },
		w.indexNewRows,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return Applied{}, fmt.Errorf("applying records of %s: %w", b.IntegrationID, err)
		}
	}
	if b.Checkpoint != nil {
		if err := saveCheckpoint(ctx, tx, b.IntegrationID, *b.Checkpoint, r.now()); err != nil {
			return Applied{}, err
		}
	}
	w.closeRaw()
	if err := tx.Commit(); err != nil {
		return Applied{}, fmt.Errorf("committing records of %s: %w", b.IntegrationID, err)
	}
	r.gen.Add(1)
	return a, nil
}

// ApplyTickets stores tickets newer-wins: a ticket replaces the stored one only when its
// updated_at (or generated_timestamp) is newer, or when it newly marks the ticket deleted.
// It returns how many rows changed. Safe to call while a sync runs.
func (r *RecordRepo) ApplyTickets(ctx context.Context, integrationID string, tickets []TicketRecord) (int, error) {
	a, err := r.Apply(ctx, Batch{IntegrationID: integrationID, Tickets: tickets})
	return a.Tickets, err
}

// AddComments stores comments not stored yet (by id); a comment saying the ticket was merged
// into another fills in the ticket's MergedInto. It returns how many were new.
func (r *RecordRepo) AddComments(ctx context.Context, integrationID string, comments []CommentRecord) (int, error) {
	a, err := r.Apply(ctx, Batch{IntegrationID: integrationID, Comments: comments})
	return a.Comments, err
}

// MarkTicketDeleted marks a stored ticket deleted (kept, not removed). It returns false when the
// ticket is not stored.
func (r *RecordRepo) MarkTicketDeleted(ctx context.Context, integrationID string, id int64) (bool, error) {
	return r.exec1(ctx, `UPDATE tickets SET deleted = 1 WHERE integration_id = ? AND id = ?`, integrationID, id)
}

// MarkTicketMerged records that a stored ticket was merged into another.
func (r *RecordRepo) MarkTicketMerged(ctx context.Context, integrationID string, id, into int64) (bool, error) {
	return r.exec1(ctx, `UPDATE tickets SET merged_into = ? WHERE integration_id = ? AND id = ?`, into, integrationID, id)
}

func (r *RecordRepo) exec1(ctx context.Context, q string, args ...any) (bool, error) {
	res := r.db.Gorm().WithContext(ctx).Exec(q, args...)
	if res.Error != nil {
		return false, fmt.Errorf("updating ticket: %w", res.Error)
	}
	r.gen.Add(1)
	return res.RowsAffected > 0, nil
}

// batchWriter holds one transaction's state; statements are prepared once per batch.
type batchWriter struct {
	ctx   context.Context
	tx    *sql.Tx
	conn  *sql.Conn // the writer connection tx runs on
	raw   *rawConn  // its SQLite handle, for prepared multi-row inserts (nil: write through tx)
	integ string
	mode  WriteMode

	ticketPK, commentPK     int64 // highest pks before the batch
	newTickets, newComments bool  // whether the batch may have inserted any
}

// openRaw reaches the connection's SQLite handle with rawOf (see rawConn); without it (or when
// built with the noprepared tag), writes go through tx and fallback is told why. It fails only
// when the connection itself is unusable.
func (w *batchWriter) openRaw(rawOf func(any) (*rawConn, error), fallback func(error)) error {
	if !preparedWrites {
		return nil
	}
	return w.conn.Raw(func(dc any) error {
		raw, err := rawOf(dc)
		if err != nil {
			fallback(fmt.Errorf("%w (driver connection %T)", err, dc))
			return nil
		}
		w.raw = raw
		return nil
	})
}

// closeRaw finalizes the batch's prepared statements (before the commit, and on every return).
func (w *batchWriter) closeRaw() {
	if w.raw == nil || len(w.raw.stmts) == 0 {
		return
	}
	_ = w.conn.Raw(func(any) error { w.raw.close(); return nil })
}
