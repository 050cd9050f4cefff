package syncer

import (
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
)

// The definition streams read the emulator's lists over HTTP into the store, and synced tickets
// show their custom fields by title and option name, their form, brand and rating.
func TestDefinitionStreams(t *testing.T) {
	e := newHelpdeskEnv(t, "h", emulator.SeedConfig{Seed: 3, Tickets: 200, Users: 30, Organizations: 6})
	e.integration("c", "acme", integration.CRM, integration.PullByUpdatedTime, time.Time{})
	for _, id := range []string{"h", "c"} {
		if res := e.run(id); !res.OK {
			t.Fatalf("sync %s: %s", id, res.Message)
		}
	}
	ctx := t.Context()
	h, err := e.reader.Definitions(ctx, "h")
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.reader.Definitions(ctx, "c")
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"helpdesk has 13 ticket fields", len(h.TicketFields) == 13},
		{"the plan dropdown has its option names", len(h.TicketFields) == 13 && h.TicketFields[7].Title == "Plan" && len(h.TicketFields[7].Options) == 4},
		{"system fields are marked", len(h.TicketFields) > 0 && h.TicketFields[0].System},
		{"helpdesk has 3 forms, the default first", len(h.TicketForms) == 3 && h.TicketForms[0].Default},
		{"helpdesk has 2 brands", len(h.Brands) == 2},
		{"helpdesk has the user field (its users show their values by title)", len(h.UserFields) == 1 && h.UserFields[0].Key == "plan"},
		{"helpdesk has the organization field", len(h.OrganizationFields) == 1 && h.OrganizationFields[0].Key == "tier"},
		{"CRM has the user field", len(c.UserFields) == 1 && c.UserFields[0].Key == "plan"},
		{"CRM has the organization field", len(c.OrganizationFields) == 1 && c.OrganizationFields[0].Key == "tier"},
		{"CRM has no ticket fields", len(c.TicketFields) == 0},
	}
	for _, ch := range checks {
		if !ch.ok {
			t.Errorf("%s: no", ch.name)
		}
	}
	kinds := map[string]bool{}
	rated, branded := 0, 0
	for id := int64(1); id <= 80; id++ { // enough for every field type; each read is a page view
		d, err := e.reader.Ticket(ctx, "h", id)
		if err != nil {
			continue // deleted tickets
		}
		if d.FormName == "" || d.BrandName == "" {
			t.Fatalf("ticket %d: form %q brand %q", id, d.FormName, d.BrandName)
		}
		if d.BrandName == "Acme Labs" {
			branded++
		}
		if d.Satisfaction.Score != "" {
			rated++
		}
		for _, f := range d.Fields {
			kinds[f.Type] = true
			switch f.Type {
			case "tagger":
				if f.Value != "Free plan" && f.Value != "Starter plan" && f.Value != "Growth plan" && f.Value != "Enterprise plan" {
					t.Errorf("ticket %d: plan shows %q, want an option name", id, f.Value)
				}
			case "checkbox":
				if f.Value != "Yes" && f.Value != "No" {
					t.Errorf("ticket %d: checkbox shows %q", id, f.Value)
				}
			}
		}
	}
	if len(kinds) != 6 || rated == 0 || branded == 0 {
		t.Errorf("80 tickets should show every field type, ratings and the second brand: %v rated %d labs %d", kinds, rated, branded)
	}
	// a second sync replaces the lists rather than adding to them
	e.run("h")
	again, _ := e.reader.Definitions(ctx, "h")
	if len(again.TicketFields) != 13 || len(again.Brands) != 2 {
		t.Errorf("after a second sync: %d fields %d brands", len(again.TicketFields), len(again.Brands))
	}
	// the list filters find tickets by brand, form, group and a custom field value
	f, err := e.reader.Filters(ctx, "h")
	if err != nil || len(f.Brands) != 2 || len(f.Forms) != 3 || len(f.Groups) == 0 || len(f.Fields) != 6 {
		t.Fatalf("filters: %+v %v", f, err)
	}
	total := func(q store.TicketQuery) int64 {
		q.IntegrationID, q.Limit = "h", 500
		p, err := e.reader.Tickets(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	all := total(store.TicketQuery{})
	byBrand := total(store.TicketQuery{BrandID: f.Brands[0].ID}) + total(store.TicketQuery{BrandID: f.Brands[1].ID})
	byForm := int64(0)
	for _, fm := range f.Forms {
		byForm += total(store.TicketQuery{FormID: fm.ID})
	}
	byPlan := int64(0)
	for _, o := range f.Fields[0].Options {
		byPlan += total(store.TicketQuery{FieldID: f.Fields[0].ID, FieldValue: o.Value})
	}
	if byBrand != all || byForm != all || byPlan != all || all == 0 {
		t.Errorf("brands %d, forms %d, plans %d should each add up to all %d tickets", byBrand, byForm, byPlan, all)
	}
	if n := total(store.TicketQuery{FieldID: f.Fields[0].ID, FieldValue: "no such plan"}); n != 0 {
		t.Errorf("an unknown value matched %d tickets", n)
	}
	products := f.Fields[5]
	if n := total(store.TicketQuery{FieldID: products.ID, FieldValue: products.Options[0].Value}); n == 0 || n == all {
		t.Errorf("a multiselect option matched %d of %d tickets", n, all)
	}
	if n := total(store.TicketQuery{GroupID: f.Groups[0].ID}); n == 0 || n == all {
		t.Errorf("a group matched %d of %d tickets", n, all)
	}
}
