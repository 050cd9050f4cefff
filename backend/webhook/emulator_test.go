package webhook

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/zendesk"
)

// zendeskEnv is an env plus the emulator serving account "acme", reached as an admin.
type zendeskEnv struct {
	*env
	emu      *httptest.Server
	client   *zendesk.Client
	reg      *Registrar
	clientFn ClientFunc
}

func newZendeskEnv(t *testing.T) *zendeskEnv {
	t.Helper()
	srv, emu := emuenv.Serve(t, emulator.Options{})
	if _, err := srv.AddAccount("acme", emulator.SeedConfig{Tickets: 5, Users: 5, Organizations: 1, Groups: 1, Articles: -1}); err != nil {
		t.Fatal(err)
	}
	z := &zendeskEnv{env: newEnv(t, Config{}), emu: emu, client: emuenv.AdminClient(t, emu.URL, "acme")}
	z.clientFn = func(context.Context, integration.Integration) (*zendesk.Client, error) { return z.client, nil }
	z.reg = NewRegistrar(z.clientFn, z.repo, z.secrets, nil)
	return z
}

// registeredHelpdesk saves a helpdesk integration and registers its webhook on the emulator.
func (z *zendeskEnv) registeredHelpdesk(t *testing.T) integration.Integration {
	t.Helper()
	in := z.helpdesk(t)
	if _, err := z.reg.Ensure(t.Context(), in); err != nil {
		t.Fatal(err)
	}
	return in
}

