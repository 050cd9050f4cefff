package app

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

type recorder struct {
	mu     sync.Mutex
	events []string
}

func (r *recorder) emit(name string, _ ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, name)
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.events)
}

type fixture struct {
	api     *IntegrationsAPI
	repo    *store.IntegrationRepo
	secrets *secrets.Memory
	events  *recorder
}

// fixedNow is the API's clock in these tests: the real time when the test binary started (to the
// second), so it never drifts during a test and never lies far from the wall clock that the store
// stamps rows with.
var fixedNow = time.Now().UTC().Truncate(time.Second)

func newFixture(t *testing.T, hooks IntegrationHooks) *fixture {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "zensync.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{repo: store.NewIntegrationRepo(db, nil), secrets: secrets.NewMemory(), events: &recorder{}}
	f.api = NewIntegrationsAPI(IntegrationsDeps{
		Repo: f.repo, Secrets: f.secrets, Emit: f.events.emit, Now: func() time.Time { return fixedNow }, Hooks: hooks,
	})
	return f
}

func helpdesk(name string) IntegrationInput {
	return IntegrationInput{
		Name: name, Capability: "helpdesk", Domain: "https://Acme.zendesk.com/agent/tickets/5",
		// A fixed backfill date in the past is safe: validation only refuses dates after today.
		PullRecordBy: "updated_time", BackfillStart: "2026-01-01", OAuthClientID: "zensync_desktop",
	}
}

// codeOf decodes the error as the front end would: from its JSON text.
func codeOf(t *testing.T, err error) codedError {
	t.Helper()
	if err == nil {
		t.Fatal("expected an error")
	}
	var ce codedError
	if jerr := json.Unmarshal([]byte(err.Error()), &ce); jerr != nil {
		t.Fatalf("error text is not JSON: %q", err.Error())
	}
	return ce
}

func TestCreateOneOfEachCapabilityListsNewestFirst(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	inputs := []IntegrationInput{
		helpdesk("Support"),
		{Name: "Sales", Capability: "crm", Domain: "acme", PullRecordBy: "created_time", BackfillStart: "2025-06-01", OAuthClientID: "crm_client", PollIntervalMinutes: 30},
		{Name: "Docs", Capability: "content_management", Domain: " acme.zendesk.com ", Environment: "sandbox", HelpCenterLocale: "EN-US"},
	}
	for _, in := range inputs {
		if _, err := f.api.Create(in); err != nil {
			t.Fatalf("Create %s: %v", in.Name, err)
		}
		time.Sleep(2 * time.Millisecond) // distinct created_at
	}
	list, err := f.api.List()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range list {
		got = append(got, d.Name)
	}
	if !reflect.DeepEqual(got, []string{"Docs", "Sales", "Support"}) {
		t.Fatalf("List = %v, want newest first", got)
	}
	docs, support := list[0], list[2]
	if docs.Domain != "acme" || docs.Host != "acme.zendesk.com" || docs.HelpCenterLocale != "en-us" || docs.Environment != "sandbox" {
		t.Errorf("content management stored as %+v", docs)
	}
	if docs.PollIntervalMinutes != 5 || docs.Status != "not_connected" || docs.WebhookState != "none" {
		t.Errorf("defaults not applied: %+v", docs)
	}
	if support.BackfillStart != "2026-01-01" || support.PullRecordBy != "updated_time" || support.HasClientSecret {
		t.Errorf("helpdesk stored as %+v", support)
	}
	if f.events.count() != 3 {
		t.Errorf("emitted %d events, want one per create", f.events.count())
	}
	one, err := f.api.Get(support.ID)
	if err != nil || !reflect.DeepEqual(one, support) {
		t.Fatalf("Get = %+v, %v", one, err)
	}
}

func TestAnInvalidFormIsRefusedFieldByFieldAndSavesNothing(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	in := helpdesk("Support")
	in.Domain, in.OAuthClientID, in.OAuthClientSecret = "support.acme.com", "", "s3cret"
	_, err := f.api.Create(in)
	ce := codeOf(t, err)
	if ce.Code != CodeInvalidInput || ce.Fields["domain"] == "" || ce.Fields["oauthClientId"] == "" || len(ce.Fields) != 2 {
		t.Fatalf("error = %+v", ce)
	}
	if list, _ := f.api.List(); len(list) != 0 || f.secrets.Len() != 0 || f.events.count() != 0 {
		t.Fatalf("a refused form left rows %d, secrets %d, events %d", len(list), f.secrets.Len(), f.events.count())
	}
}

