package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"gorm.io/gorm"

	"zensync/backend/integration"
)

// openWithAcme opens a fresh database with an IntegrationRepo stamping times with now, and
// creates sample("Acme") through it.
func openWithAcme(t *testing.T, now func() time.Time) (*IntegrationRepo, integration.Integration) {
	t.Helper()
	repo := NewIntegrationRepo(openTemp(t), now)
	a, err := repo.Create(t.Context(), sample("Acme"))
	if err != nil {
		t.Fatal(err)
	}
	return repo, a
}

func TestIntegrationCreateGetListUpdateDelete(t *testing.T) {
	repo, a := openWithAcme(t, clock())
	ctx := t.Context()
	if a.Status != integration.StatusNotConnected || a.WebhookState != integration.WebhookNone {
		t.Errorf("new integration status = %s/%s", a.Status, a.WebhookState)
	}
	b, err := repo.Create(ctx, sample("Beta"))
	if err != nil {
		t.Fatal(err)
	}

	got, err := repo.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Fatalf("Get = %+v\nwant  %+v", got, a)
	}
	if got.CreatedAt.Location() != time.UTC || got.CreatedAt.Nanosecond() != 123456789 {
		t.Errorf("CreatedAt = %v; want UTC with nanoseconds kept", got.CreatedAt)
	}

	list, err := repo.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != b.ID || list[1].ID != a.ID {
		t.Fatalf("List is not newest first: %v", names(list))
	}

	edit := a
	edit.Name, edit.Domain, edit.Capability = "Acme docs", "acme2", integration.ContentManagement
	edit.Environment, edit.HelpCenterLocale = integration.Sandbox, "de"
	edit.Status = integration.StatusConnected // not editable through Update
	upd, err := repo.Update(ctx, edit)
	if err != nil {
		t.Fatal(err)
	}
	if upd.Name != "Acme docs" || upd.Domain != "acme2" || upd.Environment != integration.Sandbox || upd.HelpCenterLocale != "de" {
		t.Errorf("Update did not store the form fields: %+v", upd)
	}
	if upd.Status != integration.StatusNotConnected {
		t.Errorf("Update changed the status to %s", upd.Status)
	}
	if !upd.UpdatedAt.After(a.UpdatedAt) || !upd.CreatedAt.Equal(a.CreatedAt) {
		t.Errorf("timestamps after Update: created %v updated %v", upd.CreatedAt, upd.UpdatedAt)
	}

	if err := repo.Delete(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := repo.Get(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete = %v", err)
	}
}

func TestIntegrationNotFound(t *testing.T) {
	repo := NewIntegrationRepo(openTemp(t), nil)
	ctx := t.Context()
	missing := sample("Ghost")
	for name, err := range map[string]error{
		"Get":       func() error { _, err := repo.Get(ctx, missing.ID); return err }(),
		"Update":    func() error { _, err := repo.Update(ctx, missing); return err }(),
		"Delete":    repo.Delete(ctx, missing.ID),
		"SetStatus": repo.SetStatus(ctx, missing.ID, integration.StatusError, "x"),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s of a missing integration = %v, want ErrNotFound", name, err)
		}
	}
}

func TestIntegrationNamesAreUniqueIgnoringCase(t *testing.T) {
	repo, a := openWithAcme(t, nil)
	ctx := t.Context()
	if _, err := repo.Create(ctx, sample("ACME")); !errors.Is(err, ErrConflict) {
		t.Fatalf("Create with a taken name = %v, want ErrConflict", err)
	}
	b, err := repo.Create(ctx, sample("Beta"))
	if err != nil {
		t.Fatal(err)
	}
	b.Name = "acme"
	if _, err := repo.Update(ctx, b); !errors.Is(err, ErrConflict) {
		t.Fatalf("Update to a taken name = %v, want ErrConflict", err)
	}
	if got, _ := repo.Get(ctx, b.ID); got.Name != "Beta" {
		t.Fatalf("a refused Update changed the name to %q", got.Name)
	}
	a.Name = "acme" // renaming to itself with another case is fine
	if _, err := repo.Update(ctx, a); err != nil {
		t.Fatalf("renaming Acme to acme: %v", err)
	}
}

func TestACreateRolledBackLeavesNoRow(t *testing.T) {
	db := openTemp(t)
	repo := NewIntegrationRepo(db, nil)
	ctx := t.Context()
	boom := errors.New("keyring said no")
	err := db.Gorm().Transaction(func(tx *gorm.DB) error {
		if _, err := repo.CreateTx(ctx, tx, sample("Acme")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("transaction = %v", err)
	}
	if list, _ := repo.List(ctx); len(list) != 0 {
		t.Fatalf("rolled-back create left %v", names(list))
	}
}

func TestIntegrationSetters(t *testing.T) {
	repo, a := openWithAcme(t, clock())
	ctx := t.Context()
	// Fixed dates are safe: the setters store them as given and the checks read them back.
	exp := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	syncAt := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	steps := []struct {
		name  string
		run   func() error
		check func(integration.Integration) bool
	}{
		{"SetConnected", func() error { return repo.SetConnected(ctx, a.ID, &exp) }, func(i integration.Integration) bool {
			return i.Status == integration.StatusConnected && i.ConnectedAt != nil && i.TokenExpiresAt.Equal(exp)
		}},
		{"SetTokenExpiry", func() error { return repo.SetTokenExpiry(ctx, a.ID, nil) }, func(i integration.Integration) bool {
			return i.TokenExpiresAt == nil
		}},
		{"SetStatus", func() error { return repo.SetStatus(ctx, a.ID, integration.StatusTokenExpired, "The token expired.") }, func(i integration.Integration) bool {
			return i.Status == integration.StatusTokenExpired && i.StatusMessage == "The token expired."
		}},
		{"SetLastSync ok", func() error { return repo.SetLastSync(ctx, a.ID, syncAt, "") }, func(i integration.Integration) bool {
			return i.LastSyncAt != nil && i.LastSyncAt.Equal(syncAt) && i.LastAttemptAt.Equal(syncAt) && i.LastError == ""
		}},
		{"SetLastSync failed", func() error { return repo.SetLastSync(ctx, a.ID, syncAt.Add(time.Hour), "rate limited") }, func(i integration.Integration) bool {
			// A failed attempt is the last attempt, never the last successful sync.
			return i.LastSyncAt.Equal(syncAt) && i.LastAttemptAt.Equal(syncAt.Add(time.Hour)) && i.LastError == "rate limited"
		}},
		{"SetWebhook", func() error { return repo.SetWebhook(ctx, a.ID, "01HZX", integration.WebhookActive) }, func(i integration.Integration) bool {
			return i.WebhookID == "01HZX" && i.WebhookState == integration.WebhookActive
		}},
	}
	for _, s := range steps {
		if err := s.run(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got, err := repo.Get(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !s.check(got) {
			t.Errorf("%s did not store its values: %+v", s.name, got)
		}
		if got.Name != "Acme" || got.OAuthClientID != "zensync_desktop" {
			t.Errorf("%s changed form fields: %+v", s.name, got)
		}
	}
}

func names(list []integration.Integration) []string {
	out := make([]string, len(list))
	for k, i := range list {
		out[k] = i.Name
	}
	return out
}
