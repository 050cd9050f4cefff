package zendesk

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/zendesk/wire"
)

// replay is an http.RoundTripper that answers each request with a recording, as Zendesk did.
type replay struct {
	t     *testing.T
	mu    sync.Mutex
	seen  []string // "METHOD URL" of every request
	serve func(r *http.Request) (recording, []byte)
}

func (rp *replay) RoundTrip(r *http.Request) (*http.Response, error) {
	rp.mu.Lock()
	rp.seen = append(rp.seen, r.Method+" "+r.URL.String())
	rp.mu.Unlock()
	rec, body := rp.serve(r)
	h := http.Header{}
	for k, v := range rec.Headers {
		h.Set(k, v)
	}
	return &http.Response{StatusCode: rec.Status, Header: h, Body: io.NopCloser(strings.NewReader(string(body))), Request: r}, nil
}

// replayClient is a client for the recorded account whose every request gets recording name.
func replayClient(t *testing.T, name string) (*Client, *replay) {
	t.Helper()
	rec, body := loadRecording(t, name)
	rp := &replay{t: t, serve: func(*http.Request) (recording, []byte) { return rec, body }}
	return New("https://z3n-jteitelbaum.zendesk.com", &http.Client{Transport: rp}, nil), rp
}

func day(s string) time.Time {
	tm, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return tm
}

