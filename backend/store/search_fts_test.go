package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// A search's last word, spelled out as the indexed words it starts (matchExpr), finds exactly
// what FTS5's prefix query finds, in the ticket index and the comment index.
func TestPrefixSpelledOutMatchesLikeThePrefix(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	now := time.Now().UTC()
	subjects := map[int64]string{1: "Drama in the printer room", 2: "dramatic printer failure", 3: "dram of whisky",
		4: "DRAMS everywhere", 5: "Une dramé française", 6: "adrama is not a prefix match", 7: "dra alone", 8: "printer only"}
	b := Batch{IntegrationID: "i1", Comments: []CommentRecord{{ID: 1, TicketID: 8, Body: "a dramaturgy of printers"},
		{ID: 2, TicketID: 7, Body: "nothing to see"}}}
	for id, s := range subjects {
		b.Tickets = append(b.Tickets, TicketRecord{ID: id, Subject: s, Status: "open", CreatedAt: now, UpdatedAt: now.Add(time.Duration(id) * time.Minute)})
	}
	for i := 0; i <= maxPrefixWords; i++ { // one more word starting "qux" than may be spelled out
		b.Tickets = append(b.Tickets, TicketRecord{ID: int64(100 + i), Subject: fmt.Sprintf("qux%c%c", 'a'+i/26, 'a'+i%26), CreatedAt: now, UpdatedAt: now})
	}
	if _, err := repo.Apply(ctx, b); err != nil {
		t.Fatal(err)
	}
	read := NewTicketReader(db, nil)
	tests := []struct {
		search  string
		spelled bool    // the prefix is spelled out (else FTS5's prefix query stays)
		wantIDs []int64 // the search's tickets, newest update first
		wantQux int64   // for the qux searches: how many match
	}{
		{search: "dram", spelled: true, wantIDs: []int64{8, 5, 4, 3, 2, 1}},
		{search: "DRAMA", spelled: true, wantIDs: []int64{8, 2, 1}},
		{search: "printer dram", spelled: true, wantIDs: []int64{2, 1}},
		{search: "dra", spelled: true, wantIDs: []int64{8, 7, 5, 4, 3, 2, 1}},
		{search: "dramé", spelled: false, wantIDs: []int64{5}},
		{search: "dramx", spelled: false, wantIDs: nil},
		{search: "qux", spelled: false, wantQux: maxPrefixWords + 1},
		{search: "quxc", spelled: true, wantQux: 13}, // quxca … quxcm
	}
	for _, tt := range tests {
		words := ftsWords(tt.search)
		for _, fts := range []string{"tickets_fts", "comments_fts"} {
			m, err := read.matchExpr(ctx, fts, words)
			if err != nil {
				t.Fatal(err)
			}
			plain := ftsExpr(words, true)
			if fts == "tickets_fts" && (m != plain) != tt.spelled {
				t.Errorf("%q: match %q, spelled out = %v, want %v", tt.search, m, m != plain, tt.spelled)
			}
			if got, want := ftsRowids(t, db, fts, m), ftsRowids(t, db, fts, plain); !slices.Equal(got, want) {
				t.Errorf("%q in %s: %q finds %v, the prefix query %q finds %v", tt.search, fts, m, got, plain, want)
			}
		}
		page, err := read.Tickets(ctx, TicketQuery{Search: tt.search, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, r := range page.Rows {
			ids = append(ids, r.ID)
		}
		if strings.HasPrefix(tt.search, "qux") {
			if page.Total != tt.wantQux {
				t.Errorf("%q: %d tickets, want %d", tt.search, page.Total, tt.wantQux)
			}
		} else if !slices.Equal(ids, tt.wantIDs) || page.Total != int64(len(tt.wantIDs)) {
			t.Errorf("%q: tickets %v (total %d), want %v", tt.search, ids, page.Total, tt.wantIDs)
		}
	}
}

func ftsRowids(t *testing.T, db *DB, fts, match string) []int64 {
	t.Helper()
	var ids []int64
	if err := db.Read().Raw(`SELECT rowid FROM `+fts+` WHERE `+fts+` MATCH ? ORDER BY rowid`, match).Scan(&ids).Error; err != nil {
		t.Fatal(err)
	}
	return ids
}