func TestATakenNameIsAConflictAndLeavesNoSecret(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	if _, err := f.api.Create(helpdesk("Support")); err != nil {
		t.Fatal(err)
	}
	in := helpdesk("SUPPORT")
	in.OAuthClientSecret = "s3cret"
	ce := codeOf(t, func() error { _, err := f.api.Create(in); return err }())
	if ce.Code != CodeConflict || ce.Message != `An integration named "SUPPORT" already exists. Choose another name.` || ce.Fields["name"] == "" {
		t.Fatalf("error = %+v", ce)
	}
	if f.secrets.Len() != 0 {
		t.Fatal("the failed create left its client secret in the keyring")
	}
}

func TestAKeyringFailureOnCreateSavesNothing(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	f.secrets.SetFailure(errors.New("no secret service"))
	in := helpdesk("Support")
	in.OAuthClientSecret = "s3cret"
	ce := codeOf(t, func() error { _, err := f.api.Create(in); return err }())
	if ce.Code != CodeKeyring {
		t.Fatalf("error = %+v", ce)
	}
	if list, _ := f.api.List(); len(list) != 0 {
		t.Fatalf("rows after a keyring failure: %d", len(list))
	}
}

func TestUpdateKeepsReplacesOrClearsTheSecret(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	ctx := context.Background()
	in := helpdesk("Support")
	in.OAuthClientSecret = "first"
	created, err := f.api.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	key := secrets.ClientSecretKey(created.ID)
	steps := []struct {
		name       string
		secret     string
		clear      bool
		wantSecret string // "" = absent
		wantHas    bool
	}{
		{"an empty secret keeps the saved one", "", false, "first", true},
		{"a new secret replaces it", "second", false, "second", true},
		{"clear removes it", "", true, "", false},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			in := helpdesk("Support")
			in.OAuthClientSecret, in.ClearClientSecret = s.secret, s.clear
			got, err := f.api.Update(created.ID, in)
			if err != nil {
				t.Fatal(err)
			}
			stored, gerr := f.secrets.Get(ctx, key)
			if s.wantSecret == "" && !errors.Is(gerr, secrets.ErrNotFound) || s.wantSecret != "" && stored != s.wantSecret {
				t.Fatalf("keyring holds %q (%v), want %q", stored, gerr, s.wantSecret)
			}
			if got.HasClientSecret != s.wantHas {
				t.Fatalf("hasClientSecret = %v", got.HasClientSecret)
			}
		})
	}
}

func TestAFailedUpdateChangesNothing(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	ctx := context.Background()
	if _, err := f.api.Create(helpdesk("Other")); err != nil {
		t.Fatal(err)
	}
	in := helpdesk("Support")
	in.OAuthClientSecret = "original"
	a, err := f.api.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := f.api.Get(a.ID)

	t.Run("a taken name puts the old secret back", func(t *testing.T) {
		edit := helpdesk("other")
		edit.OAuthClientSecret = "replacement"
		if ce := codeOf(t, func() error { _, err := f.api.Update(a.ID, edit); return err }()); ce.Code != CodeConflict {
			t.Fatalf("error = %+v", ce)
		}
		if s, _ := f.secrets.Get(ctx, secrets.ClientSecretKey(a.ID)); s != "original" {
			t.Fatalf("secret after a failed update = %q", s)
		}
	})
	t.Run("a keyring failure leaves the row alone", func(t *testing.T) {
		f.secrets.SetFailure(errors.New("locked"))
		defer f.secrets.SetFailure(nil)
		edit := helpdesk("Renamed")
		edit.OAuthClientSecret = "replacement"
		if ce := codeOf(t, func() error { _, err := f.api.Update(a.ID, edit); return err }()); ce.Code != CodeKeyring {
			t.Fatalf("error = %+v", ce)
		}
	})
	t.Run("an invalid form leaves the row alone", func(t *testing.T) {
		edit := helpdesk("Renamed")
		edit.PollIntervalMinutes = 5000
		if ce := codeOf(t, func() error { _, err := f.api.Update(a.ID, edit); return err }()); ce.Fields["pollIntervalMinutes"] == "" {
			t.Fatalf("error = %+v", ce)
		}
	})
	if after, _ := f.api.Get(a.ID); !reflect.DeepEqual(after, before) {
		t.Fatalf("row changed:\nbefore %+v\nafter  %+v", before, after)
	}
	if ce := codeOf(t, func() error { _, err := f.api.Update("no-such-id", helpdesk("X")); return err }()); ce.Code != CodeNotFound {
		t.Fatalf("Update of a missing id = %+v", ce)
	}
}

