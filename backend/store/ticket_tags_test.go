package store

import (
	"testing"
	"time"
)

func TestTagsFollowUpdatesAndDeletes(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	read := NewTicketReader(db, repo.Generation)
	a := ticket(1, "one", t0)
	a.Tags = []string{"old", "keep"}
	b := ticket(2, "two", t0)
	b.Tags = []string{"keep"}
	if _, err := repo.ApplyTickets(ctx, "i1", []TicketRecord{a, b}); err != nil {
		t.Fatal(err)
	}
	a.Tags, a.UpdatedAt = []string{"new", "keep"}, t0.Add(time.Hour)
	if _, err := repo.ApplyTickets(ctx, "i1", []TicketRecord{a}); err != nil {
		t.Fatal(err)
	}
	if _, err := repo.ApplyTickets(ctx, "i2", []TicketRecord{b}); err != nil {
		t.Fatal(err)
	}
	count := func(q TicketQuery) int64 {
		t.Helper()
		p, err := read.Tickets(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	tests := []struct {
		q    TicketQuery
		want int64
	}{
		{TicketQuery{Tag: "old"}, 0},
		{TicketQuery{Tag: "new"}, 1},
		{TicketQuery{Tag: "keep"}, 3},
		{TicketQuery{Tag: "keep", IntegrationID: "i1"}, 2},
		{TicketQuery{Tag: "keep", Statuses: []string{"open"}}, 3},
	}
	for _, tt := range tests {
		if got := count(tt.q); got != tt.want {
			t.Errorf("%+v: %d tickets, want %d", tt.q, got, tt.want)
		}
	}
	// The per-ticket form used for common tags selects the same tickets.
	where, args := TicketQuery{Tag: "keep"}.whereWith(true, searchPlan{})
	var n int64
	if err := db.Read().Raw("SELECT count(*) FROM tickets t"+where, args...).Row().Scan(&n); err != nil || n != 3 {
		t.Errorf("EXISTS form: %d, %v", n, err)
	}
	if err := repo.DeleteIntegrationData(ctx, "i1"); err != nil {
		t.Fatal(err)
	}
	var left int64
	db.Read().Raw(`SELECT count(*) FROM ticket_tags`).Row().Scan(&left)
	if left != 1 || count(TicketQuery{Tag: "keep"}) != 1 {
		t.Errorf("after deleting i1: %d tag rows, want 1", left)
	}
}
