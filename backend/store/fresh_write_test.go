package store

import (
	"testing"
	"time"
)

// A batch mixing records already stored with new ones (and a comment twice) writes what one
// upsert per table did before new rows were inserted plainly: new rows inserted and indexed,
// stored ones changed only when newer (tickets) or when the API's HTML differs (comments), a
// repeated comment's later copy applied after the first, and the counts of what changed.
func TestABatchOfStoredAndNewRecordsWritesWhatTheUpsertWould(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	plain := CommentRecord{ID: 7, TicketID: 1, AuthorID: 10, Public: true, Body: "toner plain", HTMLBody: "<p>toner plain</p>",
		CreatedAt: t0, HTMLFromBody: true}
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i1", Tickets: []TicketRecord{ticket(1, "stored", t0.Add(time.Hour))},
		Comments: []CommentRecord{plain}}); err != nil {
		t.Fatal(err)
	}
	api7 := plain
	api7.HTMLBody, api7.HTMLFromBody = "<p>toner <b>api</b></p>", false
	new8 := CommentRecord{ID: 8, TicketID: 2, Body: "drum cartridge", HTMLBody: "<p>first</p>", CreatedAt: t0}
	again8 := new8
	again8.HTMLBody = "<p>second</p>"
	older := ticket(1, "older", t0)
	a, err := repo.Apply(ctx, Batch{IntegrationID: "i1",
		Tickets:  []TicketRecord{ticket(2, "paper jammed", t0), older, ticket(3, "fuser hot", t0)},
		Comments: []CommentRecord{new8, api7, again8}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Tickets != 2 || a.Comments != 3 {
		t.Errorf("changed %d tickets and %d comments, want 2 (the new ones) and 3 (8 inserted then its HTML replaced, 7's HTML)", a.Tickets, a.Comments)
	}
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.Read().Raw(q).Row().Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	checks := []struct {
		query string
		want  int
	}{
		{`SELECT count(*) FROM tickets WHERE id = 1 AND subject = 'stored'`, 1},
		{`SELECT count(*) FROM tickets`, 3},
		{`SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH 'jammed OR fuser'`, 2},
		{`SELECT count(*) FROM ticket_tags WHERE tag = 'vip'`, 3},
		{`SELECT count(*) FROM comments`, 2},
		{`SELECT count(*) FROM comments WHERE id = 7 AND html_body = '<p>toner <b>api</b></p>'`, 1},
		{`SELECT count(*) FROM comments WHERE id = 8 AND html_body = '<p>second</p>'`, 1},
		{`SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'cartridge'`, 1},
	}
	for _, c := range checks {
		if got := count(c.query); got != c.want {
			t.Errorf("%s = %d, want %d", c.query, got, c.want)
		}
	}
	// In InsertOnce mode a stored ticket and comment are skipped, new ones inserted.
	a, err = repo.Apply(ctx, Batch{IntegrationID: "i1", Mode: InsertOnce,
		Tickets:  []TicketRecord{ticket(1, "newest", t0.Add(9*time.Hour)), ticket(4, "toner low", t0)},
		Comments: []CommentRecord{plain, {ID: 9, TicketID: 4, Body: "low", CreatedAt: t0, HTMLFromBody: true}}})
	if err != nil || a.Tickets != 1 || a.Comments != 1 {
		t.Errorf("insert-once applied %+v, %v; want 1 ticket and 1 comment", a, err)
	}
	if got := count(`SELECT count(*) FROM tickets WHERE id = 1 AND subject = 'stored'`); got != 1 {
		t.Errorf("insert-once replaced a stored ticket")
	}
}
