package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"zensync/backend/search"
)

// searchHit is one ticket matching a search, with its sort keys.
type searchHit struct {
	pk, updated, created, id            int64
	integ, status, priority, ticketType string
}

const hitColumns = `SELECT t.pk, t.updated_at, t.created_at, t.id, t.integration_id, t.status, t.priority, t.type`

// pkColumn selects only a match's pk (see walkSearch).
const pkColumn = `SELECT t.pk`

// searchTickets answers a search with words in it in two steps: one pass collects every matching
// ticket's pk and sort keys (so the matches are found once, for both the total and the page) —
// from the subject/description index, the comment index, and tickets whose people or
// organization the words name or whose number they are — Go sorts them, and a second query
// reads only the page's rows.
func (r *TicketReader) searchTickets(ctx context.Context, q TicketQuery, p searchPlan) (TicketPage, error) {
	if page, ok, err := r.walkSearch(ctx, q, p); ok || err != nil {
		return page, err
	}
	hits, err := r.searchHits(ctx, q, p)
	if err != nil {
		return TicketPage{}, err
	}
	out := TicketPage{Total: int64(len(hits)), Rows: []TicketRow{}}
	if q.Offset >= len(hits) {
		return out, nil
	}
	rows, err := r.hitRows(ctx, hits[q.Offset:min(len(hits), q.Offset+q.Limit)])
	if err != nil {
		return TicketPage{}, err
	}
	out.Rows = rows
	return out, nil
}

// searchHits finds every ticket matching q's search and filters (planned as p), in q's order.
func (r *TicketReader) searchHits(ctx context.Context, q TicketQuery, p searchPlan) ([]searchHit, error) {
	sources, err := r.matchSources(ctx, q, p, hitColumns)
	if err != nil {
		return nil, err
	}
	hits, err := r.readHits(ctx, sources)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(hits, hitSort(q.Sort, p.order))
	return hits, nil
}

