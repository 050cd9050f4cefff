package webhook

import (
	"slices"
	"testing"

	"zensync/backend/zendesk"
)

// Every documented ticket type (ZENDESK_API.md §8: created plus 36 change types) is either in
// "Ticket Updated" or excluded on purpose, never both, and the emulator, which refuses
// undocumented names as Zendesk may, accepts all of them.
func TestTicketUpdatedTypesAreDocumentedNames(t *testing.T) {
	all := append(slices.Clone(TicketUpdatedTypes), ExcludedTicketTypes...)
	if len(all) != 36 {
		t.Fatalf("%d ticket change types listed, ZENDESK_API.md §8 documents 36", len(all))
	}
	for _, typ := range ExcludedTicketTypes {
		if slices.Contains(TicketUpdatedTypes, typ) {
			t.Fatalf("%s is both subscribed and excluded", typ)
		}
	}
	if slices.Contains(all, EventTypePrefix+"ticket.restored") || !slices.Contains(TicketUpdatedTypes, EventTypePrefix+"ticket.undeleted") {
		t.Fatal("restoring a ticket is ticket.undeleted; ticket.restored does not exist")
	}
	z := newZendeskEnv(t)
	for _, subs := range [][]string{Subscriptions(), append([]string{TicketCreated}, all...)} {
		h, err := z.client.CreateWebhook(t.Context(), zendesk.Webhook{Name: "Types", Status: "active",
			Endpoint: "https://example.com/hook", HTTPMethod: "POST", RequestFormat: "json", Subscriptions: subs})
		if err != nil || len(h.Subscriptions) != len(subs) {
			t.Fatalf("create with %d types: %v", len(subs), err)
		}
	}
	_, err := z.client.CreateWebhook(t.Context(), zendesk.Webhook{Name: "Bad", Status: "active",
		Endpoint: "https://example.com/hook", HTTPMethod: "POST", RequestFormat: "json",
		Subscriptions: []string{TicketCreated, EventTypePrefix + "ticket.restored"}})
	if err == nil {
		t.Fatal("the emulator accepted ticket.restored")
	}
}
