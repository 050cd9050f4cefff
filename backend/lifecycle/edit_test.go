package lifecycle

import (
	"errors"
	"reflect"
	"testing"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

func TestCreateRefusesWhatItCannotSaveAndLeavesNothingBehind(t *testing.T) {
	ctx := t.Context()
	t.Run("an invalid form is refused field by field", func(t *testing.T) {
		f := newFixture(t)
		in := helpdesk("Support")
		in.Domain, in.OAuthClientID, in.OAuthClientSecret = "support.acme.com", "", "s3cret"
		_, err := f.svc.Create(ctx, in)
		var fe integration.FieldErrors
		if !errors.As(err, &fe) || fe[integration.FieldDomain] == "" || fe[integration.FieldOAuthClientID] == "" || len(fe) != 2 {
			t.Fatalf("Create = %v", err)
		}
		if list, _ := f.repo.List(ctx); len(list) != 0 || f.secrets.Len() != 0 {
			t.Fatalf("a refused form left rows %d, secrets %d", len(list), f.secrets.Len())
		}
	})
	t.Run("a taken name is NameTakenError and leaves no secret", func(t *testing.T) {
		f := newFixture(t)
		f.create(t, helpdesk("Support"))
		in := helpdesk("SUPPORT")
		in.OAuthClientSecret = "s3cret"
		_, err := f.svc.Create(ctx, in)
		var taken *NameTakenError
		if !errors.As(err, &taken) || taken.Name != "SUPPORT" || !errors.Is(err, store.ErrConflict) {
			t.Fatalf("Create = %v", err)
		}
		if f.secrets.Len() != 0 {
			t.Fatal("the failed create left its client secret in the keyring")
		}
	})
	t.Run("a keyring failure saves nothing", func(t *testing.T) {
		f := newFixture(t)
		f.secrets.SetFailure(errors.New("no secret service"))
		in := helpdesk("Support")
		in.OAuthClientSecret = "s3cret"
		if _, err := f.svc.Create(ctx, in); !errors.Is(err, secrets.ErrUnavailable) {
			t.Fatalf("Create = %v", err)
		}
		if list, _ := f.repo.List(ctx); len(list) != 0 {
			t.Fatalf("rows after a keyring failure: %d", len(list))
		}
	})
}

func TestUpdateKeepsReplacesOrClearsTheSecret(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	in := helpdesk("Support")
	in.OAuthClientSecret = "first"
	created, err := f.svc.Create(ctx, in)
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
			in.OAuthClientSecret = s.secret
			got, err := f.svc.Update(ctx, created.ID, in, s.clear)
			if err != nil {
				t.Fatal(err)
			}
			stored, gerr := f.secrets.Get(ctx, key)
			if s.wantSecret == "" && !errors.Is(gerr, secrets.ErrNotFound) || s.wantSecret != "" && stored != s.wantSecret {
				t.Fatalf("keyring holds %q (%v), want %q", stored, gerr, s.wantSecret)
			}
			if got.HasClientSecret != s.wantHas {
				t.Fatalf("HasClientSecret = %v", got.HasClientSecret)
			}
		})
	}
}

