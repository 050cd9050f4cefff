package store

import (
	"context"
	"strconv"
	"strings"
)

// fieldConds adds the brand, form, group and custom field conditions of q (tickets aliased t).
// A custom field matches when its stored value is FieldValue, or (multiselect) holds it.
func (q TicketQuery) fieldConds(conds []string, args []any) ([]string, []any) {
	if q.BrandID != 0 {
		conds, args = append(conds, "t.brand_id = ?"), append(args, q.BrandID)
	}
	if q.FormID != 0 {
		conds, args = append(conds, "t.form_id = ?"), append(args, q.FormID)
	}
	if q.GroupID != 0 {
		conds, args = append(conds, "t.group_id = ?"), append(args, q.GroupID)
	}
	if v := strings.TrimSpace(q.FieldValue); q.FieldID != 0 && v != "" {
		conds = append(conds, `t.custom_fields <> '' AND EXISTS (SELECT 1 FROM json_each(t.custom_fields, ?) WHERE value = ?)`)
		args = append(args, `$."`+strconv.FormatInt(q.FieldID, 10)+`"`, v)
	}
	return conds, args
}

// sameFieldFilters reports whether q and o filter alike on brand, form, group and custom field.
func (q TicketQuery) sameFieldFilters(o TicketQuery) bool {
	return q.BrandID == o.BrandID && q.FormID == o.FormID && q.GroupID == o.GroupID &&
		q.FieldID == o.FieldID && q.FieldValue == o.FieldValue
}

// FilterField is a custom ticket field the ticket list can filter by; Options are its choices
// (empty for free-text fields, where the value is typed).
type FilterField struct {
	ID      int64
	Title   string
	Type    string
	Options []FieldOption
}

// fieldFilters fills the brand, form, group and custom field choices of f.
func (r *TicketReader) fieldFilters(ctx context.Context, integrationID string, f *TicketFilters) error {
	f.Brands, f.Forms, f.Groups, f.Fields = []IDName{}, []IDName{}, []IDName{}, []FilterField{}
	cond, args := "", []any{}
	if integrationID != "" {
		cond, args = " AND integration_id = ?", []any{integrationID}
	}
	var err error
	if f.Groups, err = r.idNames(ctx, `SELECT DISTINCT id, name FROM groups WHERE deleted = 0`+cond+` ORDER BY name COLLATE NOCASE LIMIT 1000`, args); err != nil {
		return err
	}
	if f.Brands, err = r.idNames(ctx, `SELECT DISTINCT id, name FROM definitions WHERE kind = 'brand'`+cond+` ORDER BY name COLLATE NOCASE`, args); err != nil {
		return err
	}
	if f.Forms, err = r.idNames(ctx, `SELECT DISTINCT id, name FROM definitions WHERE kind = 'ticket_form'`+cond+` ORDER BY position, name COLLATE NOCASE`, args); err != nil {
		return err
	}
	if integrationID == "" {
		return nil // custom fields differ per account: offered for one integration at a time
	}
	defs, err := r.Definitions(ctx, integrationID)
	if err != nil {
		return err
	}
	for _, d := range defs.TicketFields {
		if d.System || !d.Active {
			continue
		}
		ff := FilterField{ID: d.ID, Title: d.Title, Type: d.Type, Options: d.Options}
		if d.Type == "checkbox" {
			ff.Options = []FieldOption{{Value: "true", Name: "Yes"}, {Value: "false", Name: "No"}}
		}
		if ff.Options == nil {
			ff.Options = []FieldOption{}
		}
		f.Fields = append(f.Fields, ff)
	}
	return nil
}
