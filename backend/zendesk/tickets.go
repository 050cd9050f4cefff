package zendesk

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// MaxShowMany is the most ids show_many accepts in one call.
const MaxShowMany = 100

// ShowTicket returns one ticket (GET /api/v2/tickets/{id}.json); ErrNotFound when it is gone.
func (c *Client) ShowTicket(ctx context.Context, id int64) (Ticket, error) {
	var out struct {
		Ticket *Ticket `json:"ticket"`
	}
	if err := c.getJSON(ctx, "/api/v2/tickets/"+strconv.FormatInt(id, 10)+".json", &out); err != nil {
		return Ticket{}, err
	}
	if out.Ticket == nil {
		return Ticket{}, ErrMalformed
	}
	return *out.Ticket, nil
}

// ShowTickets returns the tickets with these ids that still exist (GET
// /api/v2/tickets/show_many.json), in Zendesk's order. At most MaxShowMany ids per call.
func (c *Client) ShowTickets(ctx context.Context, ids []int64) ([]Ticket, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if len(ids) > MaxShowMany {
		return nil, fmt.Errorf("zendesk: show_many takes at most %d ids, got %d", MaxShowMany, len(ids))
	}
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	var out struct {
		Tickets []Ticket `json:"tickets"`
	}
	if err := c.getJSON(ctx, "/api/v2/tickets/show_many.json?ids="+strings.Join(parts, ","), &out); err != nil {
		return nil, err
	}
	return out.Tickets, nil
}

// TicketComments returns all comments of a ticket, oldest first, following cursor pages of 100.
func (c *Client) TicketComments(ctx context.Context, ticketID int64) ([]Comment, error) {
	path := "/api/v2/tickets/" + strconv.FormatInt(ticketID, 10) + "/comments.json?page[size]=100"
	return listCursor[Comment](ctx, c, path, "comments")
}

// NewComment is a comment to add with CreateTicket or UpdateTicket.
type NewComment struct {
	Body     string `json:"body,omitempty"`
	HTMLBody string `json:"html_body,omitempty"`
	Public   *bool  `json:"public,omitempty"`
	AuthorID int64  `json:"author_id,omitempty"`
}

// TicketInput is what CreateTicket and UpdateTicket send; zero fields are left out, so an
// update changes only what is set.
type TicketInput struct {
	Subject        string      `json:"subject,omitempty"`
	Comment        *NewComment `json:"comment,omitempty"`
	Status         string      `json:"status,omitempty"`
	Priority       string      `json:"priority,omitempty"`
	Type           string      `json:"type,omitempty"`
	RequesterID    int64       `json:"requester_id,omitempty"`
	AssigneeID     int64       `json:"assignee_id,omitempty"`
	OrganizationID int64       `json:"organization_id,omitempty"`
	GroupID        int64       `json:"group_id,omitempty"`
	ExternalID     string      `json:"external_id,omitempty"`
	Tags           []string    `json:"tags,omitempty"`
}

// CreateTicket creates a ticket (POST /api/v2/tickets.json). Used by tests and the demo.
func (c *Client) CreateTicket(ctx context.Context, in TicketInput) (Ticket, error) {
	return c.writeTicket(ctx, http.MethodPost, "/api/v2/tickets.json", in)
}

// UpdateTicket changes a ticket (PUT /api/v2/tickets/{id}.json); a Comment adds one.
func (c *Client) UpdateTicket(ctx context.Context, id int64, in TicketInput) (Ticket, error) {
	return c.writeTicket(ctx, http.MethodPut, "/api/v2/tickets/"+strconv.FormatInt(id, 10)+".json", in)
}

func (c *Client) writeTicket(ctx context.Context, method, path string, in TicketInput) (Ticket, error) {
	var out struct {
		Ticket *Ticket `json:"ticket"`
	}
	if err := c.do(ctx, method, path, map[string]TicketInput{"ticket": in}, &out); err != nil {
		return Ticket{}, err
	}
	if out.Ticket == nil {
		return Ticket{}, ErrMalformed
	}
	return *out.Ticket, nil
}
