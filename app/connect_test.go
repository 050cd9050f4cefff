package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/lifecycle"
	"zensync/backend/oauth"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/webhook"
	"zensync/backend/weblink"
)

// connectFixture is ConnectAPI over a real store, the in-memory keyring and the emulator.
type connectFixture struct {
	api     *ConnectAPI
	repo    *store.IntegrationRepo
	emu     *httptest.Server
	acct    *emulator.Account
	in      integration.Integration
	oauth   string // the redirect listener's address
	opened  chan string
	openErr error // what opening the browser returns
	// callbackGone: the sign-in was cancelled, so Allow's redirect finds no listener.
	callbackGone bool

	mu     sync.Mutex
	events []struct {
		name string
		data any
	}
	activity *store.ActivityRepo
	areas    *signInAreas
}

// signInAreas stands in for the webhook registrar and the syncer behind the real lifecycle and
// token manager: it records the integration each after-sign-in step got, and whether the token
// still worked when the webhook was removed.
type signInAreas struct {
	tokens *oauth.Manager

	mu               sync.Mutex
	ensured          []integration.Integration
	synced           int
	removedWithToken bool
}

func (a *signInAreas) Ensure(_ context.Context, in integration.Integration) (webhook.Registration, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.ensured = append(a.ensured, in)
	return webhook.Registration{}, nil
}

func (a *signInAreas) Remove(ctx context.Context, in integration.Integration) error {
	r := a.tokens.TestConnection(ctx, in) // the token must still work here
	a.mu.Lock()
	a.removedWithToken = r.OK
	a.mu.Unlock()
	return nil
}

func (a *signInAreas) SyncNow(string) error {
	a.mu.Lock()
	a.synced++
	a.mu.Unlock()
	return nil
}

func (a *signInAreas) Stop(context.Context, string) error { return nil }

// afterSignIn waits briefly for n after-sign-in rounds (they run in the background).
func (a *signInAreas) afterSignIn(n int) (ensured []integration.Integration, synced int) {
	for i := 0; i < 200; i++ {
		a.mu.Lock()
		ensured, synced = append([]integration.Integration(nil), a.ensured...), a.synced
		a.mu.Unlock()
		if len(ensured) >= n && synced >= n {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return ensured, synced
}

// connections lists the Activity screen's Connections entries as "level: message", oldest first.
func (f *connectFixture) connections(t *testing.T) []string {
	t.Helper()
	list, err := f.activity.List(t.Context(), store.ActivityFilter{Kind: store.ActivityConnect}, 10)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(list))
	for k, e := range list {
		out[len(list)-1-k] = string(e.Level) + ": " + e.Message
	}
	return out
}

func newConnectFixture(t *testing.T) *connectFixture {
	t.Helper()
	ctx := t.Context()
	srv := emulator.New(emulator.Options{})
	acct, err := srv.AddAccount("acme", emulator.SeedConfig{Tickets: -1, Users: 3, Organizations: 1, Groups: 1, Articles: -1})
	if err != nil {
		t.Fatal(err)
	}
	emu := httptest.NewServer(srv)
	t.Cleanup(func() { emu.Close(); srv.Close() })
	db := emuenv.OpenStore(t)
	f := &connectFixture{repo: store.NewIntegrationRepo(db, nil), emu: emu, acct: acct, opened: make(chan string, 4)}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f.oauth = ln.Addr().String()
	ln.Close()
	cfg := Config{ZendeskURL: emu.URL + "/{subdomain}", OAuthAddr: f.oauth}
	f.activity = store.NewActivityRepo(db, nil)
	sec := secrets.NewMemory()
	tokens := newTokenManager(cfg, slogDiscard(), f.repo, sec)
	f.areas = &signInAreas{tokens: tokens}
	life := lifecycle.New(lifecycle.Deps{Repo: f.repo, Secrets: sec, Tokens: tokens, Webhooks: f.areas, Syncs: f.areas,
		Records: store.NewRecordRepo(db, nil)})
	f.api = NewConnectAPI(ConnectDeps{Life: life, Manager: tokens, Repo: f.repo, Emit: f.emit,
		OpenURL: func(u string) error { f.opened <- u; return f.openErr }, Log: slogDiscard(), Activity: f.activity})
	t.Cleanup(f.api.close)

	body := fmt.Sprintf(`{"identifier":"zensync_app_test","name":"Zensync","kind":"public","redirect_urls":["http://%s/oauth/callback"]}`, f.oauth)
	resp, err := http.Post(emu.URL+"/_emulator/acme/oauth_clients", "application/json", strings.NewReader(body))
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("registering the client: %v %v", err, resp)
	}
	resp.Body.Close()
	f.in, err = f.repo.Create(ctx, integration.Integration{ID: "11111111-2222-4333-8444-555555555555", Name: "Acme",
		Capability: integration.Helpdesk, Domain: "acme", PullRecordBy: integration.PullByUpdatedTime,
		OAuthClientID: "zensync_app_test", PollIntervalMinutes: 5})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *connectFixture) emit(name string, data ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var d any
	if len(data) > 0 {
		d = data[0]
	}
	f.events = append(f.events, struct {
		name string
		data any
	}{name, d})
}

