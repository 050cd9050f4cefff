package zendesk

import (
	"context"
	"fmt"
)

// Definition lists (Zendesk's Ticket Fields, Ticket Forms, Brands, User Fields and Organization
// Fields APIs). Each is small, so it is read whole, with cursor paging.

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
