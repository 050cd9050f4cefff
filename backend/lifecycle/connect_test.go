package lifecycle

import (
	"errors"
	"strings"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
)

// TestEverySuccessfulSignInStartsTheSyncThenRegistersTheWebhook: Connect and Re-generate
// Token both end in the first sync and the webhook, with the integration as stored after the
// sign-in (connected).
func TestEverySuccessfulSignInStartsTheSyncThenRegistersTheWebhook(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	in := f.create(t, helpdesk("Support"))
	for round, name := range []string{"connect", "re-generate token"} {
		f.calls.reset()
		stored, _ := f.repo.Get(ctx, in.ID)
		if err := f.signIn(t, stored); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := "tokens.connect:acme → syncs.now → webhooks.ensure:acme/connected"
		if got := joined(f.calls.waitFor(t, 3)); got != want {
			t.Errorf("%s (round %d): steps %s, want %s", name, round, got, want)
		}
		if id := f.changedID(t); id != in.ID {
			t.Errorf("%s: OnChanged(%q)", name, id)
		}
	}
}

func TestAFailedSignInStartsNothing(t *testing.T) {
	f := newFixture(t)
	in := f.create(t, helpdesk("Support"))
	f.calls.fail["tokens.wait"] = errors.New("denied")
	if err := f.signIn(t, in); err == nil || err.Error() != "denied" {
		t.Fatalf("wait = %v", err)
	}
	time.Sleep(50 * time.Millisecond) // afterConnect would run in the background
	if got := joined(f.calls.got()); got != "tokens.connect:acme" {
		t.Errorf("steps = %s", got)
	}
}

func TestAWebhookThatCannotBeRegisteredIsShownInActivity(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	in := f.create(t, helpdesk("Support"))
	f.calls.fail["webhooks.ensure"] = errors.New("forbidden")
	if err := f.signIn(t, in); err != nil {
		t.Fatal(err)
	}
	f.changedID(t)
	list, err := f.activity.List(ctx, store.ActivityFilter{Kind: store.ActivityWebhook}, 10)
	if err != nil || len(list) != 1 {
		t.Fatalf("activity = %+v, %v", list, err)
	}
	if e := list[0]; e.Level != store.LevelError || e.Reason != "registration_failed" || e.IntegrationID != in.ID ||
		!strings.Contains(e.Message, "could not be registered: forbidden") {
		t.Errorf("entry = %+v", e)
	}
}

func TestDisconnectRemovesTheWebhookBeforeTheTokenGoes(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	in := f.connected(t, helpdesk("Support"))
	f.calls.fail["webhooks.remove"] = errors.New("offline") // logged; Disconnect goes on
	if err := f.svc.Disconnect(ctx, in.ID); err != nil {
		t.Fatal(err)
	}
	if got := joined(f.calls.got()); got != "tokens.cancel → webhooks.remove:acme → tokens.disconnect:acme" {
		t.Errorf("steps = %s", got)
	}
	if got, _ := f.repo.Get(ctx, in.ID); got.Status != integration.StatusNotConnected {
		t.Errorf("status after Disconnect = %s", got.Status)
	}
	if err := f.svc.Disconnect(ctx, "no-such-id"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Disconnect of a missing id = %v", err)
	}
}
