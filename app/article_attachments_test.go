package app

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zensync/backend/attachments"
	"zensync/backend/store"
	"zensync/backend/testenv/attfiles"
	"zensync/backend/testenv/emuenv"
)

func TestArticleAttachmentsAreListedOpenedSavedAndServedFromTheLocalCopy(t *testing.T) {
	ctx := t.Context()
	db := emuenv.OpenStore(t)
	folder := attachments.Folder{Dir: filepath.Join(t.TempDir(), "attachments")}
	now := time.Now().UTC().Truncate(time.Second)
	if _, err := store.NewRecordRepo(db, nil).Apply(ctx, store.Batch{IntegrationID: "i", Articles: []store.ArticleRecord{
		{ID: 7, Locale: "en-us", Title: "How to", CreatedAt: now, UpdatedAt: now}}}); err != nil {
		t.Fatal(err)
	}
	articles := store.NewArticleAttachmentRepo(db, nil)
	err := articles.SaveForArticle(ctx, store.ArticleRef{IntegrationID: "i", ArticleID: 7, UpdatedAt: now.Unix()}, []store.ArticleAttachmentRecord{
		{ID: 71, FileName: "shot.png", ContentURL: "https://acme.zendesk.com/hc/article_attachments/71/shot.png", ContentType: "image/png", Size: 10, Inline: true},
		{ID: 72, FileName: "guide.txt", ContentURL: "https://acme.zendesk.com/hc/article_attachments/72/guide.txt", Size: 10},
	})
	if err != nil {
		t.Fatal(err)
	}
	pic := attfiles.PNG(t, 3)
	sha, p := attfiles.Put(t, folder, pic)
	if err := articles.SetDownloaded(ctx, "i", 71, sha, int64(len(pic))); err != nil {
		t.Fatal(err)
	}
	comments := store.NewAttachmentRepo(db, nil)
	shell := &recordingShell{saveTo: filepath.Join(t.TempDir(), "saved.png")}
	dl := attachments.New(attachments.Options{Repo: comments, Articles: articles, Dir: folder.Dir})
	api := NewAttachmentsAPI(comments, dl, folder, shell, shell, slogDiscard()).withArticles(articles)

	list, err := api.ArticleAttachments("i", 7)
	if err != nil || len(list) != 2 || list[0].ID != 72 || list[0].State != store.AttachmentPending || list[1].ID != 71 || list[1].SHA256 != sha || !list[1].Inline {
		t.Fatalf("ArticleAttachments = %+v, %v; want the pending file, then the downloaded inline image", list, err)
	}
	if err := api.OpenArticleAttachment("i", 71); err != nil || len(shell.opened) != 1 || filepath.Base(shell.opened[0]) != "shot.png" || !bytes.Equal(shell.content, pic) {
		t.Fatalf("OpenArticleAttachment: %v, opened %v", err, shell.opened)
	}
	if path, err := api.SaveArticleAttachmentAs("i", 71); err != nil || path != shell.saveTo {
		t.Fatalf("SaveArticleAttachmentAs = %q, %v", path, err)
	}
	if got, _ := os.ReadFile(shell.saveTo); !bytes.Equal(got, pic) {
		t.Fatal("the saved file is not the attachment")
	}
	var ce *codedError
	if err := api.OpenArticleAttachment("i", 72); !errors.As(err, &ce) || ce.Code != CodeNotFound || !strings.Contains(ce.Message, "not downloaded yet") {
		t.Fatalf("OpenArticleAttachment(pending) = %v; want not_found, not downloaded yet", err)
	}
	if err := api.Open("i", 71); !errors.As(err, &ce) || ce.Code != CodeNotFound {
		t.Fatalf("Open (comment attachments) of an article attachment's id = %v; want not_found", err)
	}
	if s, err := api.Status(); err != nil || s.Downloaded != 1 || s.Pending != 1 || s.UsedBytes != int64(len(pic)) {
		t.Fatalf("Status = %+v, %v; want the article attachments counted", s, err)
	}
	// the HTML export gets the downloaded copies' paths
	ef, err := (&attachmentWiring{articles: articles, folder: folder}).articleFiles(ctx, "i", 7)
	if err != nil || len(ef) != 2 || ef[0].ID != 72 || ef[0].Path != "" || ef[1].ID != 71 || ef[1].Path != p || !ef[1].Inline {
		t.Fatalf("articleFiles = %+v, %v; want 72 without a copy, 71 at %s", ef, err, p)
	}
	next := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusTeapot) })
	h := localAttachments(folder, fileIndexes{comments, articles})(next)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", LocalAttachmentsPrefix+sha, nil))
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "image/png" {
		t.Fatalf("the web view's local copy of an article image: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	rec = httptest.NewRecorder()
	localAttachments(folder, comments)(next).ServeHTTP(rec, httptest.NewRequest("GET", LocalAttachmentsPrefix+sha, nil))
	if rec.Code != http.StatusNotFound {
		t.Fatalf("a file no index names: %d, want 404", rec.Code)
	}
}
