package store

import (
	"errors"
	"testing"
	"time"
)

func articleRec(id int64, locale string, updated time.Time) ArticleRecord {
	return ArticleRecord{ID: id, Locale: locale, Title: "a", Body: "<p>b</p>", CreatedAt: updated, UpdatedAt: updated}
}

func TestArticleAttachmentsAreListedOncePerArticleVersionAndKeepTheirState(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	atts := NewArticleAttachmentRepo(db, nil)
	apply := func(arts ...ArticleRecord) {
		t.Helper()
		if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Articles: arts}); err != nil {
			t.Fatal(err)
		}
	}
	apply(articleRec(1, "en-us", t0), articleRec(1, "fr", t0.Add(time.Hour)), articleRec(2, "en-us", t0))
	todo, err := atts.Unscanned(ctx, "", 0, 10)
	if err != nil || len(todo) != 2 || todo[0].ArticleID != 1 || todo[0].UpdatedAt != t0.Add(time.Hour).Unix() || todo[1].ArticleID != 2 {
		t.Fatalf("unscanned = %+v, %v; want articles 1 (at its newest locale's time) and 2", todo, err)
	}
	if page, _ := atts.Unscanned(ctx, "i", 1, 10); len(page) != 1 || page[0].ArticleID != 2 {
		t.Fatalf("unscanned after article 1 = %+v", page)
	}
	files := []ArticleAttachmentRecord{
		{ID: 11, FileName: "shot.png", ContentURL: "https://acme.zendesk.com/hc/article_attachments/11/shot.png", ContentType: "image/png", Size: 300, Inline: true},
		{ID: 12, FileName: "list.txt", ContentURL: "https://acme.zendesk.com/hc/article_attachments/12/list.txt", ContentType: "text/plain", Size: 40},
	}
	if err := atts.SaveForArticle(ctx, todo[0], files); err != nil {
		t.Fatal(err)
	}
	if err := atts.SaveForArticle(ctx, todo[1], nil); err != nil {
		t.Fatal(err)
	}
	if left, _ := atts.Unscanned(ctx, "", 0, 10); len(left) != 0 {
		t.Fatalf("listed articles still unscanned: %+v", left)
	}
	pending, err := atts.Pending(ctx, "", 0, 10)
	if err != nil || len(pending) != 2 || pending[0].ID != 11 || !pending[0].Inline || pending[1].ContentURL != files[1].ContentURL {
		t.Fatalf("pending = %+v, %v", pending, err)
	}
	if err := atts.SetDownloaded(ctx, "i", 11, "ab", 300); err != nil {
		t.Fatal(err)
	}
	if err := atts.SetState(ctx, "i", 12, AttachmentFailed, "storage answered 500"); err != nil {
		t.Fatal(err)
	}
	// article 1 changes: listed again; 11 keeps its state, 12 is gone, 13 is new
	apply(articleRec(1, "en-us", t0.Add(2*time.Hour)))
	todo, _ = atts.Unscanned(ctx, "", 0, 10)
	if len(todo) != 1 || todo[0].ArticleID != 1 {
		t.Fatalf("after an update, unscanned = %+v; want article 1", todo)
	}
	if err := atts.SaveForArticle(ctx, todo[0], []ArticleAttachmentRecord{files[0], {ID: 13, FileName: "new.pdf", Size: 9}}); err != nil {
		t.Fatal(err)
	}
	got, err := atts.ForArticle(ctx, "i", 1)
	if err != nil || len(got) != 2 || got[0].ID != 13 || got[0].State != AttachmentPending || got[1].ID != 11 || got[1].State != AttachmentDownloaded || got[1].SHA256 != "ab" {
		t.Fatalf("article 1's attachments = %+v, %v; want 13 pending then the inline 11 downloaded", got, err)
	}
	if has, _ := atts.HasFile(ctx, "ab"); !has {
		t.Fatal("HasFile(ab) = false for a downloaded article attachment")
	}
	if _, err := atts.Get(ctx, "i", 12); !errors.Is(err, ErrNotFound) {
		t.Fatalf("an attachment no longer listed: %v, want ErrNotFound", err)
	}
	if err := repo.DeleteIntegrationData(ctx, "i"); err != nil {
		t.Fatal(err)
	}
	if _, err := atts.Get(ctx, "i", 11); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after deleting the integration's data: %v", err)
	}
	if left, _ := atts.Unscanned(ctx, "", 0, 10); len(left) != 0 {
		t.Fatalf("no articles, yet unscanned = %+v", left)
	}
}

func TestArticleAttachmentSummaryDoesNotCountFilesCommentsShare(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	comments := NewAttachmentRepo(db, nil)
	atts := NewArticleAttachmentRepo(db, nil)
	c := CommentRecord{ID: 10, TicketID: 1, CreatedAt: t0, Attachments: []AttachmentRecord{{ID: 100, FileName: "logo.png", Size: 500}}}
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Tickets: []TicketRecord{ticket(1, "s", t0)}, Comments: []CommentRecord{c}, Articles: []ArticleRecord{articleRec(1, "en-us", t0)}}); err != nil {
		t.Fatal(err)
	}
	ref := ArticleRef{IntegrationID: "i", ArticleID: 1, UpdatedAt: t0.Unix()}
	if err := atts.SaveForArticle(ctx, ref, []ArticleAttachmentRecord{{ID: 1, Size: 500}, {ID: 2, Size: 70}, {ID: 3, Size: 70}, {ID: 4, Size: 9}}); err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		id   int64
		sha  string
		size int64
	}{{1, "logo", 500}, {2, "same", 70}, {3, "same", 70}} {
		if err := atts.SetDownloaded(ctx, "i", x.id, x.sha, x.size); err != nil {
			t.Fatal(err)
		}
	}
	if err := comments.SetDownloaded(ctx, "i", 100, "logo", 500); err != nil {
		t.Fatal(err)
	}
	s, err := atts.Summary(ctx)
	if err != nil || s.Downloaded != 3 || s.Pending != 1 || s.UsedBytes != 70 {
		t.Fatalf("summary = %+v, %v; want 3 downloaded, 1 pending, 70 bytes (the logo is counted with the comments)", s, err)
	}
	cs, _ := comments.Summary(ctx)
	if cs.UsedBytes+s.UsedBytes != 570 {
		t.Fatalf("the two summaries add up to %d bytes, want the 570 of the two distinct files", cs.UsedBytes+s.UsedBytes)
	}
}