// comments counts a ticket's stored comments with this body.
func (z *zendeskEnv) comments(t *testing.T, integrationID string, ticketID int64, body string) int64 {
	t.Helper()
	var n int64
	if err := z.db.Read().Raw(`SELECT count(*) FROM comments WHERE integration_id = ? AND ticket_id = ? AND body = ?`,
		integrationID, ticketID, body).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// helpdesk saves a Helpdesk integration whose public base URL reaches the listener directly.
func (z *zendeskEnv) helpdesk(t *testing.T) integration.Integration {
	t.Helper()
	in := z.integration(t, "")
	in.WebhookBaseURL = "http://" + z.listener.Addr()
	in, err := z.repo.Update(t.Context(), in)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func (z *zendeskEnv) reload(t *testing.T, id string) integration.Integration {
	t.Helper()
	in, err := z.repo.Get(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func (z *zendeskEnv) hooksNamed(t *testing.T, id string) []zendesk.Webhook {
	t.Helper()
	list, err := z.client.ListWebhooks(t.Context(), "")
	if err != nil {
		t.Fatal(err)
	}
	var out []zendesk.Webhook
	for _, w := range list {
		if w.Name == Name(id) {
			out = append(out, w)
		}
	}
	return out
}

func TestRegistrarCreatesUpdatesAndRemovesTheWebhook(t *testing.T) {
	z := newZendeskEnv(t)
	ctx := t.Context()
	in := z.helpdesk(t)

	reg, err := z.reg.Ensure(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	hooks := z.hooksNamed(t, in.ID)
	if len(hooks) != 1 || reg.WebhookID != hooks[0].ID || reg.State != integration.WebhookActive {
		t.Fatalf("after connect: %+v, hooks %+v", reg, hooks)
	}
	h := hooks[0]
	if h.Status != "active" || h.Endpoint != "http://"+z.listener.Addr()+"/webhooks/zendesk/"+in.ID ||
		h.HTTPMethod != "POST" || h.RequestFormat != "json" || !sameSet(h.Subscriptions, Subscriptions()) {
		t.Fatalf("webhook as created: %+v", h)
	}
	secret, err := z.keyring.Get(ctx, SecretKey(in.ID))
	want, _ := z.client.WebhookSigningSecret(ctx, h.ID)
	if err != nil || secret != want || secret == "" {
		t.Fatalf("keyring secret %q (%v), Zendesk's %q", secret, err, want)
	}
	if got := z.reload(t, in.ID); got.WebhookID != h.ID || got.WebhookState != integration.WebhookActive {
		t.Fatalf("integration row: %s %s", got.WebhookID, got.WebhookState)
	}

	t.Run("re-running never makes a duplicate", func(t *testing.T) {
		// Even when the recorded id was lost (a crash before SetWebhook), it is found by name.
		lost := z.reload(t, in.ID)
		lost.WebhookID = ""
		for i := 0; i < 2; i++ {
			if _, err := z.reg.Ensure(ctx, lost); err != nil {
				t.Fatal(err)
			}
		}
		if hooks := z.hooksNamed(t, in.ID); len(hooks) != 1 || hooks[0].ID != h.ID {
			t.Fatalf("hooks after re-runs: %+v", hooks)
		}
	})

	t.Run("a duplicate left at Zendesk is removed", func(t *testing.T) {
		dup, err := z.client.CreateWebhook(ctx, Desired(in.ID, h.Endpoint))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := z.reg.Ensure(ctx, z.reload(t, in.ID)); err != nil {
			t.Fatal(err)
		}
		hooks := z.hooksNamed(t, in.ID)
		if len(hooks) != 1 || hooks[0].ID != h.ID || hooks[0].ID == dup.ID {
			t.Fatalf("hooks: %+v", hooks)
		}
	})

	t.Run("Edit re-points it", func(t *testing.T) {
		edited := z.reload(t, in.ID)
		edited.WebhookBaseURL = "https://tunnel.example.net/"
		if _, err := z.reg.Ensure(ctx, edited); err != nil {
			t.Fatal(err)
		}
		got, err := z.client.ShowWebhook(ctx, h.ID)
		if err != nil || got.Endpoint != "https://tunnel.example.net/webhooks/zendesk/"+in.ID {
			t.Fatalf("after edit: %+v %v", got, err)
		}
	})

	t.Run("without a public base URL webhooks are off", func(t *testing.T) {
		off := z.reload(t, in.ID)
		off.WebhookBaseURL = ""
		reg, err := z.reg.Ensure(ctx, off)
		if err != nil || reg.State != integration.WebhookNoBaseURL || !strings.Contains(reg.Message, "Webhooks off — polling only") ||
			!strings.Contains(reg.Message, "cloudflared tunnel --url http://127.0.0.1:47601") {
			t.Fatalf("off: %+v %v", reg, err)
		}
		if hooks := z.hooksNamed(t, in.ID); len(hooks) != 0 {
			t.Fatalf("hooks left: %+v", hooks)
		}
		if got := z.reload(t, in.ID); got.WebhookState != integration.WebhookNoBaseURL {
			t.Fatalf("state %s", got.WebhookState)
		}
		if _, err := z.reg.Ensure(ctx, in); err != nil { // turn it back on for Delete
			t.Fatal(err)
		}
	})

	t.Run("Delete removes it and its secret", func(t *testing.T) {
		if err := z.reg.Remove(ctx, z.reload(t, in.ID)); err != nil {
			t.Fatal(err)
		}
		if hooks := z.hooksNamed(t, in.ID); len(hooks) != 0 {
			t.Fatalf("hooks left: %+v", hooks)
		}
		if _, err := z.keyring.Get(ctx, SecretKey(in.ID)); err == nil {
			t.Fatal("secret still in the keyring")
		}
		if got := z.reload(t, in.ID); got.WebhookState != integration.WebhookNone || got.WebhookID != "" {
			t.Fatalf("row: %s %q", got.WebhookState, got.WebhookID)
		}
	})
}

func TestContentManagementGetsNoWebhook(t *testing.T) {
	z := newZendeskEnv(t)
	in := z.helpdesk(t)
	in.Capability = integration.ContentManagement
	reg, err := z.reg.Ensure(t.Context(), in)
	if err != nil || reg.State != integration.WebhookNone || len(z.hooksNamed(t, in.ID)) != 0 {
		t.Fatalf("%+v %v", reg, err)
	}
}

func TestEmulatorDeliversCreatedAndUpdatedTicketsIntoTheDatabase(t *testing.T) {
	z := newZendeskEnv(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	in := z.registeredHelpdesk(t)
	changed := make(chan string, 100)
	p := NewProcessor(ProcessorDeps{Inbox: z.inbox, Records: store.NewRecordRepo(z.db, nil), Integrations: z.repo,
		Client: z.clientFn, OnChanged: func(id string) { changed <- id }})
	z.onStored.Store(p.Wake)
	go p.Run(ctx)

	public := true
	created, err := z.client.CreateTicket(ctx, zendesk.TicketInput{Subject: "Webhook smoke", Priority: "high",
		Comment: &zendesk.NewComment{Body: "It is on fire", Public: &public}})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { got, ok := z.ticket(t, in.ID, created.ID); return ok && got.Subject == "Webhook smoke" })
	// ticket.created does not carry the first comment: the processor reads the conversation.
	waitFor(t, func() bool { return z.comments(t, in.ID, created.ID, "It is on fire") == 1 })

	if _, err := z.client.UpdateTicket(ctx, created.ID, zendesk.TicketInput{Status: "pending", Subject: "Webhook smoke, renamed",
		Comment: &zendesk.NewComment{Body: "Any news?", Public: &public}}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool {
		got, _ := z.ticket(t, in.ID, created.ID)
		return got.Status == "pending" && got.Subject == "Webhook smoke, renamed"
	})
	waitFor(t, func() bool { return z.comments(t, in.ID, created.ID, "Any news?") == 1 })
	select {
	case id := <-changed:
		if id != in.ID {
			t.Fatalf("tickets changed for %s", id)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no tickets-changed callback")
	}
	waitFor(t, func() bool { s := z.listener.Stats(); return s.Accepted >= 4 })
	if s := z.listener.Stats(); s.Rejected != 0 {
		t.Fatalf("listener stats %+v", s)
	}
}

func TestVerifyShowsAllTicksAndTheTestDeliveryArrives(t *testing.T) {
	z := newZendeskEnv(t)
	ctx := t.Context()
	in := z.helpdesk(t)
	v := NewVerifier(z.clientFn, z.listener, 5*time.Second)

	rep, err := v.Verify(ctx, in)
	if err != nil || rep.OK || len(rep.Checks) != 1 || rep.Checks[0].OK {
		t.Fatalf("before registration: %+v %v", rep, err)
	}
	if _, err := z.reg.Ensure(ctx, in); err != nil {
		t.Fatal(err)
	}
	rep, err = v.Verify(ctx, z.reload(t, in.ID))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.Checks {
		if !c.OK {
			t.Errorf("check %s failed: %s", c.ID, c.Detail)
		}
	}
	if len(rep.Checks) != 6 || !rep.TestSent || !rep.TestArrived || !rep.OK {
		t.Fatalf("report %+v", rep)
	}
	if n, _ := z.inbox.Count(ctx, in.ID); n != 0 {
		t.Fatalf("the test delivery was stored as an event (%d rows)", n)
	}

	t.Run("a webhook changed by hand shows crosses", func(t *testing.T) {
		h, _ := z.client.ShowWebhook(ctx, rep.WebhookID)
		h.Status = "inactive"
		h.Subscriptions = []string{TicketCreated, EventTypePrefix + "ticket.status_changed"}
		if err := z.client.UpdateWebhook(ctx, h.ID, h); err != nil {
			t.Fatal(err)
		}
		rep, err := v.Verify(ctx, z.reload(t, in.ID))
		if err != nil {
			t.Fatal(err)
		}
		bad := map[string]bool{}
		for _, c := range rep.Checks {
			if !c.OK {
				bad[c.ID] = true
			}
		}
		if !bad["active"] || !bad["ticket_updated"] || bad["ticket_created"] || bad["endpoint"] || rep.OK {
			t.Fatalf("crosses %v in %+v", bad, rep)
		}
	})
}
