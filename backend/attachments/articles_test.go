package attachments

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/seed"
	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/zendesk"
)

// emuEnv is the real emulator over HTTP, watched: requests that list article attachments are
// counted, and any credentials the storage stand-in receives are recorded.
type emuEnv struct {
	t        *testing.T
	acct     *emulator.Account
	base     string // <server>/acme
	token    string
	lists    atomic.Int64
	leaked   atomic.Int64
	db       *store.DB
	articles *store.ArticleAttachmentRepo
	dir      string
}

func newEmuEnv(t *testing.T, articles int) *emuEnv {
	t.Helper()
	srv := emulator.New(emulator.Options{})
	acct, err := srv.AddAccount("acme", emulator.SeedConfig{Tickets: -1, Users: 5, Organizations: 1, Articles: articles})
	if err != nil {
		t.Fatal(err)
	}
	e := &emuEnv{t: t, acct: acct}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/_storage/") && r.Header.Get("Authorization") != "" {
			e.leaked.Add(1)
		}
		if strings.Contains(r.URL.Path, "/attachments") && strings.Contains(r.URL.Path, "/help_center/") {
			e.lists.Add(1)
		}
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { hs.Close(); srv.Close() })
	e.base = hs.URL + "/acme"
	e.token = emuenv.Token(t, hs.URL, "acme", "read")
	e.db = emuenv.OpenStore(t)
	e.articles, e.dir = store.NewArticleAttachmentRepo(e.db, nil), filepath.Join(t.TempDir(), "attachments")
	return e
}

func (e *emuEnv) Client(context.Context, integration.Integration) (*zendesk.Client, error) {
	return zendesk.New(e.base, &http.Client{Transport: emuenv.Bearer(e.token)}, nil), nil
}

// syncArticles stores the account's articles as the Help Center stream does (as integration i1,
// or the one named).
func (e *emuEnv) syncArticles(integrationID ...string) []zendesk.HCArticle {
	e.t.Helper()
	c, _ := e.Client(e.t.Context(), integration.Integration{})
	arts, err := c.HCArticles(e.t.Context(), "")
	if err != nil {
		e.t.Fatal(err)
	}
	var b store.Batch
	b.IntegrationID = "i1"
	if len(integrationID) > 0 {
		b.IntegrationID = integrationID[0]
	}
	for _, x := range arts {
		b.Articles = append(b.Articles, store.ArticleRecord{ID: x.ID, Locale: x.Locale, SectionID: x.SectionID, Title: x.Title,
			Body: x.Body, HTMLURL: x.HTMLURL, CreatedAt: x.CreatedAt, UpdatedAt: x.UpdatedAt})
	}
	if _, err := store.NewRecordRepo(e.db, nil).Apply(e.t.Context(), b); err != nil {
		e.t.Fatal(err)
	}
	return arts
}

func (e *emuEnv) downloader(mod ...func(*Options)) *Downloader {
	o := Options{Repo: store.NewAttachmentRepo(e.db, nil), Articles: e.articles, Integrations: oneIntegration{}, Clients: e,
		Dir: e.dir, PerMinute: 60_000, Concurrency: 3}
	for _, m := range mod {
		m(&o)
	}
	return New(o)
}

