package emulator

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
	"zensync/backend/emulator/rest"
	"zensync/backend/emulator/seed"
)

func TestTicketShowAndErrors(t *testing.T) {
	e := newTestEnv(t, SeedConfig{Tickets: 300})
	ds := e.acct.Data()
	var deleted int64
	for id := int64(1); id <= 300 && deleted == 0; id++ {
		if del, _ := ds.SeededKind(id); del {
			deleted = id
		}
	}
	cases := []struct {
		name, path, token string
		status            int
		errCode           string
	}{
		{"a seeded ticket", "/acme/api/v2/tickets/7.json", testToken, 200, ""},
		{"without .json", "/acme/api/v2/tickets/7", testToken, 200, ""},
		{"an unknown ticket is RecordNotFound", "/acme/api/v2/tickets/999999.json", testToken, 404, "RecordNotFound"},
		{"a deleted ticket is not found", fmt.Sprintf("/acme/api/v2/tickets/%d.json", deleted), testToken, 404, "RecordNotFound"},
		{"no token is refused by the identity half", "/acme/api/v2/tickets/7.json", "", 401, ""},
		{"an unknown endpoint", "/acme/api/v2/nothing.json", testToken, 404, "InvalidEndpoint"},
	}
	if deleted == 0 {
		t.Fatal("300 seeded tickets should include a deleted one")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, m, _ := e.do("GET", c.path, c.token, nil)
			if status != c.status {
				t.Fatalf("status %d, want %d (%v)", status, c.status, m)
			}
			if c.errCode != "" && m["error"] != c.errCode {
				t.Fatalf("error %v, want %s", m["error"], c.errCode)
			}
			if c.status == 200 {
				tk := m["ticket"].(map[string]any)
				if tk["url"] != e.ts.URL+"/acme/api/v2/tickets/7.json" || num(tk["id"]) != 7 {
					t.Fatalf("ticket url/id: %v %v", tk["url"], tk["id"])
				}
			}
		})
	}
	t.Run("an unknown subdomain answers HTML, not Zendesk JSON", func(t *testing.T) {
		status, m, h := e.do("GET", "/nope/api/v2/users/me.json", testToken, nil)
		if status != 404 || m != nil || !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			t.Fatalf("status %d, type %s", status, h.Get("Content-Type"))
		}
	})
}

func TestTicketListPaging(t *testing.T) {
	e := newTestEnv(t, SeedConfig{Tickets: 250})
	live := e.acct.State().Tickets

	t.Run("cursor paging visits every live ticket once, in id order", func(t *testing.T) {
		seen, last := 0, int64(0)
		path := "/acme/api/v2/tickets.json?page[size]=100"
		for pages := 0; ; pages++ {
			m := e.get(path)
			for _, tk := range list(m, "tickets") {
				id := num(tk.(map[string]any)["id"])
				if id <= last {
					t.Fatalf("id %d after %d", id, last)
				}
				last = id
				seen++
			}
			meta := m["meta"].(map[string]any)
			if meta["has_more"] != true {
				break
			}
			path = e.rel(m["links"].(map[string]any)["next"].(string))
			if pages > 10 {
				t.Fatal("too many pages")
			}
		}
		if seen != live {
			t.Fatalf("saw %d tickets, %d live", seen, live)
		}
	})
	t.Run("offset paging has count and absolute next/previous pages", func(t *testing.T) {
		m := e.get("/acme/api/v2/tickets.json?per_page=100&page=2")
		if num(m["count"]) != int64(live) || len(list(m, "tickets")) != 100 {
			t.Fatalf("count %v, %d tickets", m["count"], len(list(m, "tickets")))
		}
		next := e.rel(m["next_page"].(string))
		prev := e.rel(m["previous_page"].(string))
		if !strings.Contains(next, "page=3") || !strings.Contains(prev, "page=1") {
			t.Fatalf("next %s prev %s", next, prev)
		}
		last := e.get(next)
		if last["next_page"] != nil || len(list(last, "tickets")) != live-200 {
			t.Fatalf("last page: next %v, %d tickets", last["next_page"], len(list(last, "tickets")))
		}
	})
	t.Run("page[before] walks back", func(t *testing.T) {
		m := e.get("/acme/api/v2/tickets.json?page[size]=10&page[after]=" + rest.EncodeCursor(100))
		prev := e.get(e.rel(m["links"].(map[string]any)["prev"].(string)))
		ts := list(prev, "tickets")
		if len(ts) != 10 || num(ts[9].(map[string]any)["id"]) > 100 {
			t.Fatalf("prev page: %d tickets", len(ts))
		}
	})
	t.Run("side-loads and show_many", func(t *testing.T) {
		m := e.get("/acme/api/v2/tickets/show_many.json?ids=1,2,3,999999&include=users,groups,organizations")
		if len(list(m, "tickets")) < 2 || len(list(m, "users")) == 0 || len(list(m, "groups")) == 0 || m["organizations"] == nil {
			t.Fatalf("show_many: %v", m)
		}
	})
	t.Run("a deep offset page is refused", func(t *testing.T) {
		status, m, _ := e.do("GET", "/acme/api/v2/tickets.json?per_page=100&page=101", testToken, nil)
		if status != 400 || m["error"] != "InvalidPaginationParameter" {
			t.Fatalf("status %d %v", status, m)
		}
	})
}

