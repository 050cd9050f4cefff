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

	"zensync/backend/attachments"
	"zensync/backend/store"
	"zensync/backend/testenv/attfiles"
	"zensync/backend/testenv/emuenv"
)

type recordingShell struct {
	opened  []string
	saveTo  string
	content []byte
}

func (r *recordingShell) OpenFile(path string) error {
	if runnable[strings.ToLower(filepath.Ext(path))] {
		return errRunnable
	}
	r.opened = append(r.opened, path)
	r.content, _ = os.ReadFile(path)
	return nil
}

func (r *recordingShell) SaveFile(string, string, FileFilter) (string, error) { return r.saveTo, nil }

func (r *recordingShell) ChooseFolder(string) (string, error) { return "", nil }

// attachmentFixture stores a ticket comment with a PNG, an HTML file, a pending and a too-large
// attachment, and writes the downloaded ones into the folder as the downloader would.
func attachmentFixture(t *testing.T) (*store.AttachmentRepo, attachments.Folder, map[string]string) {
	t.Helper()
	ctx := t.Context()
	db := emuenv.OpenStore(t)
	folder := attachments.Folder{Dir: filepath.Join(t.TempDir(), "attachments")}
	files := map[int64][]byte{1: attfiles.PNG(t, 4), 2: []byte("<html><script>alert(1)</script></html>")}
	names := map[int64]string{1: "shot.png", 2: "page.html", 3: "later.png", 4: "huge.zip"}
	var recs []store.AttachmentRecord
	for id := int64(1); id <= 4; id++ {
		recs = append(recs, store.AttachmentRecord{ID: id, FileName: names[id], ContentURL: "https://acme.zendesk.com/attachments/token/t/?name=" + names[id], Size: 10})
	}
	if _, err := store.NewRecordRepo(db, nil).Apply(ctx, store.Batch{IntegrationID: "i", Comments: []store.CommentRecord{{ID: 1, TicketID: 1, Attachments: recs}}}); err != nil {
		t.Fatal(err)
	}
	repo := store.NewAttachmentRepo(db, nil)
	shas := map[string]string{}
	for id, b := range files {
		sha, _ := attfiles.Put(t, folder, b)
		if err := repo.SetDownloaded(ctx, "i", id, sha, int64(len(b))); err != nil {
			t.Fatal(err)
		}
		shas[names[id]] = sha
	}
	_ = repo.SetState(ctx, "i", 4, store.AttachmentTooLarge, "Larger than the 50 MB limit")
	return repo, folder, shas
}

func TestLocalAttachmentsServeOnlyDownloadedImages(t *testing.T) {
	repo, folder, shas := attachmentFixture(t)
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) })
	h := localAttachments(folder, repo)(next)
	cases := []struct {
		name, path string
		status     int
		ctype      string
	}{
		{"a downloaded PNG", LocalAttachmentsPrefix + shas["shot.png"], 200, "image/png"},
		{"a downloaded HTML file is never served to the web view", LocalAttachmentsPrefix + shas["page.html"], 404, ""},
		{"an unknown hash", LocalAttachmentsPrefix + strings.Repeat("a", 64), 404, ""},
		{"a path instead of a hash", LocalAttachmentsPrefix + "../zensync.db", 404, ""},
		{"other paths go to the app's assets", "/index.html", http.StatusTeapot, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
			if rec.Code != c.status || (c.ctype != "" && rec.Header().Get("Content-Type") != c.ctype) {
				t.Fatalf("status %d type %q; want %d %q", rec.Code, rec.Header().Get("Content-Type"), c.status, c.ctype)
			}
		})
	}
}

func TestOpenAndSaveAsUseTheLocalCopy(t *testing.T) {
	repo, folder, _ := attachmentFixture(t)
	shell := &recordingShell{saveTo: filepath.Join(t.TempDir(), "saved.png")}
	dl := attachments.New(attachments.Options{Repo: repo, Dir: folder.Dir})
	api := NewAttachmentsAPI(repo, dl, folder, shell, shell, slogDiscard())
	if err := api.Open("i", 1); err != nil {
		t.Fatal(err)
	}
	if len(shell.opened) != 1 || filepath.Base(shell.opened[0]) != "shot.png" || !bytes.HasPrefix(shell.content, []byte("\x89PNG")) {
		t.Fatalf("opened %v", shell.opened)
	}
	path, err := api.SaveAs("i", 1)
	if err != nil || path != shell.saveTo {
		t.Fatalf("SaveAs = %q, %v", path, err)
	}
	if got, _ := os.ReadFile(path); !bytes.HasPrefix(got, []byte("\x89PNG")) {
		t.Fatal("the saved file is not the attachment")
	}
	for _, id := range []int64{3, 4} {
		err := api.Open("i", id)
		var ce *codedError
		if !errors.As(err, &ce) || ce.Code != CodeNotFound || !strings.Contains(ce.Message, "not downloaded yet") {
			t.Fatalf("Open(%d) = %v; want not_found, not downloaded yet", id, err)
		}
	}
	s, err := api.Status()
	if err != nil || s.Downloaded != 2 || s.Pending != 1 || s.TooLarge != 1 || s.MaxFileBytes != attachments.DefaultMaxFileBytes || s.UsedBytes == 0 {
		t.Fatalf("Status = %+v, %v", s, err)
	}
}

func TestSafeFileNameNeverNamesAPath(t *testing.T) {
	for in, want := range map[string]string{"a.png": "a.png", "../../etc/passwd": "passwd", "": "attachment", "/": "attachment", `dir/x.log`: "x.log"} {
		if got := safeFileName(in); got != want {
			t.Errorf("safeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}
