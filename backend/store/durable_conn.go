package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"time"
)

// Durability. The database runs in WAL mode with synchronous=NORMAL: a commit is atomic and
// consistent, but it is only written to the WAL, not synced; the sync happens at the next
// checkpoint. A power cut (not an app crash: the OS still has the pages) can therefore lose the
// last commits. That is fine for a sync, which simply fetches again, but not for the webhook
// inbox: a 200 tells Zendesk the event is stored, and Zendesk never sends it again.
//
// So the inbox commit alone runs with synchronous=FULL: SQLite syncs the WAL before COMMIT
// returns, which also makes every earlier NORMAL commit in the WAL durable. The setting is per
// connection and cannot change inside a transaction, so durableConn pins the one writer
// connection, switches it to FULL for the transaction and back to NORMAL after it. The cost
// (one fsync per group commit, shared by every event in the batch) is measured by
// BenchmarkWebhookEventsPerSecond and BenchmarkWebhookInboxSynchronous in backend/bench.

// pinnedConn is the writer connection held for one durable transaction.
type pinnedConn struct {
	*sql.Conn
}

// durableConn takes the writer connection and sets synchronous=FULL on it.
func durableConn(ctx context.Context, db *sql.DB) (*pinnedConn, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA synchronous = FULL`); err != nil {
		conn.Close()
		return nil, err
	}
	return &pinnedConn{conn}, nil
}

// release sets the connection back to synchronous=NORMAL and returns it to the pool. It is not
// cancelled with the request: a connection left at FULL would only be slower, but a connection
// whose reset failed is dropped from the pool rather than kept in an unknown state.
func (c *pinnedConn) release() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := c.ExecContext(ctx, `PRAGMA synchronous = NORMAL`); err != nil {
		_ = c.Raw(func(any) error { return driver.ErrBadConn }) // the pool closes a bad connection
	}
	c.Close()
}
