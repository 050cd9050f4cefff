package convert

import (
	"bytes"
	"encoding/json"
	"strconv"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// customFields stores a ticket's custom_fields as a JSON object of field id → value, each value
// a string (numbers and booleans spelled out; checkboxes "true"/"false") or, for multiselect, a
// list of strings; unset (null or "") values are left out. nil (the record carried no
// custom_fields, as webhook events do) gives "": the stored values are kept.
func customFields(cfs []zendesk.CustomField) string {
	if cfs == nil {
		return ""
	}
	out := map[string]any{}
	for _, cf := range cfs {
		if v := fieldValue(cf.Value); v != nil {
			out[strconv.FormatInt(cf.ID, 10)] = v
		}
	}
	b, err := json.Marshal(out)
	if err != nil { // cannot happen: only strings and lists of strings
		return "{}"
	}
	return string(b)
}

// fieldValue normalizes one custom field value (nil = unset).
func fieldValue(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		if x == "" {
			return nil
		}
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case json.Number:
		return x.String()
	case []any:
		list := []string{}
		for _, e := range x {
			if s, ok := fieldValue(e).(string); ok {
				list = append(list, s)
			}
		}
		if len(list) == 0 {
			return nil
		}
		return list
	}
	b, _ := json.Marshal(v) // an object (lookup fields send ids; future types): keep its JSON text
	return string(b)
}

// satisfaction stores a ticket's satisfaction_rating as {"score","comment"}; null or missing in
// an API ticket gives "{}" (not rated); absent raw JSON (webhook events) gives "" (kept).
func satisfaction(raw json.RawMessage, known bool) string {
	if !known {
		return ""
	}
	var s store.Satisfaction
	if len(bytes.TrimSpace(raw)) > 0 {
		_ = json.Unmarshal(raw, &s) // a shape we do not know reads as not rated
	}
	if s.Score == "" {
		return "{}"
	}
	b, _ := json.Marshal(s)
	return string(b)
}

// TicketFields converts Zendesk's ticket field list. System fields (subject, status, …) are kept
// too, marked System, so a form's field order can skip them.
func TicketFields(fs []zendesk.TicketField) store.DefinitionSet {
	set := store.DefinitionSet{Kind: store.KindTicketField, Fields: []store.FieldDef{}}
	for _, f := range fs {
		set.Fields = append(set.Fields, store.FieldDef{ID: f.ID, Type: f.Type, Title: f.Title, Position: f.Position,
			Active: f.Active, System: systemFieldTypes[f.Type], Options: options(f.CustomFieldOptions)})
	}
	return set
}

var systemFieldTypes = map[string]bool{"subject": true, "description": true, "status": true, "tickettype": true,
	"priority": true, "group": true, "assignee": true, "custom_status": true, "brand": true, "form": true}

// PersonFields converts a user field or organization field list (kind says which).
func PersonFields(kind store.DefinitionKind, fs []zendesk.PersonField) store.DefinitionSet {
	set := store.DefinitionSet{Kind: kind, Fields: []store.FieldDef{}}
	for _, f := range fs {
		set.Fields = append(set.Fields, store.FieldDef{ID: f.ID, Key: f.Key, Type: f.Type, Title: f.Title,
			Position: f.Position, Active: f.Active, Options: options(f.CustomFieldOptions)})
	}
	return set
}

// TicketForms converts the ticket form list; a form is named by its name (display_name is what
// end users see).
func TicketForms(fs []zendesk.TicketForm) store.DefinitionSet {
	set := store.DefinitionSet{Kind: store.KindTicketForm, Forms: []store.FormDef{}}
	for _, f := range fs {
		ids := f.TicketFieldIDs
		if ids == nil {
			ids = []int64{}
		}
		set.Forms = append(set.Forms, store.FormDef{ID: f.ID, Name: f.Name, Position: f.Position, Active: f.Active,
			Default: f.Default, FieldIDs: ids})
	}
	return set
}

// Brands converts the brand list.
func Brands(bs []zendesk.Brand) store.DefinitionSet {
	set := store.DefinitionSet{Kind: store.KindBrand, Brands: []store.BrandDef{}}
	for _, b := range bs {
		set.Brands = append(set.Brands, store.BrandDef{ID: b.ID, Name: b.Name, Active: b.Active, Default: b.Default})
	}
	return set
}

func options(os []zendesk.FieldOption) []store.FieldOption {
	if len(os) == 0 {
		return nil
	}
	out := make([]store.FieldOption, len(os))
	for i, o := range os {
		out[i] = store.FieldOption{Value: o.Value, Name: o.Name}
	}
	return out
}
