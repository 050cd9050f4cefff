package rest_test

import (
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
)

func TestDefinitionLists(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 50})
	cases := []struct {
		key, path string
		n         int
		check     func(t *testing.T, first map[string]any)
	}{
		{"ticket_fields", "/acme/api/v2/ticket_fields.json", 13, func(t *testing.T, m map[string]any) {
			if m["type"] != "subject" || m["title"] != "Subject" {
				t.Errorf("first ticket field = %v %v, want the Subject system field", m["type"], m["title"])
			}
		}},
		{"ticket_forms", "/acme/api/v2/ticket_forms.json", 3, func(t *testing.T, m map[string]any) {
			if m["default"] != true || len(emutest.List(m, "ticket_field_ids")) != 9 {
				t.Errorf("default form = %v with %d fields", m["default"], len(emutest.List(m, "ticket_field_ids")))
			}
		}},
		{"brands", "/acme/api/v2/brands.json", 2, func(t *testing.T, m map[string]any) {
			if m["name"] != "Acme Support" || m["subdomain"] != "acme" || m["default"] != true {
				t.Errorf("first brand = %v", m)
			}
		}},
		{"user_fields", "/acme/api/v2/user_fields.json", 1, func(t *testing.T, m map[string]any) {
			if m["key"] != "plan" || len(emutest.List(m, "custom_field_options")) != 4 {
				t.Errorf("user field = %v", m)
			}
		}},
		{"organization_fields", "/acme/api/v2/organization_fields.json", 1, func(t *testing.T, m map[string]any) {
			if m["key"] != "tier" {
				t.Errorf("organization field = %v", m)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.key, func(t *testing.T) {
			off := e.Get(c.path)
			items := emutest.List(off, c.key)
			if len(items) != c.n || emutest.Num(off["count"]) != int64(c.n) {
				t.Fatalf("offset page: %d items, count %v; want %d", len(items), off["count"], c.n)
			}
			c.check(t, items[0].(map[string]any))
			// cursor paging, one per page, walks the same ids
			var ids []int64
			next := c.path + "?page[size]=1"
			for next != "" {
				p := e.Get(next)
				for _, it := range emutest.List(p, c.key) {
					ids = append(ids, emutest.Num(it.(map[string]any)["id"]))
				}
				next = ""
				if meta := p["meta"].(map[string]any); meta["has_more"] == true {
					next = e.Rel(p["links"].(map[string]any)["next"].(string))
				}
			}
			if len(ids) != c.n {
				t.Fatalf("cursor paging gave %d records, want %d", len(ids), c.n)
			}
			for i, it := range items {
				if got := emutest.Num(it.(map[string]any)["id"]); got != ids[i] {
					t.Errorf("record %d: offset id %d, cursor id %d", i, got, ids[i])
				}
			}
		})
	}
}
