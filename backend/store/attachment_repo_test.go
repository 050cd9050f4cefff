package store

import (
	"errors"
	"testing"
)

func TestAttachmentsArriveWithTheirCommentsAndKeepTheirState(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	atts := NewAttachmentRepo(db, nil)
	read := NewTicketReader(db, nil)
	comment := CommentRecord{ID: 10, TicketID: 1, Body: "see the log", CreatedAt: t0, Attachments: []AttachmentRecord{
		{ID: 100, FileName: "a.png", ContentURL: "https://acme.zendesk.com/attachments/token/x/?name=a.png", ContentType: "image/png", Size: 300, Inline: true},
		{ID: 101, FileName: "b.log", ContentURL: "https://acme.zendesk.com/attachments/token/y/?name=b.log", ContentType: "text/plain", Size: 50},
	}}
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Tickets: []TicketRecord{ticket(1, "s", t0)}, Comments: []CommentRecord{comment}}); err != nil {
		t.Fatal(err)
	}
	pending, err := atts.Pending(ctx, "", 0, 10)
	if err != nil || len(pending) != 2 || pending[0].TicketID != 1 || pending[0].CommentID != 10 || !pending[0].Inline {
		t.Fatalf("pending = %+v, %v", pending, err)
	}
	if err := atts.SetDownloaded(ctx, "i", 100, "abc", 300); err != nil {
		t.Fatal(err)
	}
	if err := atts.SetState(ctx, "i", 101, AttachmentFailed, "storage answered 500"); err != nil {
		t.Fatal(err)
	}
	// the comment arrives again (a later export page): its attachments keep their state
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Comments: []CommentRecord{comment}}); err != nil {
		t.Fatal(err)
	}
	d, err := read.Ticket(ctx, "i", 1)
	if err != nil {
		t.Fatal(err)
	}
	got := d.Comments[0].Attachments
	if len(got) != 2 || got[0].State != AttachmentDownloaded || got[0].SHA256 != "abc" || got[1].State != AttachmentFailed || got[1].Reason != "storage answered 500" {
		t.Fatalf("ticket attachments = %+v", got)
	}
	if p, _ := atts.Pending(ctx, "", 0, 10); len(p) != 0 {
		t.Fatalf("still pending: %+v", p)
	}
	if err := repo.DeleteIntegrationData(ctx, "i"); err != nil {
		t.Fatal(err)
	}
	if _, err := atts.Get(ctx, "i", 100); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after deleting the integration's data: %v", err)
	}
}

func TestAttachmentSummaryCountsEachStoredFileOnce(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	atts := NewAttachmentRepo(db, nil)
	var cs []CommentRecord
	for i := int64(1); i <= 4; i++ {
		cs = append(cs, CommentRecord{ID: i, TicketID: 1, Attachments: []AttachmentRecord{{ID: 10 + i, FileName: "f", Size: 1000}}})
	}
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Comments: cs}); err != nil {
		t.Fatal(err)
	}
	// 11 and 12 are the same bytes; 13 other bytes; 14 too large
	for id, sha := range map[int64]string{11: "same", 12: "same", 13: "other"} {
		if err := atts.SetDownloaded(ctx, "i", id, sha, 1000); err != nil {
			t.Fatal(err)
		}
	}
	if err := atts.SetState(ctx, "i", 14, AttachmentTooLarge, "larger than 1 KB"); err != nil {
		t.Fatal(err)
	}
	s, err := atts.Summary(ctx)
	want := AttachmentSummary{Downloaded: 3, TooLarge: 1, UsedBytes: 2000}
	if err != nil || s != want {
		t.Fatalf("summary = %+v, %v; want %+v", s, err, want)
	}
	if ok, err := atts.HasFile(ctx, "same"); !ok || err != nil {
		t.Fatalf("HasFile(same) = %v, %v", ok, err)
	}
	if ok, _ := atts.HasFile(ctx, "nothing"); ok {
		t.Fatal("HasFile(nothing) = true")
	}
}