func TestRecordedAnswersDecodeFieldByField(t *testing.T) {
	ctx := context.Background()
	t.Run("users/me", func(t *testing.T) {
		c, _ := replayClient(t, "users_me")
		u, err := c.Me(ctx)
		if err != nil || u.ID != 6130907993114 || u.Name != "09cace" || u.Email != "automationsqa@z3nmail.com" ||
			u.Role != RoleAdmin || wire.OrZero(u.OrganizationID) != 6130869157658 || u.TimeZone != "America/New_York" ||
			u.Locale != "en-US" || !u.CreatedAt.Equal(day("2023-09-09T23:51:58Z")) || u.Phone != nil {
			t.Fatalf("%+v %v", u, err)
		}
	})
	t.Run("tickets show", func(t *testing.T) {
		c, _ := replayClient(t, "ticket_show")
		tk, err := c.ShowTicket(ctx, 1)
		if err != nil || tk.ID != 1 || tk.Subject != "Sample ticket: Meet the ticket" || tk.Status != "open" ||
			wire.OrZero(tk.Priority) != "normal" || wire.OrZero(tk.Type) != "incident" || tk.Via.Channel != "sample_ticket" || tk.ExternalID != nil ||
			tk.AssigneeID == nil || !tk.CreatedAt.Equal(day("2023-09-09T23:52:05Z")) || tk.Tags == nil {
			t.Fatalf("%+v %v", tk, err)
		}
	})
	t.Run("tickets show_many", func(t *testing.T) {
		c, rp := replayClient(t, "tickets_show_many")
		ts, err := c.ShowTickets(ctx, []int64{3561, 3562})
		if err != nil || len(ts) != 2 || ts[0].ID != 3561 || ts[1].ID != 3562 || ts[0].Via.Channel != "api" ||
			ts[0].Status != "new" || ts[0].Type != nil || ts[0].Priority != nil || ts[0].RequesterID != 6130907993114 {
			t.Fatalf("%+v %v", ts, err)
		}
		if len(rp.seen) != 1 || !strings.Contains(rp.seen[0], "show_many.json?ids=3561%2C3562") && !strings.Contains(rp.seen[0], "ids=3561,3562") {
			t.Fatalf("requests %v", rp.seen)
		}
	})
	t.Run("ticket comments", func(t *testing.T) {
		c, rp := replayClient(t, "ticket_comments_cursor")
		cs, err := c.TicketComments(ctx, 33)
		if err != nil || len(cs) != 1 || len(rp.seen) != 1 {
			t.Fatalf("%d comments in %d requests: %v", len(cs), len(rp.seen), err)
		}
		cm := cs[0]
		if cm.ID != 33144692244499 || cm.Type != "Comment" || cm.AuthorID != 26155588908179 || cm.Body != "Some comment" ||
			!cm.Public || cm.AuditID != 33144692244371 || cm.Via.Channel != "api" || len(cm.Attachments) != 1 ||
			cm.Attachments[0].FileName != "README.md" || cm.Attachments[0].Size != 15156 || cm.Attachments[0].ContentType != "application/x-genesis-rom" ||
			!strings.Contains(cm.HTMLBody, "<p dir=\"auto\">Some comment</p>") {
			t.Fatalf("%+v", cm)
		}
		att := cm.Attachments[0]
		if att.URL != "https://z3npuddn.zendesk.com/api/v2/attachments/33144647570963.json" || att.MappedContentURL != att.ContentURL ||
			att.Width != nil || att.Height != nil || att.Deleted || att.MalwareScanResult != "not_scanned" || att.Thumbnails == nil ||
			cm.Via.Source.To != (wire.ViaParty{Name: "Joshua Teitelbaum", Address: "jteitelbaum@zendesk.com"}) || cm.Via.Source.Rel != "" {
			t.Fatalf("attachment %+v via %+v", att, cm.Via)
		}
	})
	t.Run("help center categories", func(t *testing.T) {
		c, rp := replayClient(t, "hc_categories_cursor")
		cats, err := c.HCCategories(ctx, "")
		if err != nil || len(cats) != 2 || len(rp.seen) != 1 || cats[0].ID != 6159335197850 ||
			cats[0].Name != "Test Category to ensure CBP" || cats[0].Locale != "en-us" || cats[1].Name != "General" {
			t.Fatalf("%+v in %d requests: %v", cats, len(rp.seen), err)
		}
	})
	t.Run("cursor ticket export", func(t *testing.T) {
		c, _ := replayClient(t, "incremental_tickets_cursor")
		p, err := c.ExportTickets(ctx, ExportStart{StartTime: 0})
		if err != nil || len(p.Tickets) != 2 || !p.EndOfStream || p.AfterCursor != "MTcwNzI3MTc0MS4wfHw0MDQ1fA==" ||
			p.Tickets[0].ID != 28 || p.Tickets[0].GeneratedTimestamp != 1695052663 || wire.OrZero(p.Tickets[0].OrganizationID) != 6130869157658 {
			t.Fatalf("%+v %v", p, err)
		}
	})
	t.Run("cursor user export", func(t *testing.T) {
		c, _ := replayClient(t, "incremental_users_cursor")
		p, err := c.ExportUsers(ctx, ExportStart{StartTime: 0})
		if err != nil || len(p.Users) != 2 || p.EndOfStream || p.AfterCursor == "" || p.Users[0].ID != 6130869168922 ||
			p.Users[0].Role != "end-user" || p.Users[0].OrganizationID != nil || !p.Users[0].Active {
			t.Fatalf("%+v %v", p, err)
		}
	})
	t.Run("organization export (Zendesk's documented example)", func(t *testing.T) {
		c, _ := replayClient(t, "incremental_organizations_doc")
		p, err := c.ExportOrganizations(ctx, 1601357503)
		if err != nil || len(p.Organizations) != 1 || !p.EndOfStream || p.EndTime != 1601357503 || p.Count != 1 ||
			p.Organizations[0].ID != 4112492 || p.Organizations[0].Name != "Groablet Enterprises" ||
			wire.OrZero(p.Organizations[0].GroupID) != 1835962 || p.Organizations[0].DomainNames[0] != "remain.com" {
			t.Fatalf("%+v %v", p, err)
		}
	})
	t.Run("404 body", func(t *testing.T) {
		c, _ := replayClient(t, "error_404")
		_, err := c.ShowTicket(ctx, 9223372036854775807)
		var apiErr *APIError
		if !errors.Is(err, ErrNotFound) || !errors.As(err, &apiErr) || apiErr.Code != "RecordNotFound" || apiErr.Description != "Not found" {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("webhook create: no updated_at, nanosecond created_at", func(t *testing.T) {
		c, _ := replayClient(t, "webhook_create")
		h, err := c.CreateWebhook(ctx, Webhook{Name: "Example Webhook X1234"})
		if err != nil || h.ID != "01HANAHAFTBVF1NA2AVFK4W763" || h.Status != WebhookStatusActive || h.HTTPMethod != "GET" ||
			h.Subscriptions[0] != "conditional_ticket_events" || !h.CreatedAt.Equal(day("2023-09-18T23:38:14.906338593Z")) || !h.UpdatedAt.IsZero() {
			t.Fatalf("%+v %v", h, err)
		}
	})
	t.Run("webhook show", func(t *testing.T) {
		c, _ := replayClient(t, "webhook_show")
		h, err := c.ShowWebhook(ctx, "01HANAHG923DYP752704ET7H8G")
		if err != nil || h.ID != "01HANAHG923DYP752704ET7H8G" || h.Endpoint != "https://example.com" || h.RequestFormat != "json" {
			t.Fatalf("%+v %v", h, err)
		}
	})
	t.Run("webhooks list: one page, no links", func(t *testing.T) {
		c, rp := replayClient(t, "webhooks_list")
		hs, err := c.ListWebhooks(ctx, "")
		if err != nil || len(hs) != 4 || len(rp.seen) != 1 || hs[2].Subscriptions[0] != "zen:event-type:community_post.changed" ||
			!hs[1].UpdatedAt.Equal(day("2023-09-18T23:38:16Z")) || !hs[0].UpdatedAt.IsZero() {
			t.Fatalf("%d webhooks in %d requests: %v", len(hs), len(rp.seen), err)
		}
	})
	t.Run("webhook signing secret", func(t *testing.T) {
		c, _ := replayClient(t, "webhook_signing_secret")
		s, err := c.WebhookSigningSecret(ctx, "x")
		if err != nil || s != "c2VjcmV0LXJlcGxhY2VkLWluLXRoaXMtY29weS0wMDA=" {
			t.Fatalf("%q %v", s, err)
		}
	})
	t.Run("webhook test: status_code and payload", func(t *testing.T) {
		c, rp := replayClient(t, "webhook_test")
		res, err := c.TestWebhook(ctx, "01HANAKCC58D827GRTNDCKS5XG", WebhookTestRequest{})
		if err != nil || res.StatusCode != 200 || len(res.Headers) != 12 || res.Headers[0].Key != "Accept-Ranges" ||
			!strings.HasPrefix(res.Payload, "<!doctype html>") {
			t.Fatalf("%+v %v", res, err)
		}
		if !strings.Contains(rp.seen[0], "POST https://z3n-jteitelbaum.zendesk.com/api/v2/webhooks/test?webhook_id=01HANAKCC58D827GRTNDCKS5XG") {
			t.Fatalf("request %v", rp.seen)
		}
	})
	t.Run("webhook invocations: links.next with :443 is followed", func(t *testing.T) {
		rec, body := loadRecording(t, "webhook_invocations")
		// The second page is made here (no recording has one): the last page as the webhooks
		// list recording shows it, meta.has_more false and nothing else.
		last := recording{Status: 200, Headers: rec.Headers}
		rp := &replay{t: t, serve: func(r *http.Request) (recording, []byte) {
			if r.URL.Query().Get("page[after]") != "" {
				return last, []byte(`{"meta":{"has_more":false},"invocations":[{"id":"01HANA10DH621YYJYP5YEZ37XV","status":"success"}]}`)
			}
			return rec, body
		}}
		c := New("https://z3n-jteitelbaum.zendesk.com", &http.Client{Transport: rp}, nil)
		invs, err := listCursor[map[string]any](ctx, c, "/api/v2/webhooks/01HAN96XNH1J7DY8D7RZ22QMT9/invocations", "invocations")
		if err != nil || len(invs) != 4 || len(rp.seen) != 2 || invs[0]["status"] != "terminated" {
			t.Fatalf("%d invocations in %v: %v", len(invs), rp.seen, err)
		}
		if !strings.HasPrefix(rp.seen[1], "GET https://z3n-jteitelbaum.zendesk.com:443/api/v2/webhooks/01HAN96XNH1J7DY8D7RZ22QMT9/invocations?page[after]=") {
			t.Fatalf("next page request %s", rp.seen[1])
		}
	})
}
