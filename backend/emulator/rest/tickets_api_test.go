package rest_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/rest"
	"zensync/backend/emulator/seed"
)

func TestTicketShowAndErrors(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 300})
	ds := e.Acct.Data()
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
		{"a seeded ticket", "/acme/api/v2/tickets/7.json", emutest.AdminToken, 200, ""},
		{"without .json", "/acme/api/v2/tickets/7", emutest.AdminToken, 200, ""},
		{"an unknown ticket is RecordNotFound", "/acme/api/v2/tickets/999999.json", emutest.AdminToken, 404, "RecordNotFound"},
		{"a deleted ticket is not found", fmt.Sprintf("/acme/api/v2/tickets/%d.json", deleted), emutest.AdminToken, 404, "RecordNotFound"},
		{"no token is refused by the identity half", "/acme/api/v2/tickets/7.json", "", 401, ""},
		{"an unknown endpoint", "/acme/api/v2/nothing.json", emutest.AdminToken, 404, "InvalidEndpoint"},
	}
	if deleted == 0 {
		t.Fatal("300 seeded tickets should include a deleted one")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, m, _ := e.Do("GET", c.path, c.token, nil)
			if status != c.status {
				t.Fatalf("status %d, want %d (%v)", status, c.status, m)
			}
			if c.errCode != "" && m["error"] != c.errCode {
				t.Fatalf("error %v, want %s", m["error"], c.errCode)
			}
			if c.status == 200 {
				tk := m["ticket"].(map[string]any)
				if tk["url"] != e.TS.URL+"/acme/api/v2/tickets/7.json" || emutest.Num(tk["id"]) != 7 {
					t.Fatalf("ticket url/id: %v %v", tk["url"], tk["id"])
				}
			}
		})
	}
	t.Run("an unknown subdomain answers HTML, not Zendesk JSON", func(t *testing.T) {
		status, m, h := e.Do("GET", "/nope/api/v2/users/me.json", emutest.AdminToken, nil)
		if status != 404 || m != nil || !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			t.Fatalf("status %d, type %s", status, h.Get("Content-Type"))
		}
	})
}

func TestTicketListPaging(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 250})
	live := e.Acct.State().Tickets

	t.Run("cursor paging visits every live ticket once, in id order", func(t *testing.T) {
		seen, last := 0, int64(0)
		path := "/acme/api/v2/tickets.json?page[size]=100"
		for pages := 0; ; pages++ {
			m := e.Get(path)
			for _, tk := range emutest.List(m, "tickets") {
				id := emutest.Num(tk.(map[string]any)["id"])
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
			path = e.Rel(m["links"].(map[string]any)["next"].(string))
			if pages > 10 {
				t.Fatal("too many pages")
			}
		}
		if seen != live {
			t.Fatalf("saw %d tickets, %d live", seen, live)
		}
	})
	t.Run("offset paging has count and absolute next/previous pages", func(t *testing.T) {
		m := e.Get("/acme/api/v2/tickets.json?per_page=100&page=2")
		if emutest.Num(m["count"]) != int64(live) || len(emutest.List(m, "tickets")) != 100 {
			t.Fatalf("count %v, %d tickets", m["count"], len(emutest.List(m, "tickets")))
		}
		next := e.Rel(m["next_page"].(string))
		prev := e.Rel(m["previous_page"].(string))
		if !strings.Contains(next, "page=3") || !strings.Contains(prev, "page=1") {
			t.Fatalf("next %s prev %s", next, prev)
		}
		last := e.Get(next)
		if last["next_page"] != nil || len(emutest.List(last, "tickets")) != live-200 {
			t.Fatalf("last page: next %v, %d tickets", last["next_page"], len(emutest.List(last, "tickets")))
		}
	})
	t.Run("page[before] walks back", func(t *testing.T) {
		m := e.Get("/acme/api/v2/tickets.json?page[size]=10&page[after]=" + rest.EncodeCursor(100))
		prev := e.Get(e.Rel(m["links"].(map[string]any)["prev"].(string)))
		ts := emutest.List(prev, "tickets")
		if len(ts) != 10 || emutest.Num(ts[9].(map[string]any)["id"]) > 100 {
			t.Fatalf("prev page: %d tickets", len(ts))
		}
	})
	t.Run("side-loads and show_many", func(t *testing.T) {
		m := e.Get("/acme/api/v2/tickets/show_many.json?ids=1,2,3,999999&include=users,groups,organizations")
		if len(emutest.List(m, "tickets")) < 2 || len(emutest.List(m, "users")) == 0 || len(emutest.List(m, "groups")) == 0 || m["organizations"] == nil {
			t.Fatalf("show_many: %v", m)
		}
	})
	t.Run("a deep offset page is refused", func(t *testing.T) {
		status, m, _ := e.Do("GET", "/acme/api/v2/tickets.json?per_page=100&page=101", emutest.AdminToken, nil)
		if status != 400 || m["error"] != "InvalidPaginationParameter" {
			t.Fatalf("status %d %v", status, m)
		}
	})
}