func TestAFailedUpdateChangesNothing(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	f.create(t, helpdesk("Other"))
	in := helpdesk("Support")
	in.OAuthClientSecret = "original"
	a, err := f.svc.Create(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := f.repo.Get(ctx, a.ID)
	f.calls.reset()

	t.Run("a taken name puts the old secret back", func(t *testing.T) {
		edit := helpdesk("other")
		edit.OAuthClientSecret = "replacement"
		var taken *NameTakenError
		if _, err := f.svc.Update(ctx, a.ID, edit, false); !errors.As(err, &taken) {
			t.Fatalf("Update = %v", err)
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
		if _, err := f.svc.Update(ctx, a.ID, edit, false); !errors.Is(err, secrets.ErrUnavailable) {
			t.Fatalf("Update = %v", err)
		}
	})
	t.Run("an invalid form leaves the row alone", func(t *testing.T) {
		edit := helpdesk("Renamed")
		edit.PollIntervalMinutes = 5000
		var fe integration.FieldErrors
		if _, err := f.svc.Update(ctx, a.ID, edit, false); !errors.As(err, &fe) || fe[integration.FieldPollIntervalMinutes] == "" {
			t.Fatalf("Update = %v", err)
		}
	})
	if after, _ := f.repo.Get(ctx, a.ID); !reflect.DeepEqual(after, before) {
		t.Fatalf("row changed:\nbefore %+v\nafter  %+v", before, after)
	}
	if _, err := f.svc.Update(ctx, "no-such-id", helpdesk("X"), false); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Update of a missing id = %v", err)
	}
	if got := f.calls.got(); len(got) != 0 {
		t.Fatalf("failed updates reached other areas: %v", got)
	}
}

// TestUpdateUndoesWhatTheEditChangedInOrder: each kind of edit of a connected integration
// reaches the syncer, the webhook and the token in the order the lifecycle writes down.
func TestUpdateUndoesWhatTheEditChangedInOrder(t *testing.T) {
	tests := []struct {
		name       string
		edit       func(*integration.Input)
		want       string
		wantStatus integration.Status
	}{
		{"a rename re-points the webhook only", func(in *integration.Input) { in.Name = "Renamed" },
			"webhooks.ensure:acme/connected", integration.StatusConnected},
		{"a new domain drops the local copy, removes the old webhook, revokes the old token",
			func(in *integration.Input) { in.Domain = "acme-eu" },
			"syncs.stop → data.delete → webhooks.remove:acme → tokens.revoke:acme", integration.StatusNotConnected},
		{"a new OAuth client keeps the records, removes the old webhook, revokes the old token",
			func(in *integration.Input) { in.OAuthClientID = "other_client" },
			"webhooks.remove:acme → tokens.revoke:acme", integration.StatusNotConnected},
		{"a new Pull Record By resets the checkpoints", func(in *integration.Input) { in.PullRecordBy = integration.PullByCreatedTime },
			"syncs.stop → data.reset → webhooks.ensure:acme/connected", integration.StatusConnected},
		{"a new backfill start resets the checkpoints", func(in *integration.Input) { in.BackfillStart = "2025-06-01" },
			"syncs.stop → data.reset → webhooks.ensure:acme/connected", integration.StatusConnected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			in := f.connected(t, helpdesk("Support"))
			form := helpdesk("Support")
			tt.edit(&form)
			got, err := f.svc.Update(t.Context(), in.ID, form, false)
			if err != nil {
				t.Fatal(err)
			}
			if steps := joined(f.calls.got()); steps != tt.want {
				t.Errorf("steps = %s\nwant    %s", steps, tt.want)
			}
			if got.Status != tt.wantStatus {
				t.Errorf("status = %s, want %s", got.Status, tt.wantStatus)
			}
			if tt.wantStatus == integration.StatusNotConnected && got.StatusMessage != "The domain or OAuth client changed; connect to "+got.Host()+" again." {
				t.Errorf("status message = %q", got.StatusMessage)
			}
			if stored, _ := f.repo.Get(t.Context(), in.ID); stored.Status != got.Status {
				t.Errorf("stored status = %s, returned %s", stored.Status, got.Status)
			}
		})
	}
}

func TestAnEditOfAnIntegrationNotConnectedTouchesNoWebhookOrToken(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	a := f.create(t, helpdesk("Support"))
	form := helpdesk("Support")
	form.Domain = "acme-eu"
	got, err := f.svc.Update(ctx, a.ID, form, false)
	if err != nil {
		t.Fatal(err)
	}
	// The old account's webhook and token are cleaned up all the same (there may be leftovers).
	if steps := joined(f.calls.got()); steps != "syncs.stop → data.delete → webhooks.remove:acme → tokens.revoke:acme" {
		t.Errorf("steps = %s", steps)
	}
	if got.Status != integration.StatusNotConnected || got.StatusMessage != "" {
		t.Errorf("status = %s %q", got.Status, got.StatusMessage)
	}
}

func TestAFailingStepAfterAnEditIsLoggedAndTheEditStays(t *testing.T) {
	f := newFixture(t)
	in := f.connected(t, helpdesk("Support"))
	f.calls.fail["webhooks.remove"] = errors.New("zendesk unreachable")
	f.calls.fail["syncs.stop"] = errors.New("sync did not stop")
	form := helpdesk("Support renamed")
	form.Domain = "acme-eu"
	moved, err := f.svc.Update(t.Context(), in.ID, form, false)
	if err != nil {
		t.Fatal(err)
	}
	if moved.Status != integration.StatusNotConnected || moved.Name != "Support renamed" || moved.Domain != "acme-eu" {
		t.Fatalf("after a domain change: %+v", moved)
	}
	// A sync that would not stop keeps its data (nothing is deleted under it); the rest goes on.
	if steps := joined(f.calls.got()); steps != "syncs.stop → webhooks.remove:acme → tokens.revoke:acme" {
		t.Errorf("steps = %s", steps)
	}
}
