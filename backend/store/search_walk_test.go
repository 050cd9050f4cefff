package store

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"zensync/backend/search"
)

// A search of words alone pages by walking the sort index (or, for few matches, by reading
// their sort keys); either way its page and total are those of the general search path.
func TestWalkSearchPagesLikeTheGeneralPath(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	base := time.Now().UTC().Add(-1000 * time.Hour)
	// Two integrations, ids apart: tickets tie on their update time but never on time and id,
	// where the general path's order is not defined.
	for n, integ := range []string{"i1", "i2"} {
		b := Batch{IntegrationID: integ}
		for i := int64(1); i <= 300; i++ {
			id := i + int64(n)*1000
			subject := "alpha"
			if i%3 == 0 {
				subject += " beta"
			}
			if i%50 == 0 {
				subject += " gamma"
			}
			// Updates tie in pairs (same time, ids differ); creation runs the other way.
			b.Tickets = append(b.Tickets, TicketRecord{ID: id, Subject: subject, Status: "open",
				CreatedAt: base.Add(time.Duration(400-i) * time.Hour), UpdatedAt: base.Add(time.Duration((i*37)%150) * time.Hour)})
			if i%7 == 0 {
				b.Comments = append(b.Comments, CommentRecord{ID: id, TicketID: id, Body: "a beta comment"})
			}
		}
		if _, err := repo.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	read := NewTicketReader(db, nil)
	var maxPK int64
	if err := db.Read().Raw(`SELECT max(pk) FROM tickets`).Row().Scan(&maxPK); err != nil {
		t.Fatal(err)
	}
	var walked, looked int
	for _, s := range []string{"alpha", "beta", "gamma", "alpha beta", "bet", "nothing"} {
		for _, sort := range []string{"", SortUpdatedDesc, SortCreatedDesc, SortIDAsc} {
			for _, pg := range [][2]int{{0, 10}, {0, 100}, {7, 25}, {590, 100}} {
				q := TicketQuery{Search: s, Sort: sort, Offset: pg[0], Limit: pg[1]}
				name := fmt.Sprintf("%q sort %q page %v", s, sort, pg)
				want := generalSearch(t, read, q)
				got, err := read.Tickets(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if got.Total != want.Total || !slices.Equal(rowKeys(got.Rows), rowKeys(want.Rows)) {
					t.Errorf("%s: %d %v, want %d %v", name, got.Total, rowKeys(got.Rows), want.Total, rowKeys(want.Rows))
				}
				// The walk itself, not only what Tickets answers (which falls back to the general
				// path whenever the walk declines): it takes every sort an index serves.
				page, ok, err := read.walkSearch(ctx, q, planOf(t, read, q))
				if err != nil {
					t.Fatal(err)
				}
				if ok != (sort != SortIDAsc) {
					t.Errorf("%s: walkSearch answered %v", name, ok)
					continue
				}
				if ok && (page.Total != want.Total || !slices.Equal(rowKeys(page.Rows), rowKeys(want.Rows))) {
					t.Errorf("%s: walked %d %v, want %d %v", name, page.Total, rowKeys(page.Rows), want.Total, rowKeys(want.Rows))
				}
				if ok && want.Total > int64(pg[0]) {
					if shouldWalk(pg[0]+pg[1], maxPK, int(want.Total)) {
						walked++
					} else {
						looked++
					}
				}
			}
		}
	}
	if walked == 0 || looked == 0 {
		t.Errorf("pages walked %d, read by sort keys %d: the table must try both", walked, looked)
	}
}

// planOf is q's search, parsed and planned as Tickets plans it.
func planOf(t *testing.T, read *TicketReader, q TicketQuery) searchPlan {
	t.Helper()
	sq, err := search.Parse(q.Search, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	p, err := read.planSearch(t.Context(), q.IntegrationID, sq)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// generalSearch is a search's page by the general path (every match's sort keys, sorted in Go).
func generalSearch(t *testing.T, read *TicketReader, q TicketQuery) TicketPage {
	t.Helper()
	ctx := t.Context()
	p := planOf(t, read, q)
	hits, err := read.searchHits(ctx, q, p)
	if err != nil {
		t.Fatal(err)
	}
	out := TicketPage{Total: int64(len(hits))}
	if q.Offset < len(hits) {
		if out.Rows, err = read.hitRows(ctx, hits[q.Offset:min(len(hits), q.Offset+q.Limit)]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func rowKeys(rows []TicketRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fmt.Sprintf("%s/%d", r.IntegrationID, r.ID)
	}
	return out
}
