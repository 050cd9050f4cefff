package export

import (
	"encoding/json"
	"io"

	"zensync/backend/store"
)

// TicketLine is one line of the JSON Lines list: one ticket as the Tickets table shows it.
type TicketLine struct {
	IntegrationID string   `json:"integration_id"`
	ID            int64    `json:"id"`
	Subject       string   `json:"subject"`
	Status        string   `json:"status"`
	Priority      string   `json:"priority"`
	Requester     string   `json:"requester"`
	Assignee      string   `json:"assignee"`
	Organization  string   `json:"organization"`
	Tags          []string `json:"tags"`
	CreatedAt     string   `json:"created_at"`
	UpdatedAt     string   `json:"updated_at"`
	Deleted       bool     `json:"deleted"`
	MergedInto    int64    `json:"merged_into,omitempty"`
}

// jsonlTickets writes one JSON object per line (no HTML escaping: the text is kept as is).
type jsonlTickets struct{ enc *json.Encoder }

func newJSONLTickets(w io.Writer) *jsonlTickets {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonlTickets{enc: enc}
}

func (j *jsonlTickets) Begin() error { return nil }

func (j *jsonlTickets) Write(t store.TicketRow) error {
	return j.enc.Encode(TicketLine{IntegrationID: t.IntegrationID, ID: t.ID, Subject: t.Subject, Status: t.Status,
		Priority: t.Priority, Requester: t.RequesterName, Assignee: t.AssigneeName, Organization: t.OrganizationName,
		Tags: t.Tags, CreatedAt: t.CreatedAt, UpdatedAt: t.UpdatedAt, Deleted: t.Deleted, MergedInto: t.MergedInto})
}

func (j *jsonlTickets) End() error { return nil }