func TestTicketWrites(t *testing.T) {
	e := newTestEnv(t, SeedConfig{Tickets: 50})
	status, m, h := e.do("POST", "/acme/api/v2/tickets.json", testToken, map[string]any{"ticket": map[string]any{
		"subject": "Printer on fire", "comment": map[string]any{"body": "It is smoking."}, "priority": "urgent", "tags": []string{"b", "a"},
	}})
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, m)
	}
	tk := m["ticket"].(map[string]any)
	id := num(tk["id"])
	if id != 51 || tk["description"] != "It is smoking." || tk["status"] != "new" || h.Get("Location") != tk["url"] {
		t.Fatalf("created: %v", tk)
	}

	cases := []struct {
		name   string
		body   map[string]any
		status int
		check  func(t *testing.T, m map[string]any)
	}{
		{"an update with a comment", map[string]any{"status": "open", "comment": map[string]any{"body": "On it", "public": false}}, 200, func(t *testing.T, m map[string]any) {
			if m["ticket"].(map[string]any)["status"] != "open" {
				t.Fatal("status not changed")
			}
		}},
		{"an invalid status", map[string]any{"status": "bogus"}, 422, func(t *testing.T, m map[string]any) {
			if m["error"] != "RecordInvalid" || m["details"].(map[string]any)["status"] == nil {
				t.Fatalf("%v", m)
			}
		}},
		{"an end-user as assignee", map[string]any{"assignee_id": seed.UserBase + 200}, 422, nil},
		{"closing", map[string]any{"status": "closed"}, 200, nil},
		{"a closed ticket cannot be updated", map[string]any{"subject": "x"}, 422, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, m, _ := e.do("PUT", fmt.Sprintf("/acme/api/v2/tickets/%d.json", id), testToken, map[string]any{"ticket": c.body})
			if status != c.status {
				t.Fatalf("status %d want %d: %v", status, c.status, m)
			}
			if c.check != nil {
				c.check(t, m)
			}
		})
	}
	cm := e.get(fmt.Sprintf("/acme/api/v2/tickets/%d/comments.json", id))
	cs := list(cm, "comments")
	if len(cs) != 2 || cs[1].(map[string]any)["public"] != false || cs[1].(map[string]any)["body"] != "On it" {
		t.Fatalf("comments: %v", cs)
	}

	t.Run("soft delete then 404", func(t *testing.T) {
		if status, _, _ := e.do("DELETE", "/acme/api/v2/tickets/3.json", testToken, nil); status != 204 {
			t.Fatalf("delete: %d", status)
		}
		if status, _, _ := e.do("GET", "/acme/api/v2/tickets/3.json", testToken, nil); status != 404 {
			t.Fatalf("show after delete: %d", status)
		}
	})
	t.Run("merge closes the source with a comment naming the target", func(t *testing.T) {
		ds := e.acct.Data()
		var src, tgt int64
		for id := int64(10); id <= 50; id++ {
			tk := ds.SeededTicket(id)
			if tk.Status != "closed" && tk.Status != "deleted" {
				if src == 0 {
					src = id
				} else if tgt == 0 {
					tgt = id
				}
			}
		}
		status, m, _ := e.do("POST", fmt.Sprintf("/acme/api/v2/tickets/%d/merge.json", tgt), testToken, map[string]any{"ids": []int64{src}})
		if status != 200 {
			t.Fatalf("merge: %d %v", status, m)
		}
		s := e.get(fmt.Sprintf("/acme/api/v2/tickets/%d.json", src))["ticket"].(map[string]any)
		tags := fmt.Sprint(s["tags"])
		if s["status"] != "closed" || !strings.Contains(tags, "closed_by_merge") {
			t.Fatalf("source after merge: %v %v", s["status"], tags)
		}
		cs := list(e.get(fmt.Sprintf("/acme/api/v2/tickets/%d/comments.json", src)), "comments")
		lastBody := cs[len(cs)-1].(map[string]any)["body"].(string)
		if !strings.Contains(lastBody, fmt.Sprintf("#%d", tgt)) {
			t.Fatalf("merge comment: %q", lastBody)
		}
	})
	_ = time.Second
}

func TestScopesAndRoles(t *testing.T) {
	var principal Principal
	e := newTestEnv(t, SeedConfig{Tickets: 20}, func(o *Options) {
		o.TestAuth = func(r *http.Request) (Principal, bool) { return principal, true }
	})
	start := e.acct.Data().Start.Unix()
	incr := fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start)
	cases := []struct {
		name         string
		p            Principal
		method, path string
		status       int
	}{
		{"read scope reads tickets", Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"read"}}, "GET", "/acme/api/v2/tickets.json", 200},
		{"read scope cannot write", Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"read"}}, "POST", "/acme/api/v2/tickets.json", 403},
		{"tickets:read reads tickets", Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"tickets:read"}}, "GET", "/acme/api/v2/tickets/1.json", 200},
		{"tickets:read does not read users", Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"tickets:read"}}, "GET", "/acme/api/v2/users.json", 403},
		{"hc:read reads Help Center", Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"hc:read"}}, "GET", "/acme/api/v2/help_center/articles.json", 200},
		{"any token reads users/me", Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"hc:read"}}, "GET", "/acme/api/v2/users/me.json", 200},
		{"an agent cannot export", Principal{UserID: seed.UserBase + 2, Role: "agent", Scopes: []string{"read"}}, "GET", incr, 403},
		{"an admin can export", Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"read"}}, "GET", incr, 200},
		{"an end-user reads only users/me", Principal{UserID: seed.UserBase + 50, Role: "end-user", Scopes: []string{"read"}}, "GET", "/acme/api/v2/tickets.json", 403},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			principal = c.p
			var body any
			if c.method == "POST" {
				body = map[string]any{"ticket": map[string]any{"comment": map[string]any{"body": "x"}}}
			}
			if s, m, _ := e.do(c.method, c.path, "any", body); s != c.status {
				t.Fatalf("status %d, want %d: %v", s, c.status, m)
			}
		})
	}
}
