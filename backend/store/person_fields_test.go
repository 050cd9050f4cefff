package store

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestPersonFieldValuesByTitle(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	read := NewPeopleReader(db)
	at := time.Now().UTC().Truncate(time.Second)
	plan := FieldDef{ID: 1, Key: "plan", Type: "dropdown", Title: "Plan", Position: 2, Active: true,
		Options: []FieldOption{{Value: "plan_gold", Name: "Gold"}, {Value: "plan_free", Name: "Free"}}}
	vip := FieldDef{ID: 2, Key: "vip", Type: "checkbox", Title: "VIP", Position: 1, Active: true}
	note := FieldDef{ID: 3, Key: "note", Type: "text", Title: "Note", Position: 3, Active: true}
	tier := FieldDef{ID: 4, Key: "tier", Type: "dropdown", Title: "Tier", Active: true,
		Options: []FieldOption{{Value: "t1", Name: "Tier one"}}}
	_, err := repo.Apply(ctx, Batch{IntegrationID: "i",
		Definitions: []DefinitionSet{{Kind: KindUserField, Fields: []FieldDef{plan, vip, note}},
			{Kind: KindOrganizationField, Fields: []FieldDef{tier}}},
		Users: []UserRecord{{ID: 10, Name: "Jane", UpdatedAt: at, CustomFields: `{"plan":"plan_gold","vip":"true","old":"kept"}`},
			{ID: 11, Name: "Never synced with fields", UpdatedAt: at}},
		Organizations: []OrganizationRecord{{ID: 20, Name: "Acme", UpdatedAt: at, CustomFields: `{"tier":"t1"}`}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		read func() ([]FieldValue, error)
		want []FieldValue
	}{
		{"a user's values by title in the fields' order, option names for dropdowns, unsynced fields by key",
			func() ([]FieldValue, error) { return read.UserFields(ctx, "i", 10) },
			[]FieldValue{{ID: 2, Title: "VIP", Type: "checkbox", Value: "Yes"}, {ID: 1, Title: "Plan", Type: "dropdown", Value: "Gold"},
				{Title: "old", Value: "kept"}}},
		{"a user without values has none", func() ([]FieldValue, error) { return read.UserFields(ctx, "i", 11) }, []FieldValue{}},
		{"an organization's values by organization field",
			func() ([]FieldValue, error) { return read.OrganizationFields(ctx, "i", 20) },
			[]FieldValue{{ID: 4, Title: "Tier", Type: "dropdown", Value: "Tier one"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.read()
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}

	t.Run("a newer record without field values keeps the stored ones; with values replaces them", func(t *testing.T) {
		later := at.Add(time.Minute)
		if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Users: []UserRecord{{ID: 10, Name: "Jane D", UpdatedAt: later}}}); err != nil {
			t.Fatal(err)
		}
		if got, _ := read.UserFields(ctx, "i", 10); len(got) != 3 {
			t.Fatalf("values lost: %+v", got)
		}
		if _, err := repo.Apply(ctx, Batch{IntegrationID: "i", Users: []UserRecord{{ID: 10, Name: "Jane D", UpdatedAt: later.Add(time.Minute),
			CustomFields: `{"plan":"plan_free"}`}}}); err != nil {
			t.Fatal(err)
		}
		got, _ := read.UserFields(ctx, "i", 10)
		if want := []FieldValue{{ID: 1, Title: "Plan", Type: "dropdown", Value: "Free"}}; !slices.Equal(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})

	t.Run("someone not stored is ErrNotFound", func(t *testing.T) {
		if _, err := read.UserFields(ctx, "i", 99); !errors.Is(err, ErrNotFound) {
			t.Errorf("user: %v", err)
		}
		if _, err := read.OrganizationFields(ctx, "other", 20); !errors.Is(err, ErrNotFound) {
			t.Errorf("organization of another integration: %v", err)
		}
	})
}
