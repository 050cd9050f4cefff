package store

import (
	"context"
	"database/sql"
	"fmt"

	"zensync/backend/search"
)

// streamBatch is how many search hits are read back per query while streaming.
const streamBatch = 500

// EachTicket calls fn for every ticket the list shows for q (the same filters, search and sort
// as Tickets; q.Offset and q.Limit are ignored), one row at a time from the read pool, so an
// export of a million tickets never holds the list in memory. An error from fn stops the walk
// and is returned as is.
func (r *TicketReader) EachTicket(ctx context.Context, q TicketQuery, fn func(TicketRow) error) error {
	sq, err := search.Parse(q.Search, r.now())
	if err != nil {
		return fmt.Errorf("searching tickets: %w", err)
	}
	sq, q = liftLoneTag(sq, q)
	p, err := r.planSearch(ctx, q.IntegrationID, sq)
	if err != nil {
		return fmt.Errorf("searching tickets: %w", err)
	}
	if p.hasText() {
		return r.eachSearchHit(ctx, q, p, fn)
	}
	where, args := q.whereWith(false, p)
	conn, release, err := r.streamConn(ctx)
	if err != nil {
		return fmt.Errorf("listing tickets: %w", err)
	}
	defer release()
	rows, err := conn.QueryContext(ctx, `SELECT t.integration_id, t.id, t.subject, t.status, t.priority,
		coalesce(rq.name, ''), coalesce(asg.name, ''), coalesce(o.name, ''), t.tags,
		t.created_at, t.updated_at, t.deleted, t.merged_into
		FROM tickets t
		LEFT JOIN users rq ON rq.integration_id = t.integration_id AND rq.id = t.requester_id
		LEFT JOIN users asg ON asg.integration_id = t.integration_id AND asg.id = t.assignee_id
		LEFT JOIN organizations o ON o.integration_id = t.integration_id AND o.id = t.organization_id`+
		where+orderSQL(q.Sort, p.order), args...)
	if err != nil {
		return fmt.Errorf("listing tickets: %w", err)
	}
	defer rows.Close()
	var t TicketRow
	var tags string
	var created, updated int64
	for rows.Next() {
		if err := rows.Scan(&t.IntegrationID, &t.ID, &t.Subject, &t.Status, &t.Priority, &t.RequesterName,
			&t.AssigneeName, &t.OrganizationName, &tags, &created, &updated, &t.Deleted, &t.MergedInto); err != nil {
			return fmt.Errorf("listing tickets: %w", err)
		}
		t.Tags, t.CreatedAt, t.UpdatedAt = splitList(tags), formatUnix(created), formatUnix(updated)
		if err := fn(t); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("listing tickets: %w", err)
	}
	return nil
}

// eachSearchHit streams a searched list: the matches (keys only) are found and sorted as for a
// page, then their rows are read back a batch at a time.
func (r *TicketReader) eachSearchHit(ctx context.Context, q TicketQuery, p searchPlan, fn func(TicketRow) error) error {
	hits, err := r.searchHits(ctx, q, p)
	if err != nil {
		return err
	}
	for start := 0; start < len(hits); start += streamBatch {
		rows, err := r.hitRows(ctx, hits[start:min(len(hits), start+streamBatch)])
		if err != nil {
			return err
		}
		for _, t := range rows {
			if err := fn(t); err != nil {
				return err
			}
		}
	}
	return nil
}

// streamCacheKiB is the page cache of the connection a long walk uses (SQLite's default is 2 MB):
// the sort index, the people it joins and a share of the tickets stay in memory.
const streamCacheKiB = 16 << 10

// streamConn takes a read connection with a larger page cache for a long walk; release gives
// it back with the default cache.
func (r *TicketReader) streamConn(ctx context.Context) (*sql.Conn, func(), error) {
	pool, err := r.db.Read().DB()
	if err != nil {
		return nil, nil, err
	}
	conn, err := pool.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", streamCacheKiB)); err != nil {
		conn.Close()
		return nil, nil, err
	}
	return conn, func() {
		_, _ = conn.ExecContext(context.Background(), "PRAGMA cache_size = -2000")
		conn.Close()
	}, nil
}
