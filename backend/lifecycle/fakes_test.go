package lifecycle

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/testenv"
	"zensync/backend/testenv/emuenv"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/webhook"
	"zensync/backend/zendesk"
)

// calls records, in order, every step the Service asked of its collaborators, as
// "area.step:domain"; fail makes a step (by "area.step") return an error.
type calls struct {
	mu   sync.Mutex
	list []string
	fail map[string]error
}

func (c *calls) add(step string, in integration.Integration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	name := step
	if in.Domain != "" {
		name += ":" + in.Domain
	}
	c.list = append(c.list, name)
	return c.fail[step]
}

func (c *calls) got() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.list...)
}

func (c *calls) reset() {
	c.mu.Lock()
	c.list = nil
	c.mu.Unlock()
}

// waitFor polls until n steps are recorded (afterConnect runs in the background).
func (c *calls) waitFor(t *testing.T, n int) []string {
	t.Helper()
	testenv.Poll(5*time.Second, func() bool { return len(c.got()) >= n })
	return c.got()
}

type fakeTokens struct {
	c       *calls
	unknown map[string]bool // domains with no Zendesk account
	tickets int64
	repo    *store.IntegrationRepo
	sec     secrets.Store
}

// Connect's wait plays a successful sign-in: it saves a token and marks the row connected.
func (f fakeTokens) Connect(_ context.Context, in integration.Integration) (string, func(context.Context) error, error) {
	if err := f.c.add("tokens.connect", in); err != nil {
		return "", nil, err
	}
	return "http://sign-in.invalid/", func(ctx context.Context) error {
		if err := f.c.fail["tokens.wait"]; err != nil {
			return err
		}
		exp := time.Now().Add(30 * 24 * time.Hour)
		if err := f.sec.Set(ctx, secrets.OAuthTokenKey(in.ID), `{"access_token":"x"}`); err != nil {
			return err
		}
		return f.repo.SetConnected(ctx, in.ID, &exp)
	}, nil
}

func (f fakeTokens) Cancel(string) bool {
	f.c.add("tokens.cancel", integration.Integration{})
	return false
}

func (f fakeTokens) Revoke(ctx context.Context, in integration.Integration) error {
	if err := f.c.add("tokens.revoke", in); err != nil {
		return err
	}
	return f.sec.Delete(ctx, secrets.OAuthTokenKey(in.ID))
}

func (f fakeTokens) RevokeOrKeep(ctx context.Context, in integration.Integration) error {
	if err := f.c.add("tokens.revokeOrKeep", in); err != nil {
		return err
	}
	return f.sec.Delete(ctx, secrets.OAuthTokenKey(in.ID))
}

// CheckAccount is not recorded as a step: it runs before every save and sign-in.
func (f fakeTokens) CheckAccount(_ context.Context, domain string) error {
	if err := f.c.fail["tokens.check"]; err != nil {
		return err
	}
	if f.unknown[domain] {
		return zendesk.ErrDomainNotFound
	}
	return nil
}

func (f fakeTokens) CountTickets(_ context.Context, in integration.Integration) (int64, error) {
	return f.tickets, f.c.add("tokens.count", in)
}

func (f fakeTokens) Disconnect(ctx context.Context, in integration.Integration) error {
	if err := f.c.add("tokens.disconnect", in); err != nil {
		return err
	}
	return f.repo.SetStatus(ctx, in.ID, integration.StatusNotConnected, "")
}

type fakeWebhooks struct{ c *calls }

func (f fakeWebhooks) Ensure(_ context.Context, in integration.Integration) (webhook.Registration, error) {
	// Record the status the webhook was registered with, so tests see it ran after sign-in.
	err := f.c.add("webhooks.ensure", integration.Integration{Domain: in.Domain + "/" + string(in.Status)})
	return webhook.Registration{State: integration.WebhookActive}, err
}

func (f fakeWebhooks) Remove(_ context.Context, in integration.Integration) error {
	return f.c.add("webhooks.remove", in)
}

