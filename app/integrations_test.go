package app

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"zensync/backend/lifecycle"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/syncer"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/webhook"
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
	records *store.RecordRepo
	events  *recorder
}

// fixedNow is the API's clock in these tests: the real time when the test binary started (to the
// second), so it never drifts during a test and never lies far from the wall clock that the store
// stamps rows with.
var fixedNow = time.Now().UTC().Truncate(time.Second)

// newFixture builds IntegrationsAPI over the real lifecycle and its real parts: SQLite, the
// in-memory keyring, the token manager (Zendesk unreachable: nothing here is connected for real),
// the webhook registrar and the syncer.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := emuenv.OpenStore(t)
	f := &fixture{repo: store.NewIntegrationRepo(db, nil), secrets: secrets.NewMemory(), events: &recorder{}}
	records := store.NewRecordRepo(db, nil)
	f.records = records
	tokens := newTokenManager(Config{ZendeskURL: "http://127.0.0.1:1/{subdomain}", OAuthAddr: "127.0.0.1:0"},
		slogDiscard(), f.repo, f.secrets)
	s := syncer.New(syncer.Options{Records: records, Integrations: f.repo, Clients: tokens})
	t.Cleanup(func() { s.Shutdown(context.Background()) })
	life := lifecycle.New(lifecycle.Deps{Repo: f.repo, Secrets: f.secrets, Tokens: tokens,
		Webhooks: webhook.NewRegistrar(tokens.Client, f.repo, webhook.NewSecretCache(f.secrets), nil),
		Syncs:    s, Records: records, Now: func() time.Time { return fixedNow }})
	f.api = NewIntegrationsAPI(IntegrationsDeps{
		Life: life, Repo: f.repo, Emit: f.events.emit, Now: func() time.Time { return fixedNow }, Counts: records.Counts,
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
	f := newFixture(t)
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
	f := newFixture(t)
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
	f := newFixture(t)
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
	f := newFixture(t)
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

// TestUpdateMapsEachFailureToItsCode: what the form shows for each way Update can fail (that a
// failed Update changes nothing is lifecycle's test).
func TestUpdateMapsEachFailureToItsCode(t *testing.T) {
	f := newFixture(t)
	if _, err := f.api.Create(helpdesk("Other")); err != nil {
		t.Fatal(err)
	}
	a, err := f.api.Create(helpdesk("Support"))
	if err != nil {
		t.Fatal(err)
	}
	invalid := helpdesk("Renamed")
	invalid.PollIntervalMinutes = 5000
	withSecret := helpdesk("Renamed")
	withSecret.OAuthClientSecret = "replacement"
	tests := []struct {
		name    string
		id      string
		in      IntegrationInput
		locked  bool
		code    Code
		message string
		field   string
	}{
		{"a taken name is a conflict on the name", a.ID, helpdesk("other"), false, CodeConflict,
			`An integration named "other" already exists. Choose another name.`, "name"},
		{"an invalid form names the field", a.ID, invalid, false, CodeInvalidInput, "", "pollIntervalMinutes"},
		{"a locked keyring says so", a.ID, withSecret, true, CodeKeyring, "", ""},
		{"a missing integration is not found", "no-such-id", helpdesk("X"), false, CodeNotFound, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.locked {
				f.secrets.SetFailure(errors.New("locked"))
				defer f.secrets.SetFailure(nil)
			}
			ce := codeOf(t, func() error { _, err := f.api.Update(tt.id, tt.in); return err }())
			if ce.Code != tt.code || tt.message != "" && ce.Message != tt.message || tt.field != "" && ce.Fields[tt.field] == "" {
				t.Fatalf("error = %+v", ce)
			}
		})
	}
	if f.events.count() != 2 {
		t.Errorf("events = %d, want only the two creates", f.events.count())
	}
}

// TestChangingTheDomainOfAConnectedIntegrationAsksToConnectAgain: the status the window shows
// after the edit (the steps behind it are lifecycle's tests). Zendesk cannot be reached here:
// removing the old webhook fails, is logged, and the edit stays.
func TestChangingTheDomainOfAConnectedIntegrationAsksToConnectAgain(t *testing.T) {
	f := newFixture(t)
	a, _ := f.api.Create(helpdesk("Support"))
	exp := fixedNow.Add(48 * time.Hour)
	if err := f.repo.SetConnected(t.Context(), a.ID, &exp); err != nil {
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
	if moved.Status != "not_connected" || moved.StatusMessage == "" || moved.Domain != "acme-eu" {
		t.Fatalf("after a domain change: %s %q", moved.Status, moved.StatusMessage)
	}
}

func TestDeleteRemovesSecretsAndTheRow(t *testing.T) {
	for _, withData := range []bool{false, true} {
		f := newFixture(t)
		ctx := t.Context()
		in := helpdesk("Support")
		in.OAuthClientSecret = "s3cret"
		a, _ := f.api.Create(in)
		f.secrets.Set(ctx, secrets.OAuthTokenKey(a.ID), `{"access_token":"x"}`)

		if _, err := f.api.Delete(a.ID, withData); err != nil {
			t.Fatal(err)
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
		if ce := codeOf(t, second(f.api.Delete(a.ID, false))); ce.Code != CodeNotFound {
			t.Errorf("second Delete = %+v", ce)
		}
	}
}

func TestADeleteThatCannotRemoveSecretsKeepsTheIntegration(t *testing.T) {
	f := newFixture(t)
	a, _ := f.api.Create(helpdesk("Support"))
	f.secrets.SetFailure(errors.New("locked"))
	if ce := codeOf(t, second(f.api.Delete(a.ID, false))); ce.Code != CodeKeyring {
		t.Fatalf("Delete with a locked keyring = %+v", ce)
	}
	f.secrets.SetFailure(nil)
	if _, err := f.api.Get(a.ID); err != nil {
		t.Fatalf("the integration is gone: %v", err)
	}
}

func TestCheckDomain(t *testing.T) {
	f := newFixture(t)
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
	f := newFixture(t)
	a, _ := f.api.Create(helpdesk("Support"))
	exp := fixedNow.Add(time.Hour)
	f.repo.SetConnected(t.Context(), a.ID, &exp)
	got, _ := f.api.Get(a.ID)
	if got.Status != "token_expiring" || got.TokenExpiresAt != exp.Format(time.RFC3339) {
		t.Fatalf("status %s, expires %q", got.Status, got.TokenExpiresAt)
	}
}
