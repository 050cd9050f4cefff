package lifecycle

import (
	"context"
	"errors"
	"testing"

	"zensync/backend/secrets"
	"zensync/backend/store"
)

func TestDeleteUndoesEverythingInOrderThenRemovesSecretsAndTheRow(t *testing.T) {
	for _, withData := range []bool{false, true} {
		f := newFixture(t)
		ctx := context.Background()
		form := helpdesk("Support")
		form.OAuthClientSecret = "s3cret"
		a := f.connected(t, form)
		f.calls.fail["webhooks.remove"] = errors.New("offline") // logged; delete goes on

		if err := f.svc.Delete(ctx, a.ID, withData); err != nil {
			t.Fatal(err)
		}
		want := "syncs.stop → webhooks.remove:acme → tokens.revoke:acme"
		if withData {
			want += " → data.delete"
		}
		if got := joined(f.calls.got()); got != want {
			t.Errorf("withData=%v: steps %s, want %s", withData, got, want)
		}
		if f.secrets.Len() != 0 {
			t.Errorf("secrets left in the keyring: %d", f.secrets.Len())
		}
		if _, err := f.repo.Get(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get after Delete = %v", err)
		}
		if err := f.svc.Delete(ctx, a.ID, false); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("second Delete = %v", err)
		}
	}
}

func TestADeleteThatCannotRemoveDataOrSecretsKeepsTheIntegration(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	a := f.create(t, helpdesk("Support"))
	f.calls.fail["data.delete"] = errors.New("disk full")
	if err := f.svc.Delete(ctx, a.ID, true); err == nil {
		t.Fatal("Delete succeeded although the local data stayed")
	}
	f.secrets.SetFailure(errors.New("locked"))
	if err := f.svc.Delete(ctx, a.ID, false); !errors.Is(err, secrets.ErrUnavailable) {
		t.Fatalf("Delete with a locked keyring = %v", err)
	}
	if _, err := f.repo.Get(ctx, a.ID); err != nil {
		t.Fatalf("the integration is gone: %v", err)
	}
}
