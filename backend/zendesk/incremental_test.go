package zendesk

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func serve(t *testing.T, h http.HandlerFunc) *Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return New(srv.URL+"/acme", srv.Client(), nil)
}

func TestExportTicketsReadsAPageWithSideLoads(t *testing.T) {
	var gotQuery string
	c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		gotQuery = r.URL.RawQuery
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"tickets":[{"id":7,"subject":"Hi","status":"deleted","tags":["a"],"assignee_id":null,
			"updated_at":"2026-01-02T03:04:05Z","generated_timestamp":1767323045,"custom_fields":[{"id":1,"value":"x"}]}],
			"users":[{"id":1,"name":"Ann"}],"groups":[{"id":2,"name":"G"}],"organizations":[{"id":3,"name":"O","domain_names":["o.test"]}],
			"after_cursor":"abc","end_of_stream":false,"unknown_field":{"x":1}}`))
	})
	p, err := c.ExportTickets(context.Background(), ExportStart{StartTime: 1700000000})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gotQuery, "start_time=1700000000") || !strings.Contains(gotQuery, "include=users%2Cgroups%2Corganizations") || !strings.Contains(gotQuery, "per_page=1000") {
		t.Errorf("query = %s", gotQuery)
	}
	if len(p.Tickets) != 1 || p.Tickets[0].Status != "deleted" || p.Tickets[0].AssigneeID != nil || p.AfterCursor != "abc" ||
		len(p.Users) != 1 || len(p.Groups) != 1 || p.Organizations[0].DomainNames[0] != "o.test" ||
		// The fixed date is the one in the canned answer above: parsing only, no clock involved.
		!p.Tickets[0].UpdatedAt.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) {
		t.Errorf("page = %+v", p)
	}
	if _, err := c.ExportTickets(context.Background(), ExportStart{Cursor: "abc"}); err != nil || !strings.Contains(gotQuery, "cursor=abc") || strings.Contains(gotQuery, "start_time") {
		t.Errorf("cursor query = %s (%v)", gotQuery, err)
	}
}

func TestExportTicketEventsKeepsComments(t *testing.T) {
	c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("include") != "comment_events" {
			t.Errorf("include = %q", r.URL.Query().Get("include"))
		}
		w.Write([]byte(`{"ticket_events":[{"id":1,"ticket_id":9,"timestamp":1,"created_at":"2026-01-01T00:00:00Z","updater_id":4,
			"event_type":"Audit","child_events":[{"id":2,"event_type":"Create","field_name":"status","value":"new"},
			{"id":3,"event_type":"Comment","body":"hello","html_body":"<p>hello</p>","public":false,"author_id":4}]}],
			"next_page":"x","end_time":1767225600,"count":1,"end_of_stream":true}`))
	})
	p, err := c.ExportTicketEvents(context.Background(), 5)
	if err != nil {
		t.Fatal(err)
	}
	ch := p.TicketEvents[0].ChildEvents
	if len(ch) != 2 || ch[0].IsComment() || !ch[1].IsComment() || *ch[1].Public || ch[1].HTMLBody != "<p>hello</p>" || p.EndTime != 1767225600 || !p.EndOfStream {
		t.Errorf("page = %+v", p)
	}
}

func TestExportErrors(t *testing.T) {
	tests := []struct {
		name  string
		h     http.HandlerFunc
		check func(error) bool
	}{
		{"429 keeps Retry-After", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(429)
		}, func(err error) bool {
			var rl *RateLimitError
			return errors.As(err, &rl) && rl.RetryAfter == 7*time.Second
		}},
		{"500 is a server error", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) },
			func(err error) bool { var se *ServerError; return errors.As(err, &se) }},
		{"a truncated body is malformed", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"tickets":[{"id":1`)) },
			func(err error) bool { return errors.Is(err, ErrMalformed) }},
		{"a page without a cursor that is not the end is malformed", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"tickets":[]}`)) },
			func(err error) bool { return errors.Is(err, ErrMalformed) }},
		{"an expired token", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(401)
			w.Write([]byte(`{"error":"invalid_token","error_description":"expired"}`))
		}, func(err error) bool { return errors.Is(err, ErrUnauthorized) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := serve(t, tt.h).ExportTickets(context.Background(), ExportStart{})
			if err == nil || !tt.check(err) {
				t.Errorf("err = %v", err)
			}
		})
	}
}

func TestHelpCenterNotFoundSaysItIsDisabled(t *testing.T) {
	for name, body := range map[string]string{"JSON": `{"error":"RecordNotFound","description":"Not found"}`, "HTML": `<html>no</html>`} {
		t.Run(name, func(t *testing.T) {
			c := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(404)
				w.Write([]byte(body))
			})
			_, err := c.HCCategories(context.Background(), "en-us")
			if !errors.Is(err, ErrHelpCenterDisabled) || !strings.Contains(err.Error(), "Help Center is not enabled for this account") {
				t.Errorf("err = %v", err)
			}
		})
	}
	var path string
	c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		path = r.URL.Path
		w.Write([]byte(`{"articles":[{"id":1,"title":"T","label_names":["x"]}],"meta":{"has_more":false}}`))
	})
	arts, err := c.HCArticles(context.Background(), "de")
	if err != nil || len(arts) != 1 || path != "/acme/api/v2/help_center/de/articles.json" {
		t.Errorf("articles %+v at %s: %v", arts, path, err)
	}
}
