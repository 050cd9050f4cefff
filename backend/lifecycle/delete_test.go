package lifecycle

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"zensync/backend/oauth"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

func TestDeleteUndoesEverythingInOrderThenRemovesSecretsAndTheRow(t *testing.T) {
	for _, withData := range []bool{false, true} {
		f := newFixture(t)
		ctx := t.Context()
		form := helpdesk("Support")
		form.OAuthClientSecret = "s3cret"
		a := f.connected(t, form)

		left, err := f.svc.Delete(ctx, a.ID, withData)
		if err != nil {
			t.Fatal(err)
		}
		if left.Pending() {
			t.Errorf("withData=%v: pending clean-up %+v after a delete that reached Zendesk", withData, left)
		}
		want := "syncs.stop → webhooks.remove:acme → tokens.revokeOrKeep:acme"
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
		if _, err := f.svc.Delete(ctx, a.ID, false); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("second Delete = %v", err)
		}
	}
}

// An unreachable Zendesk leaves a pending clean-up with the tokens it needs; a failure that can
// never succeed (no token, a refused token) does not.
func TestDeleteWhileZendeskIsUnreachableKeepsAPendingCleanup(t *testing.T) {
	offline := fmt.Errorf("listing webhooks: %w", zendesk.ErrOffline)
	cases := []struct {
		name                 string
		fail                 map[string]error
		webhook, token, keep bool
		steps                string
	}{
		{"webhook unreachable", map[string]error{"webhooks.remove": offline}, true, true, true,
			"syncs.stop → webhooks.remove:acme"},
		{"revoke unreachable", map[string]error{"tokens.revokeOrKeep": &zendesk.ServerError{Status: 503}}, false, true, true,
			"syncs.stop → webhooks.remove:acme → tokens.revokeOrKeep:acme"},
		{"token refused", map[string]error{"webhooks.remove": zendesk.ErrUnauthorized, "tokens.revokeOrKeep": zendesk.ErrUnauthorized}, false, false, false,
			"syncs.stop → webhooks.remove:acme → tokens.revokeOrKeep:acme"},
		{"no token", map[string]error{"webhooks.remove": oauth.ErrNotConnected}, false, false, false,
			"syncs.stop → webhooks.remove:acme → tokens.revokeOrKeep:acme"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			ctx := t.Context()
			form := helpdesk("Acme")
			form.OAuthClientSecret = "s3cret"
			a := f.connected(t, form)
			for k, v := range c.fail {
				f.calls.fail[k] = v
			}
			left, err := f.svc.Delete(ctx, a.ID, false)
			if err != nil {
				t.Fatal(err)
			}
			if left.WebhookPending != c.webhook || left.TokenPending != c.token {
				t.Fatalf("Deleted = %+v, want webhook %v token %v", left, c.webhook, c.token)
			}
			if got := joined(f.calls.got()); got != c.steps {
				t.Errorf("steps %s, want %s", got, c.steps)
			}
			if _, err := f.repo.Get(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("the integration row stayed: %v", err)
			}
			pending, err := f.svc.PendingCleanups(ctx)
			if err != nil {
				t.Fatal(err)
			}
			_, tokErr := f.secrets.Get(ctx, secrets.OAuthTokenKey(a.ID))
			_, secErr := f.secrets.Get(ctx, secrets.ClientSecretKey(a.ID))
			if !c.keep {
				if len(pending) != 0 || tokErr == nil || secErr == nil {
					t.Fatalf("nothing to retry, yet pending %v, token err %v, secret err %v", pending, tokErr, secErr)
				}
				return
			}
			if len(pending) != 1 || pending[0].Name != "Acme" || pending[0].Domain != "acme" || !strings.Contains(pending[0].LastError, "Zendesk") {
				t.Fatalf("pending = %+v", pending)
			}
			if tokErr != nil || secErr != nil {
				t.Fatalf("the tokens the clean-up needs left the keyring: %v, %v", tokErr, secErr)
			}
			acts, _ := f.activity.List(ctx, store.ActivityFilter{}, 0)
			if len(acts) == 0 || !strings.Contains(acts[0].Message, "Pending clean-up in Zendesk") || !strings.Contains(acts[0].Message, "'Acme'") {
				t.Errorf("activity = %+v", acts)
			}

			// Still unreachable: the attempt is counted, nothing removed.
			f.calls.reset()
			if changed, err := f.svc.RetryCleanups(ctx); err != nil || changed {
				t.Fatalf("RetryCleanups while offline = %v, %v", changed, err)
			}
			if pending, _ = f.svc.PendingCleanups(ctx); len(pending) != 1 || pending[0].Attempts != 1 {
				t.Fatalf("after a failed retry: %+v", pending)
			}

			// Reachable again: done, the row and the tokens go.
			f.calls.fail = map[string]error{}
			f.calls.reset()
			if changed, err := f.svc.RetryCleanups(ctx); err != nil || !changed {
				t.Fatalf("RetryCleanups = %v, %v", changed, err)
			}
			want := "tokens.revokeOrKeep:acme"
			if c.webhook {
				want = "webhooks.remove:acme → " + want
			}
			if got := joined(f.calls.got()); got != want {
				t.Errorf("retry steps %s, want %s", got, want)
			}
			if pending, _ = f.svc.PendingCleanups(ctx); len(pending) != 0 {
				t.Errorf("still pending: %+v", pending)
			}
			if f.secrets.Len() != 0 {
				t.Errorf("secrets left in the keyring after the clean-up: %d", f.secrets.Len())
			}
			acts, _ = f.activity.List(ctx, store.ActivityFilter{}, 0)
			if !strings.Contains(acts[0].Message, "Clean-up in Zendesk done") {
				t.Errorf("activity = %+v", acts[0])
			}
		})
	}
}

func TestADeleteThatCannotRemoveDataOrSecretsKeepsTheIntegration(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	a := f.create(t, helpdesk("Support"))
	f.calls.fail["data.delete"] = errors.New("disk full")
	if _, err := f.svc.Delete(ctx, a.ID, true); err == nil {
		t.Fatal("Delete succeeded although the local data stayed")
	}
	f.secrets.SetFailure(errors.New("locked"))
	if _, err := f.svc.Delete(ctx, a.ID, false); !errors.Is(err, secrets.ErrUnavailable) {
		t.Fatalf("Delete with a locked keyring = %v", err)
	}
	if _, err := f.repo.Get(ctx, a.ID); err != nil {
		t.Fatalf("the integration is gone: %v", err)
	}
}
