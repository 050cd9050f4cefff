package zendesk

import (
	"context"
	"fmt"
)

// Definition lists (Zendesk's Ticket Fields, Ticket Forms, Brands, User Fields and Organization
// Fields APIs). Each is small, so it is read whole, with cursor paging.

// FieldOption is one choice of a dropdown (tagger) or multiselect field: Name is shown, Value
// is what a record's field value holds.
type FieldOption struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Value string `json:"value"`
}

// TicketField is a system or custom ticket field. Type is Zendesk's: subject, description,
// status, tickettype, priority, group, assignee (system), text, textarea, checkbox, date,
// integer, decimal, regexp, partialcreditcard, tagger, multiselect, lookup (custom).
type TicketField struct {
	ID                 int64         `json:"id"`
	Type               string        `json:"type"`
	Title              string        `json:"title"`
	Position           int           `json:"position"`
	Active             bool          `json:"active"`
	Removable          bool          `json:"removable"`
	CustomFieldOptions []FieldOption `json:"custom_field_options"`
}

// TicketForm is a ticket form and the fields it shows, in order.
type TicketForm struct {
	ID             int64   `json:"id"`
	Name           string  `json:"name"`
	DisplayName    string  `json:"display_name"`
	Position       int     `json:"position"`
	Active         bool    `json:"active"`
	Default        bool    `json:"default"`
	TicketFieldIDs []int64 `json:"ticket_field_ids"`
}

// Brand is one of the account's brands.
type Brand struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Subdomain string `json:"subdomain"`
	Active    bool   `json:"active"`
	Default   bool   `json:"default"`
}

// PersonField is a user field or an organization field; Key names its value in user_fields or
// organization_fields.
type PersonField struct {
	ID                 int64         `json:"id"`
	Key                string        `json:"key"`
	Type               string        `json:"type"`
	Title              string        `json:"title"`
	Position           int           `json:"position"`
	Active             bool          `json:"active"`
	CustomFieldOptions []FieldOption `json:"custom_field_options"`
}

func listAll[T any](ctx context.Context, c *Client, key string) ([]T, error) {
	out, err := listCursor[T](ctx, c, "/api/v2/"+key+".json?page[size]=100", key)
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", key, err)
	}
	return out, nil
}

// TicketFields lists every ticket field.
func (c *Client) TicketFields(ctx context.Context) ([]TicketField, error) {
	return listAll[TicketField](ctx, c, "ticket_fields")
}

// TicketForms lists every ticket form.
func (c *Client) TicketForms(ctx context.Context) ([]TicketForm, error) {
	return listAll[TicketForm](ctx, c, "ticket_forms")
}

// Brands lists every brand.
func (c *Client) Brands(ctx context.Context) ([]Brand, error) {
	return listAll[Brand](ctx, c, "brands")
}

// UserFields lists every user field.
func (c *Client) UserFields(ctx context.Context) ([]PersonField, error) {
	return listAll[PersonField](ctx, c, "user_fields")
}

// OrganizationFields lists every organization field.
func (c *Client) OrganizationFields(ctx context.Context) ([]PersonField, error) {
	return listAll[PersonField](ctx, c, "organization_fields")
}
