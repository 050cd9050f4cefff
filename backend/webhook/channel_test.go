package webhook

import (
	"context"
	"testing"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

func TestRestChannelSpellsEventChannelsAsTheRESTAPI(t *testing.T) {
	cases := map[string]string{
		"web_service": "api", // recorded ticket.created delivery: detail.via.channel "web_service"
		"WEB_FORM":    "web",
		"web_form":    "web",
		"mail":        "email",
		"email":       "email",
		"api":         "api",
		"web":         "web",
		" chat ":      "chat",
		"":            "",
	}
	for in, want := range cases {
		if got := restChannel(in); got != want {
			t.Errorf("restChannel(%q) = %q, want %q", in, got, want)
		}
	}
}

// A ticket's channel must read the same whether a sync stored it (the REST API's via.channel,
// syncer/convert.go) or a webhook event did (detail.via.channel, spelt as a via type).
func TestWebhookAndSyncStoreTheSameChannel(t *testing.T) {
	z := newZendeskEnv(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	in := z.registeredHelpdesk(t)
	p := NewProcessor(ProcessorDeps{Inbox: z.inbox, Records: store.NewRecordRepo(z.db, nil), Integrations: z.repo, Client: z.clientFn})
	z.onStored.Store(p.Wake)
	go p.Run(ctx)

	seen := map[string]bool{}
	for id := int64(1); id <= 5; id++ {
		rest, err := z.client.ShowTicket(ctx, id)
		if err != nil || rest.Status == "closed" {
			continue // a seeded deleted ticket, or a closed one (which takes no update)
		}
		seen[rest.Via.Channel] = true
		if _, err := z.client.UpdateTicket(ctx, id, zendesk.TicketInput{Subject: "channel check"}); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool { got, ok := z.ticket(t, in.ID, id); return ok && got.Subject == "channel check" })
		var stored string
		if err := z.db.Read().Raw(`SELECT via_channel FROM tickets WHERE integration_id = ? AND id = ?`, in.ID, id).Scan(&stored).Error; err != nil {
			t.Fatal(err)
		}
		if stored != rest.Via.Channel {
			t.Errorf("ticket %d: the webhook stored channel %q, the REST API (and so a sync) says %q", id, stored, rest.Via.Channel)
		}
	}
	if !seen["web"] && !seen["api"] {
		t.Fatalf("no seeded ticket came by web or api (%v): the test checks nothing", seen)
	}
}