// finished waits for the oauth:finished event and returns it with the names of all events.
func (f *connectFixture) finished(t *testing.T) (OAuthFinished, []string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		f.mu.Lock()
		var names []string
		var ev *OAuthFinished
		for _, e := range f.events {
			names = append(names, e.name)
			if e.name == EventOAuthFinished {
				v := e.data.(OAuthFinished)
				ev = &v
			}
		}
		f.mu.Unlock()
		if ev != nil {
			time.Sleep(20 * time.Millisecond) // let integrations:changed follow
			f.mu.Lock()
			names = names[:0]
			for _, e := range f.events {
				names = append(names, e.name)
			}
			f.events = nil
			f.mu.Unlock()
			return *ev, names
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("no oauth:finished event")
	return OAuthFinished{}, nil
}

// signIn plays the admin in a browser: sign in, the 2FA code from the outbox, then decision.
// It returns the body of the page the decision lands on.
func (f *connectFixture) signIn(t *testing.T, authURL, decision string) string {
	t.Helper()
	c := emuenv.NewBrowser()
	p, err := emuenv.SignIn(c, f.emu.URL, "acme", authURL, f.acct.Admin().Email)
	if err != nil {
		t.Fatal(err)
	}
	p, err = p.Submit(c, url.Values{"decision": {decision}})
	if err != nil && f.callbackGone && strings.Contains(err.Error(), f.oauth) {
		return "" // Allow redirected to a redirect listener that was closed
	}
	if err != nil {
		t.Fatal(err)
	}
	return p.Body
}

func TestConnectAPIConnectsAndRegenerates(t *testing.T) {
	f := newConnectFixture(t)
	start, err := f.api.Start(f.in.ID)
	if err != nil {
		t.Fatal(err)
	}
	if opened := <-f.opened; opened != start.AuthURL || !strings.Contains(start.AuthURL, "/acme/oauth/authorizations/new?") {
		t.Fatalf("opened %q, returned %q", opened, start.AuthURL)
	}
	if start.RedirectURL != "http://"+f.oauth+"/oauth/callback" {
		t.Errorf("redirect URL = %q", start.RedirectURL)
	}
	if page := f.signIn(t, start.AuthURL, "allow"); !strings.Contains(page, "You can close this tab and return to Zensync") {
		t.Fatalf("browser page: %.300s", page)
	}
	ev, names := f.finished(t)
	if !ev.OK || ev.Message != "Connected to acme.zendesk.com." || ev.Regenerated || ev.IntegrationID != f.in.ID {
		t.Fatalf("oauth:finished = %+v", ev)
	}
	if strings.Join(names, ",") != "oauth:finished,integrations:changed" {
		t.Errorf("events = %v", names)
	}
	r, err := f.api.TestConnection(f.in.ID)
	if err != nil || !r.OK || r.Kind != "success" || !strings.HasPrefix(r.Message, "Signed in as ") || r.Role != "admin" {
		t.Fatalf("TestConnection = %+v, %v", r, err)
	}

	// Re-generate Token on the connected integration.
	start, err = f.api.Start(f.in.ID)
	if err != nil {
		t.Fatal(err)
	}
	<-f.opened
	f.signIn(t, start.AuthURL, "allow")
	if ev, _ := f.finished(t); !ev.OK || !ev.Regenerated || ev.Message != "Token re-generated for acme.zendesk.com." {
		t.Fatalf("re-generate: %+v", ev)
	}

	want := []string{"info: Connected to acme.zendesk.com.", "info: Token re-generated for acme.zendesk.com."}
	if got := f.connections(t); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Activity → Connections = %q, want %q", got, want)
	}

	// After each successful sign-in the lifecycle started a sync and registered the webhook
	// with the integration as stored after it (connected).
	ensured, synced := f.areas.afterSignIn(2)
	if len(ensured) != 2 || synced != 2 || ensured[0].ID != f.in.ID || ensured[0].Status != integration.StatusConnected ||
		ensured[1].Status != integration.StatusConnected {
		t.Errorf("after sign-in: webhook ensured for %+v, %d syncs started; want 2 each, connected", ensured, synced)
	}

	if err := f.api.Disconnect(f.in.ID); err != nil {
		t.Fatal(err)
	}
	f.areas.mu.Lock()
	removedWithToken := f.areas.removedWithToken
	f.areas.mu.Unlock()
	if !removedWithToken {
		t.Error("the webhook was removed without a working token")
	}
	if r, _ := f.api.TestConnection(f.in.ID); r.Kind != "not_connected" {
		t.Errorf("after Disconnect: %+v", r)
	}
}

