package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"zensync/backend/search"
)

// TicketReader answers the ticket list, the ticket page and the filters from the local
// database only (read pool), so it works offline and never waits for a sync transaction.
type TicketReader struct {
	db     *DB
	now    func() time.Time // anchors relative search dates (updated<3days)
	gen    func() uint64
	mu     sync.Mutex
	counts map[string]countEntry
}

type countEntry struct {
	gen   uint64
	total int64
}

// NewTicketReader returns a reader; gen (usually RecordRepo.Generation) lets it cache totals
// until the data changes (nil: never cache).
func NewTicketReader(db *DB, gen func() uint64) *TicketReader {
	return &TicketReader{db: db, now: time.Now, gen: gen, counts: map[string]countEntry{}}
}

// whereWith builds the WHERE clause of q and of its parsed search p over tickets aliased t;
// tagExists tests the list's tag filter per ticket instead of as an IN list, which is faster
// when walking an index in sort order and the tag is common.
func (q TicketQuery) whereWith(tagExists bool, p searchPlan) (string, []any) {
	var conds []string
	var args []any
	if q.IntegrationID != "" {
		conds, args = append(conds, "t.integration_id = ?"), append(args, q.IntegrationID)
	}
	if len(q.Statuses) > 0 {
		conds = append(conds, "t.status IN ("+placeholders(len(q.Statuses))+")")
		for _, s := range q.Statuses {
			args = append(args, s)
		}
	}
	if len(q.Priorities) > 0 {
		conds = append(conds, "t.priority IN ("+placeholders(len(q.Priorities))+")")
		for _, p := range q.Priorities {
			args = append(args, p)
		}
	}
	if q.AssigneeID != 0 {
		conds, args = append(conds, "t.assignee_id = ?"), append(args, q.AssigneeID)
	}
	if q.OrganizationID != 0 {
		conds, args = append(conds, "t.organization_id = ?"), append(args, q.OrganizationID)
	}
	if tag := strings.TrimSpace(q.Tag); tag != "" {
		if tagExists {
			conds = append(conds, "EXISTS (SELECT 1 FROM ticket_tags g WHERE g.tag = ? AND g.ticket_pk = t.pk)")
		} else {
			conds = append(conds, "t.pk IN (SELECT ticket_pk FROM ticket_tags WHERE tag = ?)")
		}
		args = append(args, tag)
	}
	conds, args = append(conds, p.conds...), append(args, p.args...)
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func (q TicketQuery) orderBy() string {
	switch q.Sort {
	case SortCreatedDesc:
		return " ORDER BY t.created_at DESC, t.id DESC"
	case SortIDAsc:
		return " ORDER BY t.id ASC, t.integration_id"
	default:
		return " ORDER BY t.updated_at DESC, t.id DESC"
	}
}

// Tickets returns one page of tickets matching q, and how many match in all.
func (r *TicketReader) Tickets(ctx context.Context, q TicketQuery) (TicketPage, error) {
	if q.Limit <= 0 || q.Limit > MaxPageSize {
		q.Limit = MaxPageSize
	}
	if q.Offset < 0 {
		q.Offset = 0
	}
	sq, err := search.Parse(q.Search, r.now())
	if err != nil {
		return TicketPage{}, fmt.Errorf("searching tickets: %w", err)
	}
	sq, q = liftLoneTag(sq, q)
	p, err := r.planSearch(ctx, q.IntegrationID, sq)
	if err != nil {
		return TicketPage{}, fmt.Errorf("searching tickets: %w", err)
	}
	if p.hasText() {
		return r.searchTickets(ctx, q, p)
	}
	where, args := q.whereWith(false, p)
	countSQL := "SELECT count(*) FROM tickets t" + where
	if onlyTag := (TicketQuery{Tag: q.Tag}); q.Tag != "" && q.sameFilters(onlyTag) {
		countSQL, args = "SELECT count(*) FROM ticket_tags WHERE tag = ?", []any{strings.TrimSpace(q.Tag)}
	}
	total, err := r.count(ctx, countSQL, args)
	if err != nil {
		return TicketPage{}, err
	}
	if q.Tag != "" && total > tagScanAbove {
		where, args = q.whereWith(true, p)
	} else {
		where, args = q.whereWith(false, p)
	}
	order := orderSQL(q.Sort, p.order)
	page := `SELECT t.integration_id, t.id, t.subject, t.status, t.priority,
		coalesce(rq.name, ''), coalesce(asg.name, ''), coalesce(o.name, ''), t.tags,
		t.created_at, t.updated_at, t.deleted, t.merged_into
		FROM (SELECT t.* FROM tickets t` + where + order + ` LIMIT ? OFFSET ?) t
		LEFT JOIN users rq ON rq.integration_id = t.integration_id AND rq.id = t.requester_id
		LEFT JOIN users asg ON asg.integration_id = t.integration_id AND asg.id = t.assignee_id
		LEFT JOIN organizations o ON o.integration_id = t.integration_id AND o.id = t.organization_id` + order
	rows, err := r.db.Read().WithContext(ctx).Raw(page, append(args, q.Limit, q.Offset)...).Rows()
	if err != nil {
		return TicketPage{}, fmt.Errorf("listing tickets: %w", err)
	}
	defer rows.Close()
	out := TicketPage{Total: total, Rows: make([]TicketRow, 0, q.Limit)}
	for rows.Next() {
		var t TicketRow
		var tags string
		var created, updated int64
		if err := rows.Scan(&t.IntegrationID, &t.ID, &t.Subject, &t.Status, &t.Priority, &t.RequesterName,
			&t.AssigneeName, &t.OrganizationName, &tags, &created, &updated, &t.Deleted, &t.MergedInto); err != nil {
			return TicketPage{}, fmt.Errorf("listing tickets: %w", err)
		}
		t.Tags, t.CreatedAt, t.UpdatedAt = splitList(tags), formatUnix(created), formatUnix(updated)
		out.Rows = append(out.Rows, t)
	}
	return out, rows.Err()
}

// liftLoneTag turns a search that is one tags: term alone into the list's tag filter, whose
// count and page are tuned for tags (a tag's ticket_tags rows are counted directly).
func liftLoneTag(sq search.Query, q TicketQuery) (search.Query, TicketQuery) {
	if len(sq.Text) > 0 || len(sq.Terms) != 1 || sq.Order != nil || q.Tag != "" {
		return sq, q
	}
	if t := sq.Terms[0]; t.Field == search.FieldTags && !t.Negated {
		sq.Terms, q.Tag, q.Search = nil, t.Value, ""
	}
	return sq, q
}

// tagScanAbove is the number of tagged tickets above which the page walks the sort index and
// tests each ticket's tag, rather than sorting every tagged ticket.
const tagScanAbove = 20000

// sameFilters reports whether q filters exactly like o (ignoring paging and sort).
func (q TicketQuery) sameFilters(o TicketQuery) bool {
	return q.IntegrationID == o.IntegrationID && q.Search == o.Search && len(q.Statuses) == len(o.Statuses) &&
		len(q.Priorities) == len(o.Priorities) && q.AssigneeID == o.AssigneeID &&
		q.OrganizationID == o.OrganizationID && q.Tag == o.Tag
}

// count runs a count query (SELECT count(*) …), cached per data generation.
func (r *TicketReader) count(ctx context.Context, countSQL string, args []any) (int64, error) {
	key := countSQL + fmt.Sprint(args...)
	var gen uint64
	if r.gen != nil {
		gen = r.gen()
		r.mu.Lock()
		e, ok := r.counts[key]
		r.mu.Unlock()
		if ok && e.gen == gen {
			return e.total, nil
		}
	}
	var total int64
	if err := r.db.Read().WithContext(ctx).Raw(countSQL, args...).Row().Scan(&total); err != nil {
		return 0, fmt.Errorf("counting tickets: %w", err)
	}
	if r.gen != nil {
		r.mu.Lock()
		if len(r.counts) > 256 {
			r.counts = map[string]countEntry{}
		}
		r.counts[key] = countEntry{gen: gen, total: total}
		r.mu.Unlock()
	}
	return total, nil
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func formatUnix(s int64) string {
	if s == 0 {
		return ""
	}
	return time.Unix(s, 0).UTC().Format(time.RFC3339)
}