func TestChangingTheDomainOfAConnectedIntegrationAsksToConnectAgain(t *testing.T) {
	var seen [][2]string
	f := newFixture(t, IntegrationHooks{OnUpdate: []UpdateHook{func(_ context.Context, before, after integration.Integration) error {
		seen = append(seen, [2]string{before.Domain, after.Domain})
		return errors.New("zendesk unreachable") // logged, the edit stays
	}}})
	a, _ := f.api.Create(helpdesk("Support"))
	exp := fixedNow.Add(48 * time.Hour)
	if err := f.repo.SetConnected(context.Background(), a.ID, &exp); err != nil {
		t.Fatal(err)
	}
	same, err := f.api.Update(a.ID, helpdesk("Support renamed"))
	if err != nil || same.Status != "connected" {
		t.Fatalf("renaming only: status %s, %v", same.Status, err)
	}
	edit := helpdesk("Support renamed")
	edit.Domain = "acme-eu"
	moved, err := f.api.Update(a.ID, edit)
	if err != nil {
		t.Fatal(err)
	}
	if moved.Status != "not_connected" || moved.StatusMessage == "" {
		t.Fatalf("after a domain change: %s %q", moved.Status, moved.StatusMessage)
	}
	if len(seen) != 2 || seen[1] != [2]string{"acme", "acme-eu"} {
		t.Fatalf("update hooks saw %v", seen)
	}
}

func TestDeleteRunsHooksRemovesSecretsAndOptionallyData(t *testing.T) {
	for _, withData := range []bool{false, true} {
		var calls []string
		f := newFixture(t, IntegrationHooks{
			OnDelete: []DeleteHook{
				func(ctx context.Context, i integration.Integration) error {
					calls = append(calls, "revoke:"+i.Name)
					return nil
				},
				func(ctx context.Context, i integration.Integration) error {
					calls = append(calls, "webhook:"+i.Name)
					return errors.New("offline") // logged; delete goes on
				},
			},
			DeleteLocalData: func(ctx context.Context, id string) error { calls = append(calls, "data"); return nil },
		})
		ctx := context.Background()
		in := helpdesk("Support")
		in.OAuthClientSecret = "s3cret"
		a, _ := f.api.Create(in)
		f.secrets.Set(ctx, secrets.OAuthTokenKey(a.ID), `{"access_token":"x"}`)

		if err := f.api.Delete(a.ID, withData); err != nil {
			t.Fatal(err)
		}
		want := []string{"revoke:Support", "webhook:Support"}
		if withData {
			want = append(want, "data")
		}
		if !reflect.DeepEqual(calls, want) {
			t.Errorf("withData=%v: calls %v, want %v", withData, calls, want)
		}
		if f.secrets.Len() != 0 {
			t.Errorf("secrets left in the keyring: %d", f.secrets.Len())
		}
		if ce := codeOf(t, func() error { _, err := f.api.Get(a.ID); return err }()); ce.Code != CodeNotFound {
			t.Errorf("Get after Delete = %+v", ce)
		}
		if f.events.count() != 2 {
			t.Errorf("events = %d, want create + delete", f.events.count())
		}
		if ce := codeOf(t, f.api.Delete(a.ID, false)); ce.Code != CodeNotFound {
			t.Errorf("second Delete = %+v", ce)
		}
	}
}

func TestADeleteThatCannotRemoveDataOrSecretsKeepsTheIntegration(t *testing.T) {
	f := newFixture(t, IntegrationHooks{
		DeleteLocalData: func(ctx context.Context, id string) error { return errors.New("disk full") },
	})
	a, _ := f.api.Create(helpdesk("Support"))
	if err := f.api.Delete(a.ID, true); err == nil {
		t.Fatal("Delete succeeded although the local data stayed")
	}
	f.secrets.SetFailure(errors.New("locked"))
	if ce := codeOf(t, f.api.Delete(a.ID, false)); ce.Code != CodeKeyring {
		t.Fatalf("Delete with a locked keyring = %+v", ce)
	}
	if _, err := f.api.Get(a.ID); err != nil {
		t.Fatalf("the integration is gone: %v", err)
	}
}

func TestCheckDomain(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	got := f.api.CheckDomain("https://Acme.zendesk.com/agent/tickets/5")
	if want := (DomainCheck{OK: true, Domain: "acme", Host: "acme.zendesk.com", Message: "We will connect to acme.zendesk.com."}); got != want {
		t.Fatalf("CheckDomain = %+v", got)
	}
	bad := f.api.CheckDomain("support.acme.com")
	if bad.OK || bad.Domain != "" || bad.Message == "" {
		t.Fatalf("CheckDomain of a host-mapped domain = %+v", bad)
	}
}

func TestATokenAboutToExpireShowsAsExpiring(t *testing.T) {
	f := newFixture(t, IntegrationHooks{})
	a, _ := f.api.Create(helpdesk("Support"))
	exp := fixedNow.Add(time.Hour)
	f.repo.SetConnected(context.Background(), a.ID, &exp)
	got, _ := f.api.Get(a.ID)
	if got.Status != "token_expiring" || got.TokenExpiresAt != exp.Format(time.RFC3339) {
		t.Fatalf("status %s, expires %q", got.Status, got.TokenExpiresAt)
	}
}
