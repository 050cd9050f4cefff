package emulator

import (
	"bytes"
	"encoding/json"
)

// nullable is a JSON field that may be absent, null or a value.
type nullable[T any] struct {
	Set  bool
	Null bool
	V    T
}

func (n *nullable[T]) UnmarshalJSON(b []byte) error {
	n.Set = true
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		n.Null = true
		return nil
	}
	return json.Unmarshal(b, &n.V)
}

func (n nullable[T]) ptr() *T {
	if n.Null {
		return nil
	}
	v := n.V
	return &v
}

// commentInput is the "comment" object of a ticket create or update.
type commentInput struct {
	Body     string `json:"body"`
	HTMLBody string `json:"html_body"`
	Public   *bool  `json:"public"`
	AuthorID int64  `json:"author_id"`
}

// ticketInput is the "ticket" object of POST /api/v2/tickets.json and PUT /api/v2/tickets/{id}.json.
type ticketInput struct {
	Subject        *string           `json:"subject"`
	Comment        *commentInput     `json:"comment"`
	Description    *string           `json:"description"`
	RequesterID    *int64            `json:"requester_id"`
	SubmitterID    *int64            `json:"submitter_id"`
	Status         *string           `json:"status"`
	Priority       nullable[string]  `json:"priority"`
	Type           nullable[string]  `json:"type"`
	AssigneeID     nullable[int64]   `json:"assignee_id"`
	GroupID        nullable[int64]   `json:"group_id"`
	OrganizationID nullable[int64]   `json:"organization_id"`
	ExternalID     nullable[string]  `json:"external_id"`
	Tags           *[]string         `json:"tags"`
	CustomFields   []CustomField     `json:"custom_fields"`
	DueAt          nullable[string]  `json:"due_at"`
	Extra          map[string]string `json:"-"`
}

// validationErrors collects Zendesk's 422 details: {"field": [{"description", "error"}]}.
type validationErrors map[string][]map[string]string

func (v validationErrors) add(field, errCode, description string) {
	v[field] = append(v[field], map[string]string{"description": description, "error": errCode})
}

func (v validationErrors) apiError() *APIError {
	if len(v) == 0 {
		return nil
	}
	return errInvalid("Record validation errors", map[string][]map[string]string(v))
}

var (
	validStatuses   = map[string]bool{"new": true, "open": true, "pending": true, "hold": true, "solved": true, "closed": true}
	validPriorities = map[string]bool{"urgent": true, "high": true, "normal": true, "low": true}
	validTypes      = map[string]bool{"problem": true, "incident": true, "question": true, "task": true}
)
