package store

import (
	"context"
	"testing"
	"time"
)

// t0 is a fixed record time on purpose: updated_at is only a version to compare with other
// records' (newer wins); nothing compares it with the wall clock.
var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func ticket(id int64, subject string, updated time.Time) TicketRecord {
	return TicketRecord{ID: id, Subject: subject, Description: "desc " + subject, Status: "open", Priority: "normal",
		RequesterID: 10, AssigneeID: 20, OrganizationID: 30, Tags: []string{"vip", "billing"},
		CreatedAt: t0, UpdatedAt: updated}
}

func TestApplyTicketsNewerWins(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	read := NewTicketReader(db, repo.Generation)
	if _, err := repo.ApplyTickets(ctx, "i1", []TicketRecord{ticket(1, "first", t0.Add(time.Hour))}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		in          TicketRecord
		wantSubject string
		wantChanged int
	}{
		{"an older version never overwrites a newer one", ticket(1, "older", t0), "first", 0},
		{"the same version changes nothing", ticket(1, "same", t0.Add(time.Hour)), "first", 0},
		{"a newer version replaces it", ticket(1, "newer", t0.Add(2*time.Hour)), "newer", 1},
		{"a deletion with the same time is applied", func() TicketRecord {
			x := ticket(1, "newer", t0.Add(2*time.Hour))
			x.Status = "deleted"
			return x
		}(), "newer", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := repo.ApplyTickets(ctx, "i1", []TicketRecord{tt.in})
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.wantChanged {
				t.Errorf("changed = %d, want %d", n, tt.wantChanged)
			}
			d, err := read.Ticket(ctx, "i1", 1)
			if err != nil {
				t.Fatal(err)
			}
			if d.Subject != tt.wantSubject {
				t.Errorf("subject = %q, want %q", d.Subject, tt.wantSubject)
			}
		})
	}
	d, _ := read.Ticket(ctx, "i1", 1)
	if !d.Deleted || d.Status != "deleted" {
		t.Errorf("deleted ticket: %+v", d.TicketRow)
	}
}

func TestInsertOnceKeepsTheFirstVersion(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	for _, s := range []string{"first", "second"} {
		if _, err := repo.Apply(ctx, Batch{IntegrationID: "i1", Mode: InsertOnce,
			Tickets: []TicketRecord{ticket(7, s, t0.Add(time.Duration(len(s))*time.Hour))},
			Users:   []UserRecord{{ID: 10, Name: s, UpdatedAt: t0.Add(time.Duration(len(s)) * time.Hour)}}}); err != nil {
			t.Fatal(err)
		}
	}
	d, err := NewTicketReader(db, nil).Ticket(ctx, "i1", 7)
	if err != nil {
		t.Fatal(err)
	}
	if d.Subject != "first" || d.RequesterName != "first" {
		t.Errorf("got subject %q requester %q, want the first versions", d.Subject, d.RequesterName)
	}
}

func TestCheckpointCommitsWithRecordsOrNotAtAll(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	cp := &Checkpoint{Stream: "tickets", Value: "c1", Mode: "updated_time", Records: 1}
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i1", Tickets: []TicketRecord{ticket(1, "a", t0)}, Checkpoint: cp}); err != nil {
		t.Fatal(err)
	}
	// A batch that fails (here: its context is cancelled) stores neither its records nor its checkpoint.
	bad := Batch{IntegrationID: "i1", Tickets: []TicketRecord{ticket(2, "b", t0)},
		Checkpoint: &Checkpoint{Stream: "tickets", Value: "c2", Records: 1}}
	ctxCancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := repo.Apply(ctxCancelled, bad); err == nil {
		t.Fatal("want an error from a cancelled batch")
	}
	s, err := repo.SyncState(ctx, "i1", "tickets")
	if err != nil {
		t.Fatal(err)
	}
	if s.Checkpoint != "c1" || s.Records != 1 || s.Pages != 1 {
		t.Errorf("state = %+v, want checkpoint c1 after one page", s)
	}
	if _, err := NewTicketReader(db, nil).Ticket(ctx, "i1", 2); err == nil {
		t.Error("ticket 2 was stored without its checkpoint")
	}
}

