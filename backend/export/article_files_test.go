package export

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zensync/backend/store"
	"zensync/backend/testenv/attfiles"
	"zensync/backend/testenv/emuenv"
)

func TestArticleHTMLCarriesItsDownloadedImagesAndListsItsFiles(t *testing.T) {
	ctx := t.Context()
	db := emuenv.OpenStore(t)
	body := `<p>Before:</p><img src="https://acme.zendesk.com/hc/article_attachments/71/shot.png" alt="shot">` +
		`<img src="https://acme.zendesk.com/hc/en-us/article_attachments/72/later.png" alt="later">` +
		`<img src="https://acme.zendesk.com/hc/article_attachments/73/page.png" alt="fake">` +
		`<img src="https://tracker.test/hc/article_attachments/99/p.gif" alt="pixel">`
	if _, err := store.NewRecordRepo(db, nil).Apply(ctx, store.Batch{IntegrationID: "i1", Articles: []store.ArticleRecord{
		{ID: 7, Locale: "en-us", Title: "With pictures", Body: body, CreatedAt: t0, UpdatedAt: t0}}}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pic := attfiles.PNG(t, 2)
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	files := []ArticleFile{
		{ID: 71, FileName: "shot.png", Size: int64(len(pic)), Inline: true, Path: write("a", pic)},
		{ID: 72, FileName: "later.png", Size: 10, Inline: true},                                                             // not downloaded
		{ID: 73, FileName: "page.png", Size: 20, Inline: true, Path: write("b", []byte("<html><script>x</script></html>"))}, // not an image
		{ID: 74, FileName: "checklist.txt", Size: 30, Path: write("c", []byte("steps"))},
		{ID: 75, FileName: "later.pdf", Size: 40},
	}
	asked := 0
	src := WithArticleFiles(StoreSource{store.NewTicketReader(db, nil), store.NewHelpCenterReader(db)},
		func(_ context.Context, integ string, id int64) ([]ArticleFile, error) {
			asked++
			if integ != "i1" || id != 7 {
				t.Fatalf("files of %s/%d asked", integ, id)
			}
			return files, nil
		})
	target := filepath.Join(t.TempDir(), "a.html")
	if err := ArticleHTML(ctx, src, "i1", 7, "", target, Meta{Version: "1"}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(target)
	page := string(b)
	if m := remoteLoad.FindString(page); m != "" {
		t.Fatalf("the page loads something (%q):\n%s", m, page)
	}
	for _, want := range []string{`src="data:image/png;base64,`, `alt="shot"`, "[image: later]", "[image: fake]", "[image: pixel]",
		"<h2>Attachments</h2>", "checklist.txt (30 bytes)</li>", "later.pdf (40 bytes), not downloaded"} {
		if !strings.Contains(page, want) {
			t.Fatalf("the export lacks %q:\n%s", want, page)
		}
	}
	if strings.Count(page, "data:image/") != 1 || strings.Contains(page, "<script") || strings.Contains(page, "shot.png (") {
		t.Fatalf("want exactly the downloaded image carried, no script, inline images not listed:\n%s", page)
	}
	if asked != 1 {
		t.Fatalf("files asked %d times", asked)
	}
}
