package store

import (
	"maps"
	"slices"
	"testing"
	"time"
)

func inboxEvent(integrationID, eventID, invocationID string) InboxEvent {
	return InboxEvent{IntegrationID: integrationID, EventID: eventID, InvocationID: invocationID,
		EventType: "zen:event-type:ticket.status_changed", TicketID: 7, BodySHA256: "x", Body: []byte(`{}`),
		Headers: map[string]string{"X-Zendesk-Webhook-Id": "01H"}, ReceivedAt: time.Now()}
}

func TestInboxInsertBatchOutcomes(t *testing.T) {
	db, a := openWithSample(t, "Inbox A")
	ctx := t.Context()
	inbox := NewInboxRepo(db)
	got, err := inbox.InsertBatch(ctx, []InboxEvent{
		inboxEvent(a.ID, "e1", "i1"),
		inboxEvent(a.ID, "e1", "i2"),       // same event, another invocation: duplicate
		inboxEvent(a.ID, "e2", "i1"),       // same invocation: duplicate
		inboxEvent(a.ID, "e3", ""),         // no invocation id: stored
		inboxEvent("no-such-id", "e4", ""), // integration gone
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []InsertOutcome{Inserted, Duplicate, Duplicate, Inserted, IntegrationGone}
	if !slices.Equal(got, want) {
		t.Fatalf("outcomes %v, want %v", got, want)
	}
	rows, err := inbox.List(ctx, a.ID, 10)
	if err != nil || len(rows) != 2 || rows[1].Headers["X-Zendesk-Webhook-Id"] != "01H" {
		t.Fatalf("rows %+v %v", rows, err)
	}
}

func TestInboxPendingFailedAndSettled(t *testing.T) {
	db, a := openWithSample(t, "Inbox B")
	ctx := t.Context()
	inbox := NewInboxRepo(db)
	if _, err := inbox.InsertBatch(ctx, []InboxEvent{inboxEvent(a.ID, "e1", ""), inboxEvent(a.ID, "e2", ""), inboxEvent(a.ID, "e3", "")}); err != nil {
		t.Fatal(err)
	}
	pending, _ := inbox.Pending(ctx, 10)
	if len(pending) != 3 || pending[0].EventID != "e1" {
		t.Fatalf("pending %+v", pending)
	}
	now := time.Now()
	if err := inbox.MarkFailed(ctx, pending[0].ID, "offline", false, now); err != nil {
		t.Fatal(err)
	}
	// A failed event goes after the fresh ones, so it cannot starve them.
	pending, _ = inbox.Pending(ctx, 10)
	if ids := []string{pending[0].EventID, pending[1].EventID, pending[2].EventID}; !slices.Equal(ids, []string{"e2", "e3", "e1"}) {
		t.Fatalf("order %v", ids)
	}
	v := TicketVersion{TicketID: 7, EventStamp: 100, EventTime: 5, InboxID: pending[0].ID}
	if err := inbox.Settle(ctx, a.ID, []TicketVersion{v}, []int64{pending[0].ID, pending[1].ID}, now); err != nil {
		t.Fatal(err)
	}
	if err := inbox.MarkFailed(ctx, pending[2].ID, "still offline", true, now); err != nil {
		t.Fatal(err)
	}
	if pending, _ = inbox.Pending(ctx, 10); len(pending) != 0 {
		t.Fatalf("still pending: %+v", pending)
	}
	rows, _ := inbox.List(ctx, a.ID, 10)
	for _, r := range rows {
		if r.ProcessedAt == nil {
			t.Fatalf("unprocessed %+v", r)
		}
		if r.EventID == "e1" && (r.Attempts != 2 || r.Error != "still offline") {
			t.Fatalf("given-up row %+v", r)
		}
	}
	// The version is only readable with its ticket stored; Settle must not fail without one.
	if vs, err := inbox.TicketVersions(ctx, a.ID, []int64{7}); err != nil || len(vs) != 0 {
		t.Fatalf("versions %v %v", vs, err)
	}
}

// Every field of a stored event reads back as it was given.
func TestInboxEventsReadBackWhole(t *testing.T) {
	db, a := openWithSample(t, "Inbox C")
	ctx := t.Context()
	inbox := NewInboxRepo(db)
	in := inboxEvent(a.ID, "e1", "i1")
	at := time.Now().Add(-time.Minute).Truncate(time.Second)
	in.EventTime, in.ReceivedAt, in.Body = &at, at.Add(time.Second), []byte(`{"type":"x"}`)
	if _, err := inbox.InsertBatch(ctx, []InboxEvent{in}); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func() ([]InboxEvent, error){
		"List":    func() ([]InboxEvent, error) { return inbox.List(ctx, a.ID, 10) },
		"Pending": func() ([]InboxEvent, error) { return inbox.Pending(ctx, 10) },
	} {
		got, err := read()
		if err != nil || len(got) != 1 {
			t.Fatalf("%s = %+v, %v", name, got, err)
		}
		g := got[0]
		if g.ID == 0 || g.IntegrationID != in.IntegrationID || g.InvocationID != "i1" || g.EventID != "e1" ||
			g.EventType != in.EventType || g.TicketID != 7 || g.BodySHA256 != "x" || string(g.Body) != string(in.Body) ||
			!maps.Equal(g.Headers, in.Headers) || g.EventTime == nil || !g.EventTime.Equal(at) ||
			!g.ReceivedAt.Equal(in.ReceivedAt) || g.ProcessedAt != nil || g.Attempts != 0 || g.Error != "" {
			t.Errorf("%s read back %+v, stored %+v", name, g, in)
		}
	}
	if n, err := inbox.Count(ctx, a.ID); err != nil || n != 1 {
		t.Errorf("Count = %d, %v", n, err)
	}
}
