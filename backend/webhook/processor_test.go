package webhook

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

type storedTicket struct {
	Subject, Status string
	UpdatedAt       int64
	Deleted         bool
	MergedInto      int64
}

func (e *env) ticket(t *testing.T, integrationID string, id int64) (storedTicket, bool) {
	t.Helper()
	var rows []storedTicket
	err := e.db.Read().Raw(`SELECT subject, status, updated_at, deleted, merged_into FROM tickets WHERE integration_id = ? AND id = ?`,
		integrationID, id).Scan(&rows).Error
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		return storedTicket{}, false
	}
	return rows[0], true
}

func (e *env) processor(client ClientFunc, changed func(string)) *Processor {
	return NewProcessor(ProcessorDeps{Inbox: e.inbox, Records: store.NewRecordRepo(e.db, nil), Integrations: e.repo, Client: client, OnChanged: changed})
}

func eventAt(eventID, change string, ticketID int64, subject, status string, updated, at time.Time, extra string) []byte {
	if extra == "" {
		extra = `{}`
	}
	return []byte(fmt.Sprintf(`{"type":"zen:event-type:ticket.%s","account_id":1,"id":%q,"time":%q,"subject":"zen:ticket:%d",`+
		`"detail":{"id":"%d","subject":%q,"status":%q,"priority":"HIGH","tags":["vip"],"requester_id":"11","assignee_id":"12",`+
		`"created_at":"2026-01-01T00:00:00Z","updated_at":%q},"event":%s}`,
		change, eventID, at.UTC().Format(time.RFC3339Nano), ticketID, ticketID, subject, status, updated.UTC().Format(time.RFC3339), extra))
}

func (e *env) deliver(t *testing.T, in integration.Integration, secret string, body []byte) {
	t.Helper()
	if got := e.send(t, delivery{path: PathPrefix + in.ID, secret: secret, timestamp: nowStamp(), body: body}); got != http.StatusOK {
		t.Fatalf("delivery: status %d", got)
	}
}

func TestProcessorAppliesEventsNewerWins(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s")
	var changes atomic.Int32
	p := e.processor(nil, func(string) { changes.Add(1) })
	ctx := t.Context()
	t0 := time.Now().Add(-time.Hour).Truncate(time.Second)

	steps := []struct {
		name       string
		body       []byte
		wantStatus string
		wantSubj   string
		wantDel    bool
	}{
		{"a created ticket is stored", eventAt("e1", "created", 7, "Printer", "NEW", t0, t0, ""), "new", "Printer", false},
		{"a newer update wins", eventAt("e2", "status_changed", 7, "Printer", "OPEN", t0.Add(time.Minute), t0.Add(time.Minute), ""), "open", "Printer", false},
		{"an older snapshot arriving late changes nothing", eventAt("e3", "subject_changed", 7, "Old subject", "NEW", t0.Add(30*time.Second), t0.Add(2*time.Minute), ""), "open", "Printer", false},
		{"same updated_at, later event time wins", eventAt("e4", "status_changed", 7, "Printer", "ON_HOLD", t0.Add(time.Minute), t0.Add(3*time.Minute), ""), "hold", "Printer", false},
		{"same updated_at and event time: the later arrival wins", eventAt("e4b", "status_changed", 7, "Printer", "PENDING", t0.Add(time.Minute), t0.Add(3*time.Minute), ""), "pending", "Printer", false},
		{"soft_deleted marks the ticket deleted", eventAt("e5", "soft_deleted", 7, "Printer", "DELETED", t0.Add(2*time.Minute), t0.Add(4*time.Minute), ""), "deleted", "Printer", true},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			e.deliver(t, in, "s", s.body)
			if _, err := p.ProcessPending(ctx); err != nil {
				t.Fatal(err)
			}
			got, ok := e.ticket(t, in.ID, 7)
			if !ok || got.Status != s.wantStatus || got.Subject != s.wantSubj || got.Deleted != s.wantDel {
				t.Fatalf("ticket %+v (stored %v), want status %q subject %q deleted %v", got, ok, s.wantStatus, s.wantSubj, s.wantDel)
			}
		})
	}
	pending, _ := e.inbox.Pending(ctx, 10)
	if len(pending) != 0 {
		t.Fatalf("%d events left unprocessed", len(pending))
	}
	waitFor(t, func() bool { return changes.Load() > 0 })
}

