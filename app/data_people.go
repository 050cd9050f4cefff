package app

import (
	"context"

	"zensync/backend/store"
)

// UserFields returns one user's custom field values by title (not_found when the user is not stored).
func (a *DataAPI) UserFields(integrationID string, id int64) ([]FieldValue, error) {
	fs, err := a.people.UserFields(context.Background(), integrationID, id)
	if err != nil {
		return nil, a.bridge.wrap("data.user_fields", err)
	}
	return fieldValues(fs), nil
}

// OrganizationFields returns one organization's custom field values by title (not_found when
// the organization is not stored).
func (a *DataAPI) OrganizationFields(integrationID string, id int64) ([]FieldValue, error) {
	fs, err := a.people.OrganizationFields(context.Background(), integrationID, id)
	if err != nil {
		return nil, a.bridge.wrap("data.organization_fields", err)
	}
	return fieldValues(fs), nil
}

func fieldValues(fs []store.FieldValue) []FieldValue {
	return convertAll(fs, func(f store.FieldValue) FieldValue { return FieldValue(f) })
}
