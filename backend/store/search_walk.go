package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// walkAbove: a search with only words in it (no filter, no keyword, the list's own order) finds
// its page by walking the sort index when that visits fewer than walkAbove rows per match it
// would otherwise read. Reading a match's sort keys reads its whole row (subject and
// description come first), a walked index entry is a few bytes.
const walkAbove = 8

// shouldWalk says whether to walk the sort index for the first need of matches tickets among
// about maxPK: the walk visits about need × maxPK / matches index entries.
func shouldWalk(need int, maxPK int64, matches int) bool {
	return int64(need)*maxPK/int64(matches) <= walkAbove*int64(matches)
}

// sortWalk is the index a search's page walks for the list's sort, and its order; ok is false
// for a sort no index serves (id_asc). Sorts other than created_desc and id_asc are newest
// update first, as in TicketQuery.orderBy.
func sortWalk(sort string) (index, order string, ok bool) {
	switch sort {
	case SortIDAsc:
		return "", "", false
	case SortCreatedDesc:
		return "tickets_created", "t.created_at DESC, t.id DESC", true
	}
	return "tickets_updated", "t.updated_at DESC, t.id DESC", true
}

// walkSearch answers a search of words alone (ok false for any other): every match's pk is
// collected without reading its ticket row (the total is their number), and the page is read
// by walking the tickets in the list's order, keeping the matches, until the page is full.
func (r *TicketReader) walkSearch(ctx context.Context, q TicketQuery, p searchPlan) (TicketPage, bool, error) {
	index, order, ok := sortWalk(q.Sort)
	where, _ := q.whereWith(false, p)
	if !ok || where != "" || p.order != nil {
		return TicketPage{}, false, nil
	}
	sources, err := r.matchSources(ctx, q, p, pkColumn)
	if err != nil {
		return TicketPage{}, false, err
	}
	var matches []int64
	for _, src := range sources {
		var got []int64
		if err := r.db.Read().WithContext(ctx).Raw(src.sql, src.args...).Scan(&got).Error; err != nil {
			return TicketPage{}, false, fmt.Errorf("searching tickets: %w", err)
		}
		matches = append(matches, got...)
	}
	// Sorted and without repeats (a ticket can match by its text and by a comment); in
	// ascending order, SQLite builds the IN list's index by appending.
	slices.Sort(matches)
	matches = slices.Compact(matches)
	pks := make([]string, len(matches))
	for i, pk := range matches {
		pks[i] = strconv.FormatInt(pk, 10)
	}
	out := TicketPage{Total: int64(len(pks)), Rows: []TicketRow{}}
	if q.Offset >= len(pks) {
		return out, true, nil
	}
	var maxPK int64
	if err := r.db.Read().WithContext(ctx).Raw(`SELECT coalesce(max(pk), 0) FROM tickets`).Row().Scan(&maxPK); err != nil {
		return TicketPage{}, false, fmt.Errorf("searching tickets: %w", err)
	}
	set := "[" + strings.Join(pks, ",") + "]"
	var page []searchHit
	if shouldWalk(q.Offset+q.Limit, maxPK, len(pks)) {
		var walked []int64
		if err := r.db.Read().WithContext(ctx).Raw(`SELECT t.pk FROM tickets t INDEXED BY `+index+`
			WHERE t.pk IN (SELECT value FROM json_each(?)) ORDER BY `+order+` LIMIT ? OFFSET ?`,
			set, q.Limit, q.Offset).Scan(&walked).Error; err != nil {
			return TicketPage{}, false, fmt.Errorf("searching tickets: %w", err)
		}
		page = make([]searchHit, len(walked))
		for i, pk := range walked {
			page[i].pk = pk
		}
	} else {
		hits, err := r.readHits(ctx, []matchSource{{hitColumns + ` FROM tickets t WHERE t.pk IN (SELECT value FROM json_each(?))`, []any{set}}})
		if err != nil {
			return TicketPage{}, false, err
		}
		slices.SortFunc(hits, hitSort(q.Sort, nil))
		page = hits[q.Offset:min(len(hits), q.Offset+q.Limit)]
	}
	if out.Rows, err = r.hitRows(ctx, page); err != nil {
		return TicketPage{}, false, err
	}
	return out, true, nil
}