// readHits runs sources (each selecting hitColumns) and returns the tickets they find, once each.
func (r *TicketReader) readHits(ctx context.Context, sources []matchSource) ([]searchHit, error) {
	seen := map[int64]bool{}
	var hits []searchHit
	for _, src := range sources {
		rows, err := r.db.Read().WithContext(ctx).Raw(src.sql, src.args...).Rows()
		if err != nil {
			return nil, fmt.Errorf("searching tickets: %w", err)
		}
		for rows.Next() {
			var h searchHit
			if err := rows.Scan(&h.pk, &h.updated, &h.created, &h.id, &h.integ, &h.status, &h.priority, &h.ticketType); err != nil {
				rows.Close()
				return nil, fmt.Errorf("searching tickets: %w", err)
			}
			if !seen[h.pk] {
				seen[h.pk] = true
				hits = append(hits, h)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("searching tickets: %w", err)
		}
	}
	return hits, nil
}

// matchSource is one query of a search's matches (see matchSources).
type matchSource struct {
	sql  string
	args []any
}

// matchSources are the queries whose union is the tickets matching q's search and filters
// (planned as p), each selecting cols of tickets t: from the subject/description index, the
// comment index, and tickets whose people or organization the words name or whose number they are.
func (r *TicketReader) matchSources(ctx context.Context, q TicketQuery, p searchPlan, cols string) ([]matchSource, error) {
	where, args := q.whereWith(false, p)
	filter := strings.Replace(where, " WHERE ", " AND ", 1)
	mt, err := r.matchExpr(ctx, "tickets_fts", p.words)
	if err != nil {
		return nil, err
	}
	mc, err := r.matchExpr(ctx, "comments_fts", p.words)
	if err != nil {
		return nil, err
	}
	sources := []matchSource{
		{cols + ` FROM tickets_fts JOIN tickets t ON t.pk = tickets_fts.rowid WHERE tickets_fts MATCH ?`, []any{mt}},
		{cols + ` FROM comments_fts JOIN comments c ON c.pk = comments_fts.rowid
			JOIN tickets t ON t.integration_id = c.integration_id AND t.id = c.ticket_id
			WHERE comments_fts MATCH ?`, []any{mc}},
	}
	if len(p.people)+len(p.orgs) > 0 {
		var ors []string
		var nargs []any
		for _, part := range []struct {
			col  string
			keys []entityKey
		}{{"requester_id", p.people}, {"assignee_id", p.people}, {"organization_id", p.orgs}} {
			if len(part.keys) > 0 {
				c, a := keysCond(part.col, part.keys)
				ors, nargs = append(ors, "("+c+")"), append(nargs, a...)
			}
		}
		sources = append(sources, matchSource{cols + ` FROM tickets t WHERE (` + strings.Join(ors, " OR ") + `)`, nargs})
	}
	if p.number > 0 {
		c, a, err := r.termCond(ctx, q.IntegrationID, search.Term{Field: search.FieldID, ID: p.number})
		if err != nil {
			return nil, err
		}
		sources = append(sources, matchSource{cols + ` FROM tickets t WHERE ` + c, a})
	}
	if cols == pkColumn && filter == "" {
		// The index holds a row for every ticket (triggers and the bulk writer keep it so):
		// its row ids are the tickets' pks, with no ticket row to read.
		sources[0].sql = `SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?`
	}
	for i := range sources {
		sources[i].sql += filter
		sources[i].args = append(sources[i].args, args...)
	}
	return sources, nil
}

// hitRows reads the list rows of page, in page's order.
func (r *TicketReader) hitRows(ctx context.Context, page []searchHit) ([]TicketRow, error) {
	pks := make([]string, len(page))
	pos := make(map[int64]int, len(page))
	for i, h := range page {
		pks[i] = strconv.FormatInt(h.pk, 10)
		pos[h.pk] = i
	}
	got, err := r.rowsByPK(ctx, strings.Join(pks, ","))
	if err != nil {
		return nil, err
	}
	out := make([]TicketRow, len(page))
	for pk, row := range got {
		out[pos[pk]] = row
	}
	return out, nil
}

// hitOrder is the comparison for a sort name (the same orders as TicketQuery.orderBy).
func hitOrder(sort string) func(a, b searchHit) int {
	desc := func(x, y int64) int { return -cmpInt(x, y) }
	switch sort {
	case SortCreatedDesc:
		return func(a, b searchHit) int {
			if c := desc(a.created, b.created); c != 0 {
				return c
			}
			return desc(a.id, b.id)
		}
	case SortIDAsc:
		return func(a, b searchHit) int {
			if c := cmpInt(a.id, b.id); c != 0 {
				return c
			}
			return strings.Compare(a.integ, b.integ)
		}
	default:
		return func(a, b searchHit) int {
			if c := desc(a.updated, b.updated); c != 0 {
				return c
			}
			return desc(a.id, b.id)
		}
	}
}

func cmpInt(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// rowsByPK reads list rows for a comma-separated list of pks (integers formatted by Go).
func (r *TicketReader) rowsByPK(ctx context.Context, pkList string) (map[int64]TicketRow, error) {
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT t.pk, t.integration_id, t.id, t.subject, t.status, t.priority,
		coalesce(rq.name, ''), coalesce(asg.name, ''), coalesce(o.name, ''), t.tags,
		t.created_at, t.updated_at, t.deleted, t.merged_into
		FROM tickets t
		LEFT JOIN users rq ON rq.integration_id = t.integration_id AND rq.id = t.requester_id
		LEFT JOIN users asg ON asg.integration_id = t.integration_id AND asg.id = t.assignee_id
		LEFT JOIN organizations o ON o.integration_id = t.integration_id AND o.id = t.organization_id
		WHERE t.pk IN (` + pkList + `)`).Rows()
	if err != nil {
		return nil, fmt.Errorf("reading tickets: %w", err)
	}
	defer rows.Close()
	out := map[int64]TicketRow{}
	for rows.Next() {
		var t TicketRow
		var pk, created, updated int64
		var tags string
		if err := rows.Scan(&pk, &t.IntegrationID, &t.ID, &t.Subject, &t.Status, &t.Priority, &t.RequesterName,
			&t.AssigneeName, &t.OrganizationName, &tags, &created, &updated, &t.Deleted, &t.MergedInto); err != nil {
			return nil, fmt.Errorf("reading tickets: %w", err)
		}
		t.Tags, t.CreatedAt, t.UpdatedAt = splitList(tags), formatUnix(created), formatUnix(updated)
		out[pk] = t
	}
	return out, rows.Err()
}

// solvedCond is solved:/solved>/solved< over what is kept offline. Zendesk's ticket records
// carry no solved time (its ticket metrics do, and Zensync does not sync them), so a ticket
// counts as solved at its last update when its status is solved or closed: exact for a ticket
// not touched since it was solved; a closed ticket counts at its closing (or later) update.
func solvedCond(from, to int64) (string, []any, error) {
	c, a := dateCond("t.updated_at", from, to)
	return "t.status IN ('solved', 'closed') AND " + c, a, nil
}