func TestMergedTicketIsMarkedFromItsComment(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	read := NewTicketReader(db, nil)
	merged := ticket(5, "dup", t0)
	merged.Status, merged.Tags = "closed", []string{MergeTag}
	comment := CommentRecord{ID: 99, TicketID: 5, Body: `Request #5 "dup" was closed and merged into request #6.`, CreatedAt: t0}
	// Comment first, then ticket (streams arrive in any order) and the other way round.
	for _, order := range []string{"comment-first", "ticket-first"} {
		t.Run(order, func(t *testing.T) {
			integ := order
			if order == "comment-first" {
				repo.AddComments(ctx, integ, []CommentRecord{comment})
				repo.ApplyTickets(ctx, integ, []TicketRecord{merged})
			} else {
				repo.ApplyTickets(ctx, integ, []TicketRecord{merged})
				repo.AddComments(ctx, integ, []CommentRecord{comment})
			}
			d, err := read.Ticket(ctx, integ, 5)
			if err != nil {
				t.Fatal(err)
			}
			if d.MergedInto != 6 || len(d.Comments) != 1 {
				t.Errorf("mergedInto = %d, comments = %d; want 6, 1", d.MergedInto, len(d.Comments))
			}
		})
	}
}

func TestDeleteIntegrationDataLeavesOthers(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	for _, integ := range []string{"a", "b"} {
		if _, err := repo.Apply(ctx, Batch{IntegrationID: integ, Tickets: []TicketRecord{ticket(1, "hello world", t0)},
			Comments: []CommentRecord{{ID: 1, TicketID: 1, Body: "zebra"}}, Checkpoint: &Checkpoint{Stream: "tickets", Value: "x"}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := repo.DeleteIntegrationData(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	page, err := NewTicketReader(db, nil).Tickets(ctx, TicketQuery{Search: "zebra"})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 1 || page.Rows[0].IntegrationID != "b" {
		t.Errorf("after deleting a: %+v", page)
	}
	st, _ := repo.SyncStates(ctx, "a")
	if len(st) != 0 {
		t.Errorf("sync state of a kept: %v", st)
	}
}

func TestATicketTwiceInOneBatchKeepsTheSearchIndexSound(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	for _, mode := range []WriteMode{NewerWins, InsertOnce} {
		integ := map[WriteMode]string{NewerWins: "newer", InsertOnce: "once"}[mode]
		first, second := ticket(1, "walrus", t0), ticket(1, "pelican", t0.Add(time.Minute))
		if _, err := repo.Apply(ctx, Batch{IntegrationID: integ, Mode: mode, Tickets: []TicketRecord{first, second, ticket(2, "other", t0)}}); err != nil {
			t.Fatal(err)
		}
		want := map[WriteMode]string{NewerWins: "pelican", InsertOnce: "walrus"}[mode]
		d, err := NewTicketReader(db, nil).Ticket(ctx, integ, 1)
		if err != nil || d.Subject != want {
			t.Errorf("%s: subject %q (%v), want %q", integ, d.Subject, err, want)
		}
	}
	read := NewTicketReader(db, nil)
	for word, want := range map[string]int64{"walrus": 1, "pelican": 1} {
		if p, err := read.Tickets(ctx, TicketQuery{Search: word}); err != nil || p.Total != want {
			t.Errorf("search %q: %d (%v), want %d", word, p.Total, err, want)
		}
	}
	for _, fts := range []string{"tickets_fts", "comments_fts"} {
		if err := db.Gorm().Exec("INSERT INTO " + fts + " (" + fts + ") VALUES ('integrity-check')").Error; err != nil {
			t.Errorf("%s integrity: %v", fts, err)
		}
	}
}
