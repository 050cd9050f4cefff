package webhook

import (
	"testing"
	"time"

	"zensync/backend/testenv"
)

// A ticket.created delivery as Zendesk sent it (backend/zendesk/testdata/recorded/SOURCES.json
// says where it came from) is read field by field, and stored as the REST API spells it.
func TestRecordedTicketCreatedEventDecodes(t *testing.T) {
	body := testenv.Recorded(t, "events/ticket_created.json")
	ev, err := parseEvent(body)
	// The fixed dates below are the recorded delivery's own: parsing only, no clock involved.
	if err != nil || ev.Type != TicketCreated || !ev.IsTicketEvent() || ev.ID != "cbe4028c-7239-495d-b020-f22348516046" ||
		ev.TicketID() != 5158 || ev.Detail == nil || !ev.Time.Equal(time.Date(2025, 1, 8, 10, 12, 7, 672717030, time.UTC)) {
		t.Fatalf("%+v %v", ev, err)
	}
	if _, ok := ev.Comment(); ok {
		t.Fatal("ticket.created carries no comment")
	}
	d := ev.Detail
	if d.Subject != "ticketinfo_2294a6e9ece2" || d.RequesterID != 8447388090494 || d.AssigneeID != 8447388090494 ||
		d.OrganizationID != 8447346622462 || d.GroupID != 8447320466430 || d.BrandID != 8447346621310 || d.FormID != 8646151517822 ||
		d.ExternalID != "" || !d.IsPublic || len(d.Tags) != 1 || d.ActorID != 8447388090494 {
		t.Fatalf("detail %+v", d)
	}
	rec := ticketRecord(*d)
	if rec.ID != 5158 || rec.Status != "open" || rec.Priority != "low" || rec.Type != "task" || rec.ViaChannel != "api" ||
		!rec.CreatedAt.Equal(time.Date(2025, 1, 8, 10, 12, 7, 0, time.UTC)) || !rec.UpdatedAt.Equal(rec.CreatedAt) {
		t.Fatalf("stored as %+v", rec)
	}
}
