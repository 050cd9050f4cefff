package convert

import (
	"encoding/json"
	"testing"

	"zensync/backend/zendesk"
)

func TestPersonFieldValues(t *testing.T) {
	tests := []struct {
		name, user, org, want string
	}{
		{"values are stored as text by key, in key order, unset ones left out",
			`{"id":1,"user_fields":{"plan":"gold","vip":true,"since":"2026-01-05","seats":12,"langs":["en","fr"],"note":null,"empty":""}}`,
			`{"id":1,"organization_fields":{"plan":"gold","vip":true,"since":"2026-01-05","seats":12,"langs":["en","fr"],"note":null,"empty":""}}`,
			`{"langs":["en","fr"],"plan":"gold","seats":"12","since":"2026-01-05","vip":"true"}`},
		{"a key needing escapes stays valid JSON",
			`{"id":2,"user_fields":{"a \"b\"":"x"}}`, `{"id":2,"organization_fields":{"a \"b\"":"x"}}`, `{"a \"b\"":"x"}`},
		{"no values is an empty object", `{"id":3,"user_fields":{}}`, `{"id":3,"organization_fields":{}}`, `{}`},
		{"a record without the field values keeps the stored ones", `{"id":4}`, `{"id":4}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var u zendesk.User
			var o zendesk.Organization
			if err := json.Unmarshal([]byte(tt.user), &u); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(tt.org), &o); err != nil {
				t.Fatal(err)
			}
			for _, got := range []string{User(&u).CustomFields, Organization(&o).CustomFields} {
				if got != tt.want {
					t.Errorf("stored %s, want %s", got, tt.want)
				}
				if got != "" && !json.Valid([]byte(got)) {
					t.Errorf("not JSON: %s", got)
				}
			}
		})
	}
}
