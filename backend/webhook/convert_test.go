package webhook

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"zensync/backend/convert"
	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/zendesk"
)

// TestAWebhookTicketAndASyncedTicketAreStoredAlike: the same ticket, once as a webhook event's
// detail (Zendesk's event shape: string ids, upper-case enumerations, the via type's name)
// applied by the processor's plan, once as an export ticket converted by the syncer's
// conversion, gives identical rows.
func TestAWebhookTicketAndASyncedTicketAreStoredAlike(t *testing.T) {
	created := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	updated := created.Add(26 * time.Hour)
	eventAt := updated.Add(2 * time.Second)
	body := fmt.Sprintf(`{"type":"zen:event-type:ticket.status_changed","account_id":1,"id":"e1","time":%q,`+
		`"zendesk_event_version":"2022-11-06","subject":"zen:ticket:42","detail":{"id":"42","subject":"Printer on fire",`+
		`"description":"It smokes.","status":"ON_HOLD","priority":"HIGH","type":"INCIDENT","tags":["printer","urgent"],`+
		`"requester_id":"11","submitter_id":"12","assignee_id":"13","organization_id":"14","group_id":"15",`+
		`"via":{"channel":"WEB_FORM"},"created_at":%q,"updated_at":%q},"event":{}}`,
		eventAt.Format(time.RFC3339), created.Format(time.RFC3339), updated.Format(time.RFC3339))
	exported := zendesk.Ticket{ID: 42, Subject: "Printer on fire", Description: "It smokes.", Status: "hold",
		Priority: new("high"), Type: new("incident"), Tags: []string{"printer", "urgent"}, RequesterID: 11, SubmitterID: 12,
		AssigneeID: new(int64(13)), OrganizationID: new(int64(14)), GroupID: new(int64(15)), Via: zendesk.Via{Channel: "web"},
		CreatedAt: created, UpdatedAt: updated, GeneratedTimestamp: eventAt.Unix()}

	plan := newPlan("i")
	plan.add(store.InboxEvent{ID: 1, IntegrationID: "i", Body: []byte(body), ReceivedAt: eventAt})
	plan.resolve(nil)
	if len(plan.batch.Tickets) != 1 {
		t.Fatalf("the event gave %d tickets", len(plan.batch.Tickets))
	}
	viaWebhook := storedRows(t, plan.batch.Tickets)
	viaSync := storedRows(t, []store.TicketRecord{convert.Ticket(&exported)})
	if !reflect.DeepEqual(viaWebhook, viaSync) {
		t.Fatalf("rows differ:\nwebhook %v\nsync    %v", viaWebhook, viaSync)
	}
	if viaWebhook[0]["status"] != "hold" || viaWebhook[0]["generated_timestamp"] != eventAt.Unix() {
		t.Fatalf("row = %v", viaWebhook[0])
	}
}

// storedRows applies tickets to a new database and reads back every column of the tickets
// and ticket_tags tables.
func storedRows(t *testing.T, tickets []store.TicketRecord) []map[string]any {
	t.Helper()
	ctx := context.Background()
	db := emuenv.OpenStore(t)
	if _, err := store.NewIntegrationRepo(db, nil).Create(ctx, integration.Integration{ID: "i", Name: "i",
		Capability: integration.Helpdesk, Domain: "acme", PullRecordBy: integration.PullByUpdatedTime}); err != nil {
		t.Fatal(err)
	}
	if _, err := store.NewRecordRepo(db, nil).Apply(ctx, store.Batch{IntegrationID: "i", Mode: store.NewerWins, Tickets: tickets}); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := db.Read().Raw(`SELECT * FROM tickets`).Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	var tags []map[string]any
	if err := db.Read().Raw(`SELECT * FROM ticket_tags ORDER BY 1, 2`).Scan(&tags).Error; err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || len(tags) != 2 {
		t.Fatalf("stored %d tickets and %d tags", len(rows), len(tags))
	}
	return append(rows, tags...)
}
