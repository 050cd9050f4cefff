package app

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"zensync/backend/integration"
	"zensync/backend/store"
)

func TestWebhooksAndActivityFacades(t *testing.T) {
	w := wire(Config{DataDir: t.TempDir(), LogLevel: "error", KeyringService: "zensync-test", WebhookAddr: "127.0.0.1:0"})
	ctx := t.Context()
	w.start(ctx)
	defer w.stop(ctx)

	st, err := w.webhooks.api.Listener()
	if err != nil || !st.Running || !strings.HasPrefix(st.Address, "127.0.0.1:") || st.Address == "127.0.0.1:0" {
		t.Fatalf("listener status %+v %v", st, err)
	}

	in, err := store.NewIntegrationRepo(w.db, nil).Create(ctx, integration.Integration{
		ID: uuid.NewString(), Name: "Facade", Capability: integration.Helpdesk, Domain: "acme",
		PullRecordBy: integration.PullByUpdatedTime, OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5,
		Status: integration.StatusConnected, WebhookState: integration.WebhookNoBaseURL,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("Verify without a public base URL says webhooks are off and how to turn them on", func(t *testing.T) {
		rep, err := w.webhooks.api.Verify(in.ID)
		if err != nil || !rep.Off || !strings.Contains(rep.Message, "Webhooks off — polling only") ||
			!strings.Contains(rep.Message, "cloudflared tunnel --url http://"+st.Address) || rep.Checks == nil {
			t.Fatalf("%+v %v", rep, err)
		}
	})
	t.Run("Verify of an unknown integration is not_found", func(t *testing.T) {
		_, err := w.webhooks.api.Verify("no-such-id")
		if err == nil || !strings.Contains(err.Error(), `"code":"not_found"`) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("a rejected delivery is counted and listed in Activity with its reason", func(t *testing.T) {
		resp, err := http.Post("http://"+st.Address+"/webhooks/zendesk/"+uuid.NewString(), "application/json", strings.NewReader(`{}`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Fatalf("status %d", resp.StatusCode)
		}
		deadline := time.Now().Add(5 * time.Second)
		for {
			list, err := w.webhooks.activity.List(ActivityFilter{Kind: "webhook"})
			if err != nil {
				t.Fatal(err)
			}
			if len(list) == 1 && list[0].Reason == "unknown_integration" && list[0].Level == "warn" && list[0].At != "" {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("activity %+v", list)
			}
			time.Sleep(50 * time.Millisecond)
		}
		if st, _ := w.webhooks.api.Listener(); st.Rejected != 1 || st.Received != 1 {
			t.Fatalf("counters %+v", st)
		}
	})
}

func TestAWebhookThatCannotBeRegisteredSaysWhyInActivity(t *testing.T) {
	w := wire(Config{DataDir: t.TempDir(), LogLevel: "error", KeyringService: "zensync-test-" + uuid.NewString(),
		WebhookAddr: "127.0.0.1:0", ZendeskURL: "http://127.0.0.1:1/{subdomain}"})
	ctx := t.Context()
	defer w.stop(ctx)
	in := integration.Integration{
		ID: uuid.NewString(), Name: "No token", Capability: integration.Helpdesk, Domain: "acme",
		PullRecordBy: integration.PullByUpdatedTime, OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5,
		Status: integration.StatusConnected, WebhookBaseURL: "https://tunnel.example.test",
	}
	if _, err := store.NewIntegrationRepo(w.db, nil).Create(ctx, in); err != nil {
		t.Fatal(err)
	}
	// Saving an edit of a connected integration re-points its webhook; with no token in the
	// keyring (or no keyring) registration fails, and says so.
	if _, err := w.integrations.Update(in.ID, IntegrationInput{Name: in.Name, Capability: "helpdesk", Domain: "acme",
		PullRecordBy: "updated_time", BackfillStart: "2026-01-01", OAuthClientID: in.OAuthClientID,
		PollIntervalMinutes: 5, WebhookBaseURL: in.WebhookBaseURL}); err != nil {
		t.Fatal(err)
	}
	list, err := w.webhooks.activity.List(ActivityFilter{IntegrationID: in.ID, Kind: "webhook"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Level != "error" || !strings.HasPrefix(list[0].Message, "The Zendesk webhook could not be registered: ") {
		t.Fatalf("activity = %+v", list)
	}
}
