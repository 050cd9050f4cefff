package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
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

// attachmentFixture is a real store with one ticket whose comments have attachments in every
// download state, an article with attachments, and the downloaded bytes in a real attachments
// folder.
type attachmentFixture struct {
	src    Source
	atts   StoreAttachments
	files  map[string][]byte // sha256 → bytes in the attachments folder
	report string            // sha256 of report.pdf (shared with an article attachment)
	image  string            // sha256 of shot.png
}

func tokenURL(token, name string) string {
	return "https://acme.zendesk.com/attachments/token/" + token + "/?name=" + name
}

func seedAttachments(t *testing.T) attachmentFixture {
	t.Helper()
	ctx := t.Context()
	db := emuenv.OpenStore(t)
	body := `<p>See:</p><img src="` + tokenURL("TOKPNG", "shot.png") + `" alt="shot">` +
		`<img src="` + tokenURL("TOKWAIT", "wait.png") + `" alt="wait">` +
		`<img src="` + tokenURL("TOKHTML", "page.png") + `" alt="fake">`
	att := func(id, comment int64, token, name string, size int64, inline bool) store.AttachmentRecord {
		return store.AttachmentRecord{ID: id, TicketID: 1, CommentID: comment, FileName: name, ContentURL: tokenURL(token, name),
			ContentType: "application/octet-stream", Size: size, Inline: inline}
	}
	_, err := store.NewRecordRepo(db, nil).Apply(ctx, store.Batch{IntegrationID: "i1",
		Tickets: []store.TicketRecord{{ID: 1, Subject: "With files", Status: "open", CreatedAt: t0, UpdatedAt: t0}},
		Comments: []store.CommentRecord{
			{ID: 11, TicketID: 1, Public: true, Body: "See", HTMLBody: body, CreatedAt: t0, Attachments: []store.AttachmentRecord{
				att(101, 11, "TOKPNG", "shot.png", 0, true), att(102, 11, "TOKWAIT", "wait.png", 10, true),
				att(103, 11, "TOKHTML", "page.png", 0, true)}},
			{ID: 12, TicketID: 1, Public: false, Body: "Files", CreatedAt: t0.Add(time.Minute), Attachments: []store.AttachmentRecord{
				att(104, 12, "TOKZIP", "big.zip", 5<<30, false), att(105, 12, "TOKBAD", "broken.pdf", 40, false),
				att(106, 12, "TOKPDF", "report.pdf", 0, false), att(107, 12, "TOKGONE", "gone.txt", 0, false)}},
		}})
	if err != nil {
		t.Fatal(err)
	}
	folder := attachments.Folder{Dir: filepath.Join(t.TempDir(), "attachments")}
	f := attachmentFixture{atts: StoreAttachments{Repo: store.NewAttachmentRepo(db, nil), Folder: folder}, files: map[string][]byte{}}
	put := func(b []byte) string {
		sha, _ := attfiles.Put(t, folder, b)
		f.files[sha] = b
		return sha
	}
	f.image = put(attfiles.PNG(t, 3))
	f.report = put(bytes.Repeat([]byte("%PDF quarterly report "), 20000)) // several copy buffers
	page := put([]byte("<html><script>alert(1)</script></html>"))
	repo := store.NewAttachmentRepo(db, nil)
	for _, d := range []struct {
		id  int64
		sha string
	}{{101, f.image}, {103, page}, {106, f.report}, {107, strings.Repeat("ab", 32)}} { // 107: its file was removed
		if err := repo.SetDownloaded(ctx, "i1", d.id, d.sha, int64(len(f.files[d.sha]))); err != nil {
			t.Fatal(err)
		}
	}
	if err := repo.SetState(ctx, "i1", 104, store.AttachmentTooLarge, ""); err != nil {
		t.Fatal(err)
	}
	if err := repo.SetState(ctx, "i1", 105, store.AttachmentFailed, "HTTP 404"); err != nil {
		t.Fatal(err)
	}
	arts := store.NewArticleAttachmentRepo(db, nil)
	if err := arts.SaveForArticle(ctx, store.ArticleRef{IntegrationID: "i1", ArticleID: 7, UpdatedAt: t0.Unix()}, []store.ArticleAttachmentRecord{
		{ID: 201, FileName: "same-report.pdf", ContentURL: "https://acme.zendesk.com/hc/article_attachments/201/same-report.pdf", Size: 1},
		{ID: 202, FileName: "later.png", ContentURL: "https://acme.zendesk.com/hc/article_attachments/202/later.png", Size: 2, Inline: true},
	}); err != nil {
		t.Fatal(err)
	}
	if err := arts.SetDownloaded(ctx, "i1", 201, f.report, int64(len(f.files[f.report]))); err != nil {
		t.Fatal(err)
	}
	f.src = WithAttachments(StoreSource{store.NewTicketReader(db, nil), store.NewHelpCenterReader(db)}, f.atts)
	return f
}

