package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// UserFields returns a user's custom field values as shown (title, and option names for
// dropdowns), in the user fields' order; values of fields not synced show under their key.
// A user not stored is ErrNotFound.
func (r *PeopleReader) UserFields(ctx context.Context, integrationID string, id int64) ([]FieldValue, error) {
	return r.personFields(ctx, "users", KindUserField, integrationID, id)
}

// OrganizationFields is UserFields for an organization.
func (r *PeopleReader) OrganizationFields(ctx context.Context, integrationID string, id int64) ([]FieldValue, error) {
	return r.personFields(ctx, "organizations", KindOrganizationField, integrationID, id)
}

// personFields reads one user's or organization's (table, a fixed name) values and names them
// with the field definitions of kind.
func (r *PeopleReader) personFields(ctx context.Context, table string, kind DefinitionKind, integ string, id int64) ([]FieldValue, error) {
	var custom string
	err := r.db.Read().WithContext(ctx).Raw(`SELECT custom_fields FROM `+table+` WHERE integration_id = ? AND id = ?`,
		integ, id).Row().Scan(&custom)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s %d: %w", table, id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the fields of %s %d: %w", table, id, err)
	}
	defs, err := readDefinitions(ctx, r.db, integ, kind)
	if err != nil {
		return nil, err
	}
	fields := defs.UserFields
	if kind == KindOrganizationField {
		fields = defs.OrganizationFields
	}
	return namePersonFields(fields, custom), nil
}

// namePersonFields shows the stored values (a JSON object of key → value) by the fields' titles,
// in the fields' order, then values whose field is not synced (by key, in key order).
func namePersonFields(fields []FieldDef, custom string) []FieldValue {
	out := []FieldValue{}
	values := map[string]any{}
	if custom != "" {
		_ = json.Unmarshal([]byte(custom), &values) // written by convert; a bad row shows no values
	}
	for _, f := range fields {
		v, ok := values[f.Key]
		if !ok {
			continue
		}
		delete(values, f.Key)
		if text := FieldValueText(f, v); text != "" {
			out = append(out, FieldValue{ID: f.ID, Title: f.Title, Type: f.Type, Value: text})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(values)) {
		if text := FieldValueText(FieldDef{}, values[k]); text != "" {
			out = append(out, FieldValue{Title: k, Value: text})
		}
	}
	return out
}
