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
	b := make([]byte, 0, 16+32*len(cfs))
	b = append(b, '{')
	for _, cf := range cfs {
		mark := len(b)
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = strconv.AppendInt(b, cf.ID, 10)
		b = append(b, '"', ':')
		var ok bool
		if b, ok = appendFieldValue(b, cf.Value); !ok {
			b = b[:mark] // unset: left out
		}
	}
	return string(append(b, '}'))
}

// appendFieldValue appends one custom field value as stored: a JSON string (numbers and
// booleans spelled out; an object, as lookup fields may send, as its JSON text) or, for a list,
// a JSON list of strings. ok is false for an unset value (null, "", an empty list).
func appendFieldValue(b []byte, v any) (out []byte, ok bool) {
	switch x := v.(type) {
	case nil:
		return b, false
	case string:
		return appendJSONString(b, x), x != ""
	case bool:
		return strconv.AppendQuote(b, strconv.FormatBool(x)), true
	case float64:
		b = append(b, '"')
		return append(strconv.AppendFloat(b, x, 'f', -1, 64), '"'), true
	case json.Number:
		return appendJSONString(b, x.String()), true
	case []any:
		mark := len(b)
		b = append(b, '[')
		n := 0
		for _, e := range x {
			if n > 0 {
				b = append(b, ',')
			}
			var ok bool
			before := len(b)
			if b, ok = appendFieldValue(b, e); ok {
				n++
			} else if n > 0 {
				b = b[:before-1]
			} else {
				b = b[:before]
			}
		}
		if n == 0 {
			return b[:mark], false
		}
		return append(b, ']'), true
	}
	j, err := json.Marshal(v)
	if err != nil {
		return b, false
	}
	return appendJSONString(b, string(j)), true
}

// appendJSONString appends s as a JSON string: directly when it needs no escaping (the usual
// case: tags, dates, numbers), else through encoding/json.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c >= 0x80 {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// satisfaction stores a ticket's satisfaction_rating as {"score","comment"}; null or missing in
// an API ticket gives "{}" (not rated); absent raw JSON (webhook events) gives "" (kept).
func satisfaction(raw json.RawMessage, known bool) string {
	if !known {
		return ""
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "{}"
	}
	var s store.Satisfaction
	{
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
	return each(os, func(o *zendesk.FieldOption) store.FieldOption { return store.FieldOption{Value: o.Value, Name: o.Name} })
}
