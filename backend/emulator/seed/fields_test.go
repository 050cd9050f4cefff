package seed

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"zensync/backend/zendesk/wire"
)

// Seeded tickets carry values for every custom field (null when unset), a form and a brand that
// the definition lists know, and the value types Zendesk uses for each field type.
func TestSeededFieldValues(t *testing.T) {
	// A fixed date is safe: the Dataset is inspected in memory, never served.
	ds := Build(Config{Tickets: 400}.WithDefaults(), "acme", time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC))
	fields := map[int64]wire.TicketField{}
	for _, f := range ds.TicketFields("") {
		fields[f.ID] = f
	}
	forms := map[int64]bool{formDefault: true, formBilling: true, formEscalation: true}
	seen := map[string]bool{}
	rated := 0
	for id := int64(1); id <= 400; id++ {
		tk := ds.SeededTicket(id)
		if tk.TicketFormID == nil || !forms[*tk.TicketFormID] {
			t.Fatalf("ticket %d: form %v is not a seeded form", id, tk.TicketFormID)
		}
		if tk.BrandID != BrandID && tk.BrandID != brandLabsID {
			t.Fatalf("ticket %d: brand %d", id, tk.BrandID)
		}
		if len(tk.CustomFields) != 6 {
			t.Fatalf("ticket %d: %d custom fields, want all 6", id, len(tk.CustomFields))
		}
		for _, cf := range tk.CustomFields {
			f, ok := fields[cf.ID]
			if !ok {
				t.Fatalf("ticket %d: unknown field %d", id, cf.ID)
			}
			if cf.Value == nil {
				continue
			}
			kind := fmt.Sprintf("%s:%T", f.Type, cf.Value)
			seen[kind] = true
			switch kind {
			case "tagger:string", "text:string", "checkbox:bool", "date:string", "integer:string", "multiselect:[]string":
			default:
				t.Fatalf("ticket %d field %d: value %v has kind %s", id, cf.ID, cf.Value, kind)
			}
		}
		if tk.SatisfactionRating != nil {
			rated++
		}
		a, _ := json.Marshal(ds.SeededTicket(id))
		if b, _ := json.Marshal(tk); string(a) != string(b) {
			t.Fatalf("ticket %d is not rebuilt the same way", id)
		}
	}
	if len(seen) != 6 || rated == 0 {
		t.Errorf("400 tickets should show every value kind and some ratings: kinds %v, rated %d", seen, rated)
	}
}
