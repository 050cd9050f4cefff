package convert

import (
	"encoding/json"
	"reflect"
	"testing"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Tickets decoded from JSON as Zendesk sends them: every custom field value type, the rating,
// the brand and the form.
func TestTicketFieldValues(t *testing.T) {
	tests := []struct {
		name        string
		json        string
		custom, sat string
		brand, form int64
	}{
		{"each value type is stored as text, unset ones left out",
			`{"id":1,"brand_id":7,"ticket_form_id":9,"custom_fields":[{"id":1,"value":"gold"},{"id":2,"value":true},
			{"id":3,"value":false},{"id":4,"value":"2026-01-05"},{"id":5,"value":"42"},{"id":6,"value":12.5},
			{"id":7,"value":["a","b"]},{"id":8,"value":null},{"id":9,"value":""},{"id":10,"value":[]}],
			"satisfaction_rating":{"id":3,"score":"good","comment":"Great"}}`,
			`{"1":"gold","2":"true","3":"false","4":"2026-01-05","5":"42","6":"12.5","7":["a","b"]}`,
			`{"score":"good","comment":"Great"}`, 7, 9},
		{"text needing escapes, lists with empty members and lookup objects are stored as valid JSON",
			`{"id":5,"custom_fields":[{"id":1,"value":"say \"hi\" <b>é"},{"id":2,"value":["","x",""]},{"id":3,"value":{"id":9}},
			{"id":4,"value":["",null]}],"satisfaction_rating":{"score":"bad","comment":"No \"fix\""}}`,
			`{"1":"say \"hi\" \u003cb\u003eé","2":["x"],"3":"{\"id\":9}"}`, `{"score":"bad","comment":"No \"fix\""}`, 0, 0},
		{"a ticket with no custom fields and no rating clears both",
			`{"id":2,"brand_id":7,"ticket_form_id":null,"custom_fields":[],"satisfaction_rating":null}`, `{}`, `{}`, 7, 0},
		{"an offered survey is kept as its score",
			`{"id":3,"custom_fields":[],"satisfaction_rating":{"score":"offered"}}`, `{}`, `{"score":"offered","comment":""}`, 0, 0},
		{"a record without custom_fields (a webhook's detail) changes neither",
			`{"id":4,"brand_id":7}`, "", "", 7, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var zt zendesk.Ticket
			if err := json.Unmarshal([]byte(tt.json), &zt); err != nil {
				t.Fatal(err)
			}
			got := Ticket(&zt)
			if got.CustomFields != "" && !json.Valid([]byte(got.CustomFields)) {
				t.Fatalf("custom fields are not JSON: %s", got.CustomFields)
			}
			if got.CustomFields != tt.custom || got.Satisfaction != tt.sat || got.BrandID != tt.brand || got.FormID != tt.form {
				t.Fatalf("custom %s sat %s brand %d form %d", got.CustomFields, got.Satisfaction, got.BrandID, got.FormID)
			}
		})
	}
}

func TestDefinitionLists(t *testing.T) {
	fields := TicketFields([]zendesk.TicketField{
		{ID: 1, FieldHead: zendesk.FieldHead{Type: "status", Title: "Status", Active: true}},
		{ID: 2, FieldHead: zendesk.FieldHead{Type: "tagger", Title: "Plan", Position: 3, Active: true}, CustomFieldOptions: []zendesk.FieldOption{{ID: 5, Name: "Gold", Value: "gold"}}},
	})
	want := []store.FieldDef{
		{ID: 1, Type: "status", Title: "Status", Active: true, System: true},
		{ID: 2, Type: "tagger", Title: "Plan", Position: 3, Active: true, Options: []store.FieldOption{{Value: "gold", Name: "Gold"}}},
	}
	if fields.Kind != store.KindTicketField || !reflect.DeepEqual(fields.Fields, want) {
		t.Errorf("ticket fields = %+v", fields)
	}
	forms := TicketForms([]zendesk.TicketForm{{ID: 9, Name: "Billing", DisplayName: "Billing questions", Default: true}})
	if forms.Kind != store.KindTicketForm || !reflect.DeepEqual(forms.Forms, []store.FormDef{{ID: 9, Name: "Billing", Default: true, FieldIDs: []int64{}}}) {
		t.Errorf("forms = %+v", forms)
	}
	brands := Brands([]zendesk.Brand{{ID: 7, Name: "Acme", Active: true}})
	if brands.Kind != store.KindBrand || !reflect.DeepEqual(brands.Brands, []store.BrandDef{{ID: 7, Name: "Acme", Active: true}}) {
		t.Errorf("brands = %+v", brands)
	}
	uf := PersonFields(store.KindUserField, []zendesk.PersonField{{ID: 3, Key: "plan", FieldHead: zendesk.FieldHead{Type: "dropdown", Title: "Plan"}}})
	if uf.Kind != store.KindUserField || len(uf.Fields) != 1 || uf.Fields[0].Key != "plan" {
		t.Errorf("user fields = %+v", uf)
	}
}
