package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
)

// FieldValue is one custom field of a ticket as shown: its title and its value's text.
type FieldValue struct {
	ID    int64
	Title string
	Type  string
	Value string
}

// Satisfaction is a ticket's satisfaction rating: Score is Zendesk's ("good", "bad", "offered",
// "unoffered"; "" = none).
type Satisfaction struct {
	Score   string `json:"score"`
	Comment string `json:"comment"`
}

// TicketFieldsView is what the ticket page shows besides the conversation: the brand, the form,
// the satisfaction rating and the custom fields that have a value, in the form's order (or by
// position when the form is not known).
type TicketFieldsView struct {
	BrandName    string
	FormName     string
	Satisfaction Satisfaction
	Fields       []FieldValue
}

// ticketFields reads the brand, form, custom field values and satisfaction of one ticket.
func (r *TicketReader) ticketFields(ctx context.Context, integrationID string, id int64) (TicketFieldsView, error) {
	v := TicketFieldsView{Fields: []FieldValue{}}
	var brandID, formID int64
	var custom, sat string
	err := r.db.Read().WithContext(ctx).Raw(`SELECT brand_id, form_id, custom_fields, satisfaction FROM tickets
		WHERE integration_id = ? AND id = ?`, integrationID, id).Row().Scan(&brandID, &formID, &custom, &sat)
	if err != nil {
		return v, fmt.Errorf("reading fields of ticket %d: %w", id, err)
	}
	defs, err := r.Definitions(ctx, integrationID)
	if err != nil {
		return v, err
	}
	return buildFieldsView(defs, brandID, formID, custom, sat), nil
}

// buildFieldsView names a ticket's stored brand, form, values and rating with defs.
func buildFieldsView(defs Definitions, brandID, formID int64, custom, sat string) TicketFieldsView {
	v := TicketFieldsView{Fields: []FieldValue{}}
	for _, b := range defs.Brands {
		if b.ID == brandID {
			v.BrandName = b.Name
		}
	}
	var order []int64
	for _, f := range defs.TicketForms {
		if f.ID == formID {
			v.FormName, order = f.Name, f.FieldIDs
		}
	}
	if sat != "" {
		_ = json.Unmarshal([]byte(sat), &v.Satisfaction) // written by convert; a bad row shows no rating
	}
	values := map[string]any{}
	if custom != "" {
		_ = json.Unmarshal([]byte(custom), &values)
	}
	byID := map[int64]FieldDef{}
	for _, f := range defs.TicketFields {
		byID[f.ID] = f
	}
	seen := map[int64]bool{}
	add := func(f FieldDef) {
		if seen[f.ID] || f.System {
			return
		}
		seen[f.ID] = true
		if text := FieldValueText(f, values[strconv.FormatInt(f.ID, 10)]); text != "" {
			v.Fields = append(v.Fields, FieldValue{ID: f.ID, Title: f.Title, Type: f.Type, Value: text})
		}
	}
	for _, id := range order {
		if f, ok := byID[id]; ok {
			add(f)
		}
	}
	for _, f := range defs.TicketFields { // fields outside the form that still hold a value
		add(f)
	}
	var unknown []int64 // values of fields not synced (yet): shown by id, as stored
	for k := range values {
		if id, err := strconv.ParseInt(k, 10, 64); err == nil && !seen[id] {
			unknown = append(unknown, id)
		}
	}
	slices.Sort(unknown)
	for _, id := range unknown {
		add(FieldDef{ID: id, Title: "Field " + strconv.FormatInt(id, 10)})
	}
	return v
}