func TestConnectAPIFailuresInWords(t *testing.T) {
	t.Run("deny", func(t *testing.T) {
		f := newConnectFixture(t)
		start, err := f.api.Start(f.in.ID)
		if err != nil {
			t.Fatal(err)
		}
		f.signIn(t, start.AuthURL, "deny")
		ev, names := f.finished(t)
		if ev.OK || ev.Message != "Sign-in was denied: Allow was not clicked in Zendesk." {
			t.Errorf("oauth:finished = %+v", ev)
		}
		if strings.Join(names, ",") != "oauth:finished" {
			t.Errorf("events = %v (nothing changed, so no integrations:changed)", names)
		}
		if got := f.connections(t); len(got) != 1 || !strings.HasPrefix(got[0], "error: Sign-in was denied") {
			t.Errorf("Activity → Connections = %q", got)
		}
	})
	t.Run("cancel", func(t *testing.T) {
		f := newConnectFixture(t)
		if _, err := f.api.Start(f.in.ID); err != nil {
			t.Fatal(err)
		}
		if err := f.api.Cancel(f.in.ID); err != nil {
			t.Fatal(err)
		}
		if ev, _ := f.finished(t); ev.OK || !ev.Cancelled || ev.Message != "Sign-in was cancelled." {
			t.Errorf("oauth:finished = %+v", ev)
		}
	})
	t.Run("closing the dialog cancels, and a later Allow connects nothing", func(t *testing.T) {
		f := newConnectFixture(t)
		start, err := f.api.Start(f.in.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.api.Cancel(f.in.ID); err != nil {
			t.Fatal(err)
		}
		if ev, _ := f.finished(t); ev.OK || !ev.Cancelled {
			t.Fatalf("oauth:finished = %+v", ev)
		}
		f.callbackGone = true
		f.signIn(t, start.AuthURL, "allow")
		time.Sleep(100 * time.Millisecond)
		got, err := f.repo.Get(t.Context(), f.in.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != integration.StatusNotConnected {
			t.Fatalf("after Cancel and a later Allow the integration is %s", got.Status)
		}
		f.mu.Lock()
		n := len(f.events)
		f.mu.Unlock()
		if n != 0 {
			t.Errorf("%d events after the cancelled sign-in's Allow", n)
		}
		if ensured, synced := f.areas.afterSignIn(0); len(ensured) != 0 || synced != 0 {
			t.Errorf("after-sign-in steps ran: %d webhooks, %d syncs", len(ensured), synced)
		}
	})
	t.Run("a domain with no Zendesk account opens no browser", func(t *testing.T) {
		f := newConnectFixture(t)
		typo := f.in
		typo.Domain = "acmee"
		if _, err := f.repo.Update(t.Context(), typo); err != nil {
			t.Fatal(err)
		}
		_, err := f.api.Start(f.in.ID)
		var ce *codedError
		if !errors.As(err, &ce) || ce.Code != CodeDomainNotFound || ce.Message != "No Zendesk account at acmee.zendesk.com — check the spelling." {
			t.Fatalf("Start = %v", err)
		}
		select {
		case u := <-f.opened:
			t.Fatalf("the browser was asked to open %s", u)
		default:
		}
	})
	t.Run("no browser could be opened", func(t *testing.T) {
		f := newConnectFixture(t)
		f.openErr = fmt.Errorf("%w: xdg-open: exit status 3", weblink.ErrNoBrowser)
		start, err := f.api.Start(f.in.ID)
		if err != nil {
			t.Fatal(err)
		}
		if start.BrowserOpened || start.BrowserMessage != "Zensync could not open a browser — copy this link into one." || start.AuthURL == "" {
			t.Fatalf("Start = %+v", start)
		}
		_ = f.api.Cancel(f.in.ID)
	})
	t.Run("port in use", func(t *testing.T) {
		f := newConnectFixture(t)
		ln, err := net.Listen("tcp", f.oauth)
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		_, err = f.api.Start(f.in.ID)
		var ce *codedError
		_, port, _ := net.SplitHostPort(f.oauth)
		if !errors.As(err, &ce) || ce.Code != CodeBusy ||
			ce.Message != "Port "+port+" is in use — close the other program or change the OAuth port" {
			t.Fatalf("Start = %v", err)
		}
	})
	t.Run("an unknown integration", func(t *testing.T) {
		f := newConnectFixture(t)
		_, err := f.api.Start("no-such-id")
		var ce *codedError
		if !errors.As(err, &ce) || ce.Code != CodeNotFound {
			t.Fatalf("Start = %v", err)
		}
	})
}

func slogDiscard() *slog.Logger { return slog.New(slog.DiscardHandler) }
