package oauth

import (
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/testenv"
)

// harness wires a Manager over a real SQLite store, the in-memory keyring and a URL template,
// capturing every log line.
type harness struct {
	m      *Manager
	repo   *store.IntegrationRepo
	sec    *secrets.Memory
	dbPath string
	logs   *testenv.Buffer
	in     integration.Integration
}

func newHarness(t *testing.T, template string, now func() time.Time) *harness {
	t.Helper()
	ctx := t.Context()
	h := &harness{sec: secrets.NewMemory(), logs: &testenv.Buffer{}}
	h.dbPath = filepath.Join(t.TempDir(), "zensync.db")
	db, err := store.Open(ctx, h.dbPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h.repo = store.NewIntegrationRepo(db, nil)
	log := slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	flow := NewFlow(FlowConfig{Addr: freeAddr(t), TimeLimit: 5 * time.Second, Log: log, Now: now})
	h.m = NewManager(ManagerConfig{URLTemplate: template, Flow: flow, Secrets: h.sec, Store: h.repo, Log: log, Now: now})
	h.in, err = h.repo.Create(ctx, integration.Integration{
		ID: "5f0c7a52-0000-4000-8000-000000000001", Name: "Acme", Capability: integration.Helpdesk, Domain: "acme",
		PullRecordBy: integration.PullByUpdatedTime, OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5,
	})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// newConnected is a harness over a fake Zendesk, signed in once (the browser follows every redirect).
func newConnected(t *testing.T) (*fakeZendesk, *harness) {
	t.Helper()
	f := newFakeZendesk(t)
	h := newHarness(t, f.template(), f.clock)
	if err := h.connect(t, follow); err != nil {
		t.Fatal(err)
	}
	return f, h
}

// connect runs Connect with browser, the function that plays the browser on authURL.
func (h *harness) connect(t *testing.T, browser func(authURL string) error) error {
	t.Helper()
	ctx := t.Context()
	authURL, wait, err := h.m.Connect(ctx, h.in)
	if err != nil {
		return err
	}
	errs := make(chan error, 1)
	go func() { errs <- browser(authURL) }()
	werr := wait(ctx)
	if berr := <-errs; berr != nil {
		t.Fatalf("browser: %v", berr)
	}
	if werr == nil {
		h.in = h.get(t)
	}
	return werr
}

func (h *harness) get(t *testing.T) integration.Integration {
	t.Helper()
	in, err := h.repo.Get(t.Context(), h.in.ID)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func (h *harness) saved(t *testing.T) Token {
	t.Helper()
	tok, err := tokenStore{secrets: h.sec}.load(t.Context(), h.in.ID)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// follow plays a browser that already signed in: it follows every redirect.
func follow(authURL string) error {
	_, _, err := browseErr(authURL)
	return err
}
