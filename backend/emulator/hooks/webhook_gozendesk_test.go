package hooks_test

import (
	"testing"

	"github.com/nukosuke/go-zendesk/zendesk"
)

// go-zendesk, a client no one here wrote, must manage webhooks on the emulator as on Zendesk.
func TestGoZendeskManagesWebhooks(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	z, err := zendesk.NewClient(e.TS.Client())
	if err != nil {
		t.Fatal(err)
	}
	if err := z.SetEndpointURL(e.URL("/demo/api/v2")); err != nil {
		t.Fatal(err)
	}
	z.SetCredential(zendesk.NewBearerTokenCredential(tok))
	ctx := t.Context()

	created, err := z.CreateWebhook(ctx, &zendesk.Webhook{
		Name: "Zensync 42", Endpoint: "https://hooks.example/webhooks/zendesk/42", HTTPMethod: "POST",
		RequestFormat: "json", Status: "active",
		Subscriptions: []string{"zen:event-type:ticket.created", "zen:event-type:ticket.status_changed"},
	})
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if created.ID == "" || created.CreatedAt.IsZero() || created.CreatedBy == "" {
		t.Fatalf("created = %+v", created)
	}
	got, err := z.GetWebhook(ctx, created.ID)
	if err != nil || got.Name != "Zensync 42" || len(got.Subscriptions) != 2 {
		t.Fatalf("get: %v %+v", err, got)
	}
	got.Endpoint = "https://hooks.example/webhooks/zendesk/43"
	if err := z.UpdateWebhook(ctx, created.ID, got); err != nil {
		t.Fatalf("update: %v", err)
	}
	if again, _ := z.GetWebhook(ctx, created.ID); again.Endpoint != got.Endpoint {
		t.Fatalf("after update endpoint = %q", again.Endpoint)
	}
	secret, err := z.GetWebhookSigningSecret(ctx, created.ID)
	if err != nil || secret.Algorithm != "SHA256" || len(secret.Secret) < 32 {
		t.Fatalf("signing secret: %v %+v", err, secret)
	}
	if err := z.DeleteWebhook(ctx, created.ID); err != nil {
		t.Fatalf("delete: %v", err)
	}
	if _, err := z.GetWebhook(ctx, created.ID); err == nil {
		t.Fatal("get after delete succeeded")
	} else if ze, ok := err.(zendesk.Error); !ok || ze.Status() != 404 {
		t.Fatalf("get after delete: %v, want a zendesk.Error with 404", err)
	}
}
