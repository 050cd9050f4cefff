package zendesk

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// commentsServer serves n comments of ticket 42 in cursor pages, as Zendesk does; withLinks
// false leaves out links.next so the client must use after_cursor.
func commentsServer(t *testing.T, n int, withLinks bool) (*httptest.Server, *[]string) {
	t.Helper()
	var seen []string
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.URL.RequestURI())
		if r.URL.Path != "/acme/api/v2/tickets/42/comments.json" {
			http.NotFound(w, r)
			return
		}
		size := 100
		fmt.Sscan(r.URL.Query().Get("page[size]"), &size)
		start := 0
		fmt.Sscan(r.URL.Query().Get("page[after]"), &start)
		end := min(start+size, n)
		comments := []map[string]any{}
		for i := start; i < end; i++ {
			comments = append(comments, map[string]any{"id": i + 1, "body": fmt.Sprintf("c%d", i+1), "public": i%2 == 0, "author_id": 7})
		}
		more := end < n
		body := map[string]any{"comments": comments,
			"meta":  map[string]any{"has_more": more, "after_cursor": fmt.Sprint(end), "before_cursor": fmt.Sprint(start)},
			"links": map[string]any{"next": nil}}
		if more && withLinks {
			body["links"] = map[string]any{"next": fmt.Sprintf("%s/acme/api/v2/tickets/42/comments.json?page[size]=%d&page[after]=%d", srv.URL, size, end)}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(body)
	}))
	t.Cleanup(srv.Close)
	return srv, &seen
}

func TestTicketCommentsFollowsCursorPages(t *testing.T) {
	for _, withLinks := range []bool{true, false} {
		t.Run(fmt.Sprintf("links.next=%v", withLinks), func(t *testing.T) {
			srv, seen := commentsServer(t, 250, withLinks)
			got, err := New(srv.URL+"/acme", srv.Client(), nil).TicketComments(context.Background(), 42)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 250 || got[0].ID != 1 || got[249].Body != "c250" || !got[0].Public || got[1].Public {
				t.Fatalf("got %d comments", len(got))
			}
			if len(*seen) != 3 {
				t.Errorf("requests = %v, want 3 pages", *seen)
			}
		})
	}
}

func TestShowTickets(t *testing.T) {
	var query string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		query = r.URL.Query().Get("ids")
		_, _ = io.WriteString(w, `{"tickets":[{"id":1,"subject":"a","status":"open","priority":null,"assignee_id":null,
			"custom_fields":[{"id":5,"value":"x"}],"via":{"channel":"web","source":{"rel":null}},"tags":["vip"],
			"created_at":"2026-11-20T08:15:02Z","updated_at":"2026-11-21T08:15:02Z"}]}`)
	}))
	defer srv.Close()
	c := New(srv.URL, srv.Client(), nil)
	got, err := c.ShowTickets(context.Background(), []int64{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	if query != "1,2,3" || len(got) != 1 || got[0].Priority != nil || got[0].AssigneeID != nil ||
		got[0].Via.Channel != "web" || got[0].Tags[0] != "vip" || got[0].UpdatedAt.Day() != 21 {
		t.Fatalf("ids %q, got %+v", query, got)
	}
	ids := make([]int64, MaxShowMany+1)
	if _, err := c.ShowTickets(context.Background(), ids); err == nil || !strings.Contains(err.Error(), "at most 100") {
		t.Errorf("101 ids: %v", err)
	}
	if got, err := c.ShowTickets(context.Background(), nil); err != nil || got != nil {
		t.Errorf("no ids: %v %v", got, err)
	}
}

func TestCreateAndUpdateTicketSendOnlyWhatIsSet(t *testing.T) {
	var bodies []string
	var methods []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, string(b))
		methods = append(methods, r.Method+" "+r.URL.Path)
		if r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("content type %q", r.Header.Get("Content-Type"))
		}
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, `{"ticket":{"id":9,"subject":"Hi","status":"new"}}`)
	}))
	defer srv.Close()
	c := New(srv.URL, srv.Client(), nil)
	ctx := context.Background()
	pub := false
	if tk, err := c.CreateTicket(ctx, TicketInput{Subject: "Hi", Comment: &NewComment{Body: "Hello", Public: &pub}}); err != nil || tk.ID != 9 {
		t.Fatalf("create: %+v %v", tk, err)
	}
	if _, err := c.UpdateTicket(ctx, 9, TicketInput{Status: "solved"}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"ticket":{"subject":"Hi","comment":{"body":"Hello","public":false}}}`,
		`{"ticket":{"status":"solved"}}`,
	}
	for i := range want {
		if strings.TrimSpace(bodies[i]) != want[i] {
			t.Errorf("body %d = %s, want %s", i, bodies[i], want[i])
		}
	}
	if methods[0] != "POST /api/v2/tickets.json" || methods[1] != "PUT /api/v2/tickets/9.json" {
		t.Errorf("methods = %v", methods)
	}
}