func TestTicketWrites(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 50})
	status, m, h := e.Do("POST", "/acme/api/v2/tickets.json", emutest.AdminToken, map[string]any{"ticket": map[string]any{
		"subject": "Printer on fire", "comment": map[string]any{"body": "It is smoking."}, "priority": "urgent", "tags": []string{"b", "a"},
	}})
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, m)
	}
	tk := m["ticket"].(map[string]any)
	id := emutest.Num(tk["id"])
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
			status, m, _ := e.Do("PUT", fmt.Sprintf("/acme/api/v2/tickets/%d.json", id), emutest.AdminToken, map[string]any{"ticket": c.body})
			if status != c.status {
				t.Fatalf("status %d want %d: %v", status, c.status, m)
			}
			if c.check != nil {
				c.check(t, m)
			}
		})
	}
	cm := e.Get(fmt.Sprintf("/acme/api/v2/tickets/%d/comments.json", id))
	cs := emutest.List(cm, "comments")
	if len(cs) != 2 || cs[1].(map[string]any)["public"] != false || cs[1].(map[string]any)["body"] != "On it" {
		t.Fatalf("comments: %v", cs)
	}

	t.Run("soft delete then 404", func(t *testing.T) {
		if status, _, _ := e.Do("DELETE", "/acme/api/v2/tickets/3.json", emutest.AdminToken, nil); status != 204 {
			t.Fatalf("delete: %d", status)
		}
		if status, _, _ := e.Do("GET", "/acme/api/v2/tickets/3.json", emutest.AdminToken, nil); status != 404 {
			t.Fatalf("show after delete: %d", status)
		}
	})
	t.Run("merge closes the source with a comment naming the target", func(t *testing.T) {
		ds := e.Acct.Data()
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
		status, m, _ := e.Do("POST", fmt.Sprintf("/acme/api/v2/tickets/%d/merge.json", tgt), emutest.AdminToken, map[string]any{"ids": []int64{src}})
		if status != 200 {
			t.Fatalf("merge: %d %v", status, m)
		}
		s := e.Get(fmt.Sprintf("/acme/api/v2/tickets/%d.json", src))["ticket"].(map[string]any)
		tags := fmt.Sprint(s["tags"])
		if s["status"] != "closed" || !strings.Contains(tags, "closed_by_merge") {
			t.Fatalf("source after merge: %v %v", s["status"], tags)
		}
		cs := emutest.List(e.Get(fmt.Sprintf("/acme/api/v2/tickets/%d/comments.json", src)), "comments")
		lastBody := cs[len(cs)-1].(map[string]any)["body"].(string)
		if !strings.Contains(lastBody, fmt.Sprintf("#%d", tgt)) {
			t.Fatalf("merge comment: %q", lastBody)
		}
	})
	_ = time.Second
}

func TestScopesAndRoles(t *testing.T) {
	var principal emulator.Principal
	e := emutest.New(t, emulator.SeedConfig{Tickets: 20}, func(o *emulator.Options) {
		o.TestAuth = func(r *http.Request) (emulator.Principal, bool) { return principal, true }
	})
	start := e.Acct.Data().Start.Unix()
	incr := fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start)
	cases := []struct {
		name         string
		p            emulator.Principal
		method, path string
		status       int
	}{
		{"read scope reads tickets", emulator.Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"read"}}, "GET", "/acme/api/v2/tickets.json", 200},
		{"read scope cannot write", emulator.Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"read"}}, "POST", "/acme/api/v2/tickets.json", 403},
		{"tickets:read reads tickets", emulator.Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"tickets:read"}}, "GET", "/acme/api/v2/tickets/1.json", 200},
		{"tickets:read does not read users", emulator.Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"tickets:read"}}, "GET", "/acme/api/v2/users.json", 403},
		{"hc:read reads Help Center", emulator.Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"hc:read"}}, "GET", "/acme/api/v2/help_center/articles.json", 200},
		{"any token reads users/me", emulator.Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"hc:read"}}, "GET", "/acme/api/v2/users/me.json", 200},
		{"an agent cannot export", emulator.Principal{UserID: seed.UserBase + 2, Role: "agent", Scopes: []string{"read"}}, "GET", incr, 403},
		{"an admin can export", emulator.Principal{UserID: seed.UserBase + 1, Role: "admin", Scopes: []string{"read"}}, "GET", incr, 200},
		{"an end-user reads only users/me", emulator.Principal{UserID: seed.UserBase + 50, Role: "end-user", Scopes: []string{"read"}}, "GET", "/acme/api/v2/tickets.json", 403},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			principal = c.p
			var body any
			if c.method == "POST" {
				body = map[string]any{"ticket": map[string]any{"comment": map[string]any{"body": "x"}}}
			}
			if s, m, _ := e.Do(c.method, c.path, "any", body); s != c.status {
				t.Fatalf("status %d, want %d: %v", s, c.status, m)
			}
		})
	}
}
