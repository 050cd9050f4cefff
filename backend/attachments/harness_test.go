package attachments

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/zendesk"
)

const secretToken = "account-token-123"

// fakeZendesk is an account host that wants the token and redirects to a separate storage
// host, which serves bytes to anyone and records every Authorization header it ever sees.
type fakeZendesk struct {
	t        *testing.T
	account  *httptest.Server
	storage  *httptest.Server
	mu       sync.Mutex
	files    map[string][]byte // token -> bytes
	status   map[string]int    // token -> storage status to answer instead
	limited  map[string]int    // token -> 429s still to answer
	block    map[string]chan struct{}
	leaked   []string // Authorization headers the storage host received
	accHits  int
	noBearer int // account requests without the token
}

func newFakeZendesk(t *testing.T) *fakeZendesk {
	f := &fakeZendesk{t: t, files: map[string][]byte{}, status: map[string]int{}, limited: map[string]int{}, block: map[string]chan struct{}{}}
	f.storage = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		if h := r.Header.Get("Authorization"); h != "" {
			f.leaked = append(f.leaked, h)
		}
		tok := strings.TrimPrefix(r.URL.Path, "/blob/")
		body, ok := f.files[tok]
		status, block := f.status[tok], f.block[tok]
		f.mu.Unlock()
		if block != nil {
			select {
			case <-block:
			case <-r.Context().Done():
				return
			}
		}
		if status != 0 {
			w.WriteHeader(status)
			return
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = w.Write(body)
	}))
	f.account = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.accHits++
		if r.Header.Get("Authorization") != "Bearer "+secretToken {
			f.noBearer++
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"error":"invalid_token"}`))
			return
		}
		tok := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/attachments/token/"), "/")
		if f.limited[tok] > 0 {
			f.limited[tok]--
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		http.Redirect(w, r, f.storage.URL+"/blob/"+tok, http.StatusFound)
	}))
	t.Cleanup(func() { f.account.Close(); f.storage.Close() })
	return f
}

// add serves body under token and returns the content_url the account announces.
func (f *fakeZendesk) add(token string, body []byte) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.files[token] = body
	return f.account.URL + "/attachments/token/" + token + "/?name=" + token + ".bin"
}

type oneIntegration struct{}

func (oneIntegration) Get(_ context.Context, id string) (integration.Integration, error) {
	return integration.Integration{ID: id, Domain: "acme"}, nil
}

type clientFor struct{ base string }

func (c clientFor) Client(context.Context, integration.Integration) (*zendesk.Client, error) {
	return zendesk.New(c.base, &http.Client{Transport: emuenv.Bearer(secretToken)}, nil), nil
}

type env struct {
	t      *testing.T
	db     *store.DB
	repo   *store.AttachmentRepo
	dir    string
	zd     *fakeZendesk
	nextID int64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	db := emuenv.OpenStore(t)
	return &env{t: t, db: db, repo: store.NewAttachmentRepo(db, nil), dir: filepath.Join(t.TempDir(), "attachments"), zd: newFakeZendesk(t)}
}

// comment stores one comment on ticket 1 with one attachment per (url, announced size).
func (e *env) comment(atts ...store.AttachmentRecord) []int64 {
	e.t.Helper()
	e.nextID++
	var ids []int64
	for i := range atts {
		atts[i].ID = e.nextID*100 + int64(i)
		ids = append(ids, atts[i].ID)
	}
	_, err := store.NewRecordRepo(e.db, nil).Apply(e.t.Context(), store.Batch{IntegrationID: "i1",
		Comments: []store.CommentRecord{{ID: e.nextID, TicketID: 1, CreatedAt: time.Now(), Attachments: atts}}})
	if err != nil {
		e.t.Fatal(err)
	}
	return ids
}

func (e *env) downloader(mod ...func(*Options)) *Downloader {
	o := Options{Repo: e.repo, Integrations: oneIntegration{}, Clients: clientFor{base: e.zd.account.URL}, Dir: e.dir,
		PerMinute: 60_000, Concurrency: 3}
	for _, m := range mod {
		m(&o)
	}
	return New(o)
}

func (e *env) state(id int64) store.AttachmentView {
	e.t.Helper()
	a, err := e.repo.Get(e.t.Context(), "i1", id)
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

func att(url string, size int) store.AttachmentRecord {
	return store.AttachmentRecord{FileName: "f", ContentURL: url, Size: int64(size)}
}

func bytesOf(s string, n int) []byte { return []byte(strings.Repeat(s, n)) }

func (e *env) noLeak() {
	e.t.Helper()
	e.zd.mu.Lock()
	defer e.zd.mu.Unlock()
	if len(e.zd.leaked) > 0 {
		e.t.Fatalf("the storage host received credentials: %v", e.zd.leaked)
	}
	if e.zd.noBearer > 0 {
		e.t.Fatalf("%d account-host requests came without the token", e.zd.noBearer)
	}
}