func TestTicketHTMLCarriesDownloadedImagesAndListsEveryFile(t *testing.T) {
	f := seedAttachments(t)
	target := filepath.Join(t.TempDir(), "t.html")
	if err := TicketHTML(t.Context(), f.src, "i1", 1, target, Meta{Version: "1"}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(target)
	page := string(b)
	if m := remoteLoad.FindString(page); m != "" {
		t.Fatalf("the page loads something (%q):\n%s", m, page)
	}
	if !strings.Contains(page, "img-src data:;") {
		t.Fatalf("the policy must allow data: images only:\n%s", page)
	}
	for _, want := range []string{`src="data:image/png;base64,`, `alt="shot"`, "[image: wait]", "[image: fake]",
		"shot.png (", "), shown above</li>", "wait.png (10 bytes), not downloaded yet</li>",
		"big.zip (5368709120 bytes), not downloaded: larger than the per-file limit",
		"broken.pdf (40 bytes), not downloaded: the download failed (HTTP 404)</li>",
		"report.pdf (440000 bytes)</li>", "page.png (38 bytes)</li>"} {
		if !strings.Contains(page, want) {
			t.Fatalf("the export lacks %q:\n%s", want, page)
		}
	}
	if strings.Count(page, "data:image/") != 1 || strings.Contains(page, "<script") {
		t.Fatalf("want exactly the downloaded image carried, no script:\n%s", page)
	}

	t.Run("without the attachments folder the files are still listed", func(t *testing.T) {
		plain := f.src.(withFiles).Source
		if err := TicketHTML(t.Context(), plain, "i1", 1, target, Meta{Version: "1"}); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(target)
		if s := string(b); strings.Contains(s, "data:image/") || !strings.Contains(s, "wait.png (10 bytes), not downloaded yet") {
			t.Fatalf("want no image carried and the files listed:\n%s", s)
		}
	})
}

func TestFolderCopiesTheDownloadedAttachments(t *testing.T) {
	f := seedAttachments(t)
	parent := t.TempDir()
	var last, total int64
	path, err := Folder(t.Context(), f.src, Integration{ID: "i1", Name: "Acme"}, parent, Meta{Version: "1"},
		func(done, all int64) { last, total = done, all })
	if err != nil {
		t.Fatal(err)
	}
	var man Manifest
	b, _ := os.ReadFile(filepath.Join(path, "manifest.json"))
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	if !man.AttachmentsIncluded || !strings.Contains(man.Notes, "attachments/") || strings.Contains(man.Notes, "not included") {
		t.Fatalf("manifest %+v", man)
	}
	lines := readLines(t, filepath.Join(path, "attachments.jsonl"))
	if got := man.Files[len(man.Files)-1]; got != (ManifestFile{Name: "attachments.jsonl", RecordType: "attachments", Count: 9}) || len(lines) != 9 {
		t.Fatalf("manifest file %+v, %d lines; want 9 rows (7 comment, 2 article)", got, len(lines))
	}
	if last != total || total < 9 {
		t.Fatalf("progress %d/%d", last, total)
	}
	byID := map[float64]map[string]any{}
	for _, l := range lines {
		byID[l["id"].(float64)] = l
	}
	shot := byID[101]
	if shot["kind"] != "comment" || shot["ticket_id"] != float64(1) || shot["comment_id"] != float64(11) || shot["file_name"] != "shot.png" ||
		shot["state"] != "downloaded" || shot["sha256"] != f.image || shot["path"] != "attachments/"+f.image {
		t.Fatalf("shot.png line %v", shot)
	}
	if wait := byID[102]; wait["state"] != "pending" || wait["path"] != nil || wait["size"] != float64(10) {
		t.Fatalf("wait.png line %v", wait)
	}
	if big := byID[104]; big["state"] != "too_large" || big["path"] != nil {
		t.Fatalf("big.zip line %v", big)
	}
	if gone := byID[107]; gone["path"] != nil || !strings.Contains(gone["reason"].(string), "local copy is missing") {
		t.Fatalf("a downloaded row whose file is gone: %v", gone)
	}
	if art := byID[201]; art["kind"] != "article" || art["article_id"] != float64(7) || art["path"] != "attachments/"+f.report ||
		art["ticket_id"] != nil {
		t.Fatalf("article attachment line %v", art)
	}
	entries, err := os.ReadDir(filepath.Join(path, "attachments"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(f.files) {
		t.Fatalf("attachments/ holds %d files, want one per distinct downloaded file (%d)", len(entries), len(f.files))
	}
	for sha, want := range f.files {
		got, err := os.ReadFile(filepath.Join(path, "attachments", sha))
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("attachments/%s: %d bytes, err %v; want the %d source bytes", sha, len(got), err, len(want))
		}
	}
}

// cancelOnCopy cancels the export when it looks up the first file to copy.
type cancelOnCopy struct {
	StoreAttachments
	cancel context.CancelFunc
}

func (c cancelOnCopy) Path(sha string) (string, error) {
	c.cancel()
	return c.StoreAttachments.Path(sha)
}

func TestCancelledFolderCopyLeavesNothing(t *testing.T) {
	f := seedAttachments(t)
	parent := t.TempDir()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	src := WithAttachments(f.src, cancelOnCopy{f.atts, cancel})
	_, err := Folder(ctx, src, Integration{ID: "i1", Name: "Acme"}, parent, Meta{}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Fatalf("left behind: %v", entries)
	}
}
