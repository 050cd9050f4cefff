package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

var testDefs = []DefinitionSet{
	{Kind: KindTicketField, Fields: []FieldDef{
		{ID: 1, Type: "subject", Title: "Subject", System: true, Active: true},
		{ID: 10, Type: "tagger", Title: "Plan", Position: 2, Active: true, Options: []FieldOption{{"gold", "Gold plan"}, {"free", "Free plan"}}},
		{ID: 11, Type: "checkbox", Title: "Escalated", Position: 3, Active: true},
		{ID: 12, Type: "date", Title: "Due", Position: 4, Active: true},
		{ID: 13, Type: "multiselect", Title: "Products", Position: 5, Active: true, Options: []FieldOption{{"p_a", "Alpha"}, {"p_b", "Beta"}}},
		{ID: 14, Type: "text", Title: "Ref", Position: 1, Active: true},
	}},
	{Kind: KindTicketForm, Forms: []FormDef{{ID: 100, Name: "Billing", FieldIDs: []int64{1, 13, 10}}}},
	{Kind: KindBrand, Brands: []BrandDef{{ID: 7, Name: "Acme"}, {ID: 8, Name: "Labs"}}},
}

func TestFieldValueText(t *testing.T) {
	fields := testDefs[0].Fields
	tests := []struct {
		name string
		f    FieldDef
		v    any
		want string
	}{
		{"a dropdown value shows its option name", fields[1], "gold", "Gold plan"},
		{"a dropdown value no option has shows as stored", fields[1], "silver", "silver"},
		{"an empty dropdown shows nothing", fields[1], nil, ""},
		{"a checked checkbox is Yes", fields[2], "true", "Yes"},
		{"an unchecked checkbox is No", fields[2], "false", "No"},
		{"a checkbox stored as a bool", fields[2], true, "Yes"},
		{"a date is spelled out", fields[3], "2026-03-09", "Mar 9, 2026"},
		{"a date that is not a date shows as stored", fields[3], "soon", "soon"},
		{"multiselect shows every option name", fields[4], []any{"p_b", "p_a"}, "Beta, Alpha"},
		{"multiselect with an unknown value keeps it", fields[4], []any{"p_a", "p_z"}, "Alpha, p_z"},
		{"a text field shows as stored", fields[5], "ORD-1", "ORD-1"},
		{"an integer stored as a number", FieldDef{Type: "integer"}, float64(42), "42"},
		{"a decimal stored as text", FieldDef{Type: "decimal"}, "2.5", "2.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FieldValueText(tt.f, tt.v); got != tt.want {
				t.Fatalf("FieldValueText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBuildFieldsViewOrdersByFormAndNamesEverything(t *testing.T) {
	var defs Definitions
	for _, s := range testDefs {
		for _, r := range s.rows() {
			b, _ := json.Marshal(r.data)
			if err := defs.add(s.Kind, b); err != nil {
				t.Fatal(err)
			}
		}
	}
	custom := `{"10":"free","11":"false","13":["p_a"],"14":"ORD-9","999":"x"}`
	v := buildFieldsView(defs, 8, 100, custom, `{"score":"good","comment":"Thanks"}`)
	want := []FieldValue{
		{13, "Products", "multiselect", "Alpha"}, {10, "Plan", "tagger", "Free plan"}, // the form's order
		{11, "Escalated", "checkbox", "No"}, {14, "Ref", "text", "ORD-9"}, // then the others, by position
		{999, "Field 999", "", "x"}, // a value of a field not synced: by id
	}
	if v.BrandName != "Labs" || v.FormName != "Billing" || v.Satisfaction != (Satisfaction{"good", "Thanks"}) || !reflect.DeepEqual(v.Fields, want) {
		t.Fatalf("view = %+v", v)
	}
	if empty := buildFieldsView(defs, 0, 0, "", ""); empty.BrandName != "" || len(empty.Fields) != 0 || empty.Satisfaction.Score != "" {
		t.Fatalf("a ticket with nothing stored shows %+v", empty)
	}
}

// A webhook update (no custom fields, rating, brand or form known) keeps what a sync stored; a
// later sync replaces it, and a sync saying "not rated" clears the rating.
func TestWebhookUpdatesKeepFieldValues(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	read := NewTicketReader(db, repo.Generation)
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Definitions: testDefs}); err != nil {
		t.Fatal(err)
	}
	synced := ticket(1, "s", t0)
	synced.BrandID, synced.FormID, synced.CustomFields, synced.Satisfaction = 7, 100, `{"10":"gold"}`, `{"score":"bad","comment":""}`
	hook := ticket(1, "hook", t0.Add(time.Hour))
	resync := ticket(1, "resync", t0.Add(2*time.Hour))
	resync.BrandID, resync.FormID, resync.CustomFields, resync.Satisfaction = 8, 100, `{"10":"free"}`, "{}"
	steps := []struct {
		name               string
		in                 TicketRecord
		brand, plan, score string
	}{
		{"a sync stores them", synced, "Acme", "Gold plan", "bad"},
		{"a webhook update keeps them", hook, "Acme", "Gold plan", "bad"},
		{"the next sync replaces them", resync, "Labs", "Free plan", ""},
	}
	for _, s := range steps {
		if _, err := repo.ApplyTickets(ctx, "i", []TicketRecord{s.in}); err != nil {
			t.Fatal(err)
		}
		d, err := read.Ticket(ctx, "i", 1)
		if err != nil {
			t.Fatal(err)
		}
		plan := ""
		for _, f := range d.Fields {
			if f.ID == 10 {
				plan = f.Value
			}
		}
		if d.Subject != s.in.Subject || d.BrandName != s.brand || plan != s.plan || d.Satisfaction.Score != s.score {
			t.Errorf("%s: subject %q brand %q plan %q score %q", s.name, d.Subject, d.BrandName, plan, d.Satisfaction.Score)
		}
	}
	// definitions are replaced whole, per kind
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Definitions: []DefinitionSet{{Kind: KindBrand, Brands: []BrandDef{{ID: 9, Name: "New"}}}}}); err != nil {
		t.Fatal(err)
	}
	defs, err := read.Definitions(ctx, "i")
	if err != nil || len(defs.Brands) != 1 || defs.Brands[0].Name != "New" || len(defs.TicketFields) != 6 {
		t.Fatalf("after replacing brands: %+v %v", defs, err)
	}
}

// The fields migration keeps existing tickets, which read as "nothing known" until the next sync.
func TestFieldsMigrationKeepsTickets(t *testing.T) {
	ctx := t.Context()
	old, path := openOld(t, migrationsBefore(32)) // 32: "ticket fields, forms and brands"
	if err := old.Exec(`INSERT INTO tickets (integration_id, id, subject, updated_at) VALUES ('i', 5, 'old one', 10)`).Error; err != nil {
		t.Fatal(err)
	}
	closePool(old)
	db := openAt(t, path)
	d, err := NewTicketReader(db, nil).Ticket(ctx, "i", 5)
	if err != nil || d.Subject != "old one" || d.BrandName != "" || len(d.Fields) != 0 {
		t.Fatalf("old ticket after the migration = %+v, %v", d, err)
	}
}