func TestProcessorAddsCommentsAndMarksMerges(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s")
	p := e.processor(nil, nil)
	ctx := t.Context()
	t0 := time.Now().Add(-time.Hour).Truncate(time.Second)
	e.deliver(t, in, "s", eventAt("c1", "comment_added", 8, "Hi", "OPEN", t0, t0,
		`{"comment":{"id":"901","body":"Line one\nand <b>two</b>","is_public":false,"author":{"id":"12","name":"Agent","is_staff":true}}}`))
	e.deliver(t, in, "s", eventAt("m1", "merged", 8, "Hi", "CLOSED", t0.Add(time.Minute), t0.Add(time.Minute), `{"target_ticket_id":"99"}`))
	// The same comment delivered again under another event id adds nothing.
	e.deliver(t, in, "s", eventAt("c2", "comment_added", 8, "Hi", "OPEN", t0, t0,
		`{"comment":{"id":"901","body":"Line one\nand <b>two</b>","is_public":false,"author":{"id":"12"}}}`))
	if _, err := p.ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	var comments []struct {
		ID       int64
		Body     string
		HTMLBody string
		Public   bool
		AuthorID int64
	}
	if err := e.db.Read().Raw(`SELECT id, body, html_body, public, author_id FROM comments WHERE integration_id = ?`, in.ID).Scan(&comments).Error; err != nil {
		t.Fatal(err)
	}
	if len(comments) != 1 || comments[0].ID != 901 || comments[0].Public || comments[0].AuthorID != 12 ||
		comments[0].HTMLBody != "<p>Line one<br>and &lt;b&gt;two&lt;/b&gt;</p>" {
		t.Fatalf("comments %+v", comments)
	}
	got, _ := e.ticket(t, in.ID, 8)
	if got.MergedInto != 99 || got.Status != "closed" {
		t.Fatalf("ticket %+v, want closed and merged into 99", got)
	}
}

func TestProcessorFetchesOnlyTicketsWhoseEventsLackDetail(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s")
	var calls atomic.Int32
	var asked atomic.Value
	zd := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		asked.Store(r.URL.Query().Get("ids"))
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"tickets":[{"id":21,"subject":"Fetched","status":"pending","tags":[],"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-02T00:00:00Z"}]}`)
	}))
	defer zd.Close()
	client := func(context.Context, integration.Integration) (*zendesk.Client, error) {
		return zendesk.New(zd.URL, zd.Client(), nil), nil
	}
	p := e.processor(client, nil)
	now := time.Now()
	noDetail := func(id string, ticket int64) []byte {
		return []byte(fmt.Sprintf(`{"type":"zen:event-type:ticket.custom_field_changed","id":%q,"time":%q,"subject":"zen:ticket:%d","event":{}}`,
			id, now.UTC().Format(time.RFC3339), ticket))
	}
	e.deliver(t, in, "s", noDetail("n1", 21))
	e.deliver(t, in, "s", noDetail("n2", 22)) // gone at Zendesk: show_many does not return it
	e.deliver(t, in, "s", eventAt("d1", "status_changed", 23, "Has detail", "OPEN", now, now, ""))
	if _, err := p.ProcessPending(t.Context()); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 1 || asked.Load() != "21,22" {
		t.Fatalf("show_many calls %d with ids %v, want one call for 21,22", calls.Load(), asked.Load())
	}
	if got, _ := e.ticket(t, in.ID, 21); got.Subject != "Fetched" || got.Status != "pending" {
		t.Fatalf("fetched ticket %+v", got)
	}
	if got, ok := e.ticket(t, in.ID, 23); !ok || got.Subject != "Has detail" {
		t.Fatalf("ticket with detail %+v", got)
	}
}

func TestProcessorRetriesWhenTheFetchFails(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s")
	zd := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
	}))
	defer zd.Close()
	client := func(context.Context, integration.Integration) (*zendesk.Client, error) {
		return zendesk.New(zd.URL, zd.Client(), nil), nil
	}
	p := e.processor(client, nil)
	p.maxAttempts = 2
	p.retryAfter = time.Millisecond
	body := []byte(fmt.Sprintf(`{"type":"zen:event-type:ticket.tags_changed","id":"x1","time":%q,"subject":"zen:ticket:5"}`, time.Now().UTC().Format(time.RFC3339)))
	e.deliver(t, in, "s", body)
	ctx := t.Context()
	p.ProcessPending(ctx)
	rows, _ := e.inbox.List(ctx, in.ID, 1)
	if rows[0].ProcessedAt != nil || rows[0].Attempts != 1 || rows[0].Error == "" {
		t.Fatalf("after one failure: %+v", rows[0])
	}
	time.Sleep(5 * time.Millisecond)
	p.ProcessPending(ctx)
	rows, _ = e.inbox.List(ctx, in.ID, 1)
	if rows[0].ProcessedAt == nil || rows[0].Attempts != 2 {
		t.Fatalf("after the last attempt: %+v, want given up", rows[0])
	}
}