type fakeSyncs struct{ c *calls }

func (f fakeSyncs) SyncNow(string) error { return f.c.add("syncs.now", integration.Integration{}) }
func (f fakeSyncs) Stop(context.Context, string) error {
	return f.c.add("syncs.stop", integration.Integration{})
}

type fakeData struct{ c *calls }

func (f fakeData) DeleteIntegrationData(context.Context, string) error {
	return f.c.add("data.delete", integration.Integration{})
}
func (f fakeData) ResetSyncState(context.Context, string) error {
	return f.c.add("data.reset", integration.Integration{})
}

// fixture is a Service over a real SQLite store and the in-memory keyring, with recording
// fakes for the token manager, the webhook registrar, the syncer and the local data.
type fixture struct {
	svc      *Service
	repo     *store.IntegrationRepo
	secrets  *secrets.Memory
	activity *store.ActivityRepo
	cleanups *store.PendingCleanupRepo
	calls    *calls
	changed  chan string
}

// now is the validation clock: the real one, so the backfill dates below are in the past.
func newFixture(t *testing.T, edit ...func(*Deps)) *fixture {
	t.Helper()
	db := emuenv.OpenStore(t)
	f := &fixture{repo: store.NewIntegrationRepo(db, nil), secrets: secrets.NewMemory(),
		activity: store.NewActivityRepo(db, nil), cleanups: store.NewPendingCleanupRepo(db), calls: &calls{fail: map[string]error{}}, changed: make(chan string, 8)}
	d := Deps{Repo: f.repo, Secrets: f.secrets, Tokens: fakeTokens{c: f.calls, repo: f.repo, sec: f.secrets,
		unknown: map[string]bool{"acmee": true}, tickets: 5000},
		Webhooks: fakeWebhooks{f.calls}, Syncs: fakeSyncs{f.calls}, Records: fakeData{f.calls}, Activity: f.activity,
		Cleanups:  f.cleanups,
		OnChanged: func(id string) { f.changed <- id }}
	for _, e := range edit {
		e(&d)
	}
	f.svc = New(d)
	return f
}

func helpdesk(name string) integration.Input {
	return integration.Input{
		Name: name, Capability: integration.Helpdesk, Domain: "https://Acme.zendesk.com/agent/tickets/5",
		PullRecordBy: integration.PullByUpdatedTime, BackfillStart: "2026-01-01", OAuthClientID: "zensync_desktop",
	}
}

// create saves a new integration from the form and forgets the steps it recorded.
func (f *fixture) create(t *testing.T, form integration.Input) integration.Integration {
	t.Helper()
	in, err := f.svc.Create(t.Context(), form)
	if err != nil {
		t.Fatal(err)
	}
	f.calls.reset()
	return in
}

// connected creates an integration from the form and marks it connected with a token.
func (f *fixture) connected(t *testing.T, form integration.Input) integration.Integration {
	t.Helper()
	ctx := t.Context()
	in := f.create(t, form)
	exp := time.Now().Add(48 * time.Hour)
	if err := f.repo.SetConnected(ctx, in.ID, &exp); err != nil {
		t.Fatal(err)
	}
	if err := f.secrets.Set(ctx, secrets.OAuthTokenKey(in.ID), `{"access_token":"x"}`); err != nil {
		t.Fatal(err)
	}
	f.calls.reset()
	return in
}

// signIn runs Connect and waits for the sign-in to end.
func (f *fixture) signIn(t *testing.T, in integration.Integration) error {
	t.Helper()
	ctx := t.Context()
	_, wait, err := f.svc.Connect(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	return wait(ctx)
}

// changedID waits for OnChanged (told after the webhook step, in the background).
func (f *fixture) changedID(t *testing.T) string {
	t.Helper()
	select {
	case id := <-f.changed:
		return id
	case <-time.After(5 * time.Second):
		t.Fatal("OnChanged not called after the webhook step")
		return ""
	}
}

func joined(xs []string) string { return strings.Join(xs, " → ") }