func TestArticleAttachmentsAreListedAfterSyncAndDownloadedFromTheEmulator(t *testing.T) {
	ctx := t.Context()
	e := newEmuEnv(t, 40)
	arts := e.syncArticles()
	st, err := e.downloader().RunOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := e.lists.Load(); n != int64(len(arts)) {
		t.Fatalf("%d attachment lists asked for %d articles, want one each", n, len(arts))
	}
	total, logos, logoSHA := 0, 0, ""
	for _, a := range e.acct.Data().HC.Articles {
		want := seed.ArticleAttachments(e.base, a)
		got, err := e.articles.ForArticle(ctx, "i1", a.ID)
		if err != nil || len(got) != len(want) {
			t.Fatalf("article %d: %d stored attachments (%v), Zendesk lists %d", a.ID, len(got), err, len(want))
		}
		byID := map[int64]store.AttachmentView{}
		for _, g := range got {
			byID[g.ID] = g
		}
		for _, w := range want {
			g := byID[w.ID]
			if g.State != store.AttachmentDownloaded || g.ContentURL != w.ContentURL || g.Inline != w.Inline || g.Size != w.Size {
				t.Fatalf("article %d attachment %d: stored %+v, listed %+v", a.ID, w.ID, g, w)
			}
			body, err := os.ReadFile(filepath.Join(e.dir, g.SHA256[:2], g.SHA256))
			sum := sha256.Sum256(body)
			if err != nil || hex.EncodeToString(sum[:]) != g.SHA256 || int64(len(body)) != w.Size {
				t.Fatalf("%s: the local copy does not hold the %d bytes named %s (%v)", w.FileName, w.Size, g.SHA256, err)
			}
			if w.ContentType == "image/png" && !bytes.HasPrefix(body, []byte("\x89PNG")) {
				t.Fatalf("%s: not a PNG", w.FileName)
			}
			if w.FileName == "logo.png" {
				logos++
				if logoSHA != "" && logoSHA != g.SHA256 {
					t.Fatal("the shared logo was stored under two names")
				}
				logoSHA = g.SHA256
			}
			total++
		}
	}
	if total == 0 || logos < 2 || st.Downloaded+st.Deduplicated != total {
		t.Fatalf("%d attachments (%d logos); pass %+v: want each fetched once and the logo stored once", total, logos, st)
	}
	if n := e.leaked.Load(); n != 0 {
		t.Fatalf("the storage host received the token %d times", n)
	}
	// nothing changed: the next pass lists nothing again
	before := e.lists.Load()
	if st, err := e.downloader().RunOnce(ctx); err != nil || st.Downloaded+st.Deduplicated != 0 || e.lists.Load() != before {
		t.Fatalf("second pass: %+v, %v, %d more lists; want nothing to do", st, err, e.lists.Load()-before)
	}
	// a synced article that changed is listed again, alone
	changed := arts[0]
	changed.UpdatedAt = changed.UpdatedAt.Add(1e9)
	if _, err := store.NewRecordRepo(e.db, nil).Apply(ctx, store.Batch{IntegrationID: "i1", Articles: []store.ArticleRecord{{ID: changed.ID,
		Locale: changed.Locale, Title: changed.Title, CreatedAt: changed.CreatedAt, UpdatedAt: changed.UpdatedAt}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.downloader().RunOnce(ctx); err != nil || e.lists.Load() != before+1 {
		t.Fatalf("after one article changed: %d lists (%v), want 1", e.lists.Load()-before, err)
	}
}

func TestArticleAttachmentsShareTheCapsOfCommentAttachments(t *testing.T) {
	ctx := t.Context()
	e := newEmuEnv(t, 40)
	e.syncArticles()
	st, err := e.downloader(func(o *Options) { o.MaxFileBytes = 10_000 }).RunOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := e.articles.Summary(ctx)
	if st.TooLarge == 0 || s.TooLarge != int64(st.TooLarge) || s.Pending != 0 {
		t.Fatalf("per-file limit 10 KB: pass %+v, summary %+v; want the images refused as too large", st, s)
	}
	for _, a := range e.acct.Data().HC.Articles {
		got, _ := e.articles.ForArticle(ctx, "i1", a.ID)
		for _, g := range got {
			if (g.Size > 10_000) != (g.State == store.AttachmentTooLarge) {
				t.Fatalf("%s (%d bytes) is %s with a 10 KB limit", g.FileName, g.Size, g.State)
			}
		}
	}
	// the total cap counts the comment attachments' files too: with no room, nothing more is fetched
	e2 := newEmuEnv(t, 40)
	e2.syncArticles()
	st, err = e2.downloader(func(o *Options) { o.MaxTotalBytes = 1 }).RunOnce(ctx)
	if err != nil || !st.Full || st.Downloaded != 0 {
		t.Fatalf("total cap of 1 byte: %+v, %v; want full and nothing downloaded", st, err)
	}
}

// A restricted article's file may redirect to a sign-in page: the page is not stored as the file.
func TestAWebPageInsteadOfTheFileIsAFailureNotAFile(t *testing.T) {
	ctx := t.Context()
	e := newEnv(t)
	signIn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/hc/article_attachments/") {
			http.Redirect(w, r, "/access/unauthenticated", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<html><body>Sign in</body></html>"))
	}))
	t.Cleanup(signIn.Close)
	ids := e.comment(store.AttachmentRecord{FileName: "shot.png", ContentType: "image/png", Size: 30,
		ContentURL: signIn.URL + "/hc/article_attachments/5/shot.png"})
	st, err := e.downloader(func(o *Options) { o.Clients = clientFor{base: signIn.URL} }).RunOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := e.state(ids[0])
	if st.Failed != 1 || a.State != store.AttachmentFailed || !strings.Contains(a.Reason, "web page") || a.SHA256 != "" {
		t.Fatalf("pass %+v, attachment %+v; want failed with the reason, nothing stored", st, a)
	}
}

// signedOut refuses integration i0's client (its token is gone); others get the emulator's.
type signedOut struct{ *emuEnv }

func (s signedOut) Client(ctx context.Context, in integration.Integration) (*zendesk.Client, error) {
	if in.ID == "i0" {
		return nil, zendesk.ErrUnauthorized
	}
	return s.emuEnv.Client(ctx, in)
}

func TestArticleListingIsCappedPerPassAndAnUnreachableIntegrationHoldsUpNoOther(t *testing.T) {
	ctx := t.Context()
	e := newEmuEnv(t, 250)
	e.syncArticles("i0")
	e.syncArticles("i1")
	dl := e.downloader(func(o *Options) { o.Clients = signedOut{e} })
	if _, err := dl.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.lists.Load(); n != articlesPerPass {
		t.Fatalf("first pass listed %d articles, want the cap of %d (all of i1's, none of the signed-out i0's)", n, articlesPerPass)
	}
	select {
	case <-dl.kick:
	default:
		t.Fatal("more articles wait, yet the pass asked for no other")
	}
	if _, err := dl.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.lists.Load(); n != 250 {
		t.Fatalf("after two passes %d articles listed, want i1's 250", n)
	}
	left, _ := e.articles.Unscanned(ctx, "", 0, 1000)
	if len(left) != 250 || left[0].IntegrationID != "i0" || left[249].IntegrationID != "i0" {
		t.Fatalf("still to list: %d articles; want the 250 of i0, kept for when it is signed in again", len(left))
	}
	select {
	case <-dl.kick:
		t.Fatal("only the unreachable integration's articles wait, yet the pass asked for another at once")
	default:
	}
}
