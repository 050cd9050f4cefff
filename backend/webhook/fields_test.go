package webhook

import (
	"context"
	"fmt"
	"testing"
	"time"

	"zensync/backend/convert"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/zendesk"
)

// A webhook event's detail carries the brand and form but no custom fields or satisfaction
// rating: applying it after a sync updates the ticket, moves brand and form, and keeps the
// synced field values and rating.
func TestAWebhookUpdateKeepsSyncedFieldValues(t *testing.T) {
	ctx := context.Background()
	db := emuenv.OpenStore(t)
	repo := store.NewRecordRepo(db, nil)
	created := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	synced := zendesk.Ticket{ID: 42, Subject: "Printer on fire", Status: "open", BrandID: 7, TicketFormID: new(int64(8)),
		CustomFields: []zendesk.CustomField{{ID: 100, Value: "gold"}}, SatisfactionRating: []byte(`{"score":"bad","comment":"Slow"}`),
		CreatedAt: created, UpdatedAt: created.Add(time.Hour)}
	if _, err := repo.ApplyTickets(ctx, "i", []store.TicketRecord{convert.Ticket(&synced)}); err != nil {
		t.Fatal(err)
	}
	at := created.Add(2 * time.Hour)
	body := fmt.Sprintf(`{"type":"zen:event-type:ticket.brand_changed","account_id":1,"id":"e1","time":%q,`+
		`"zendesk_event_version":"2022-11-06","subject":"zen:ticket:42","detail":{"id":"42","subject":"Printer on fire",`+
		`"status":"SOLVED","brand_id":"9","form_id":"10","created_at":%q,"updated_at":%q},"event":{}}`,
		at.Format(time.RFC3339), created.Format(time.RFC3339), at.Format(time.RFC3339))
	plan := newPlan("i")
	plan.add(store.InboxEvent{ID: 1, IntegrationID: "i", Body: []byte(body), ReceivedAt: at})
	plan.resolve(nil)
	if _, err := repo.ApplyTickets(ctx, "i", plan.batch.Tickets); err != nil {
		t.Fatal(err)
	}
	var status, custom, sat string
	var brand, form int64
	if err := db.Read().Raw(`SELECT status, brand_id, form_id, custom_fields, satisfaction FROM tickets WHERE id = 42`).
		Row().Scan(&status, &brand, &form, &custom, &sat); err != nil {
		t.Fatal(err)
	}
	if status != "solved" || brand != 9 || form != 10 || custom != `{"100":"gold"}` || sat != `{"score":"bad","comment":"Slow"}` {
		t.Fatalf("after the webhook: status %s brand %d form %d custom %s satisfaction %s", status, brand, form, custom, sat)
	}
}
