package store

import (
	"context"
	"fmt"
)

// streamBatch is how many search hits are read back per query while streaming.
const streamBatch = 500

// EachTicket calls fn for every ticket the list shows for q (the same filters, search and sort
// as Tickets; q.Offset and q.Limit are ignored), one row at a time from the read pool, so an
// export of a million tickets never holds the list in memory. An error from fn stops the walk
// and is returned as is.
func (r *TicketReader) EachTicket(ctx context.Context, q TicketQuery, fn func(TicketRow) error) error {
	if MatchQuery(q.Search) != "" {
		return r.eachSearchHit(ctx, q, fn)
	}
	where, args := q.where()
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT t.integration_id, t.id, t.subject, t.status, t.priority,
		coalesce(rq.name, ''), coalesce(asg.name, ''), coalesce(o.name, ''), t.tags,
		t.created_at, t.updated_at, t.deleted, t.merged_into
		FROM tickets t
		LEFT JOIN users rq ON rq.integration_id = t.integration_id AND rq.id = t.requester_id
		LEFT JOIN users asg ON asg.integration_id = t.integration_id AND asg.id = t.assignee_id
		LEFT JOIN organizations o ON o.integration_id = t.integration_id AND o.id = t.organization_id`+
		where+q.orderBy(), args...).Rows()
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
func (r *TicketReader) eachSearchHit(ctx context.Context, q TicketQuery, fn func(TicketRow) error) error {
	hits, err := r.searchHits(ctx, q)
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
