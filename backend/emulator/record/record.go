// Package record holds the Zendesk records the emulator serves (tickets, comments, users,
// organizations, groups) with the REST API's field names, and the hand-rolled JSON encoder used
// for the ones served in bulk.
package record

import (
	"time"

	"zensync/backend/zendesk/wire"
)

// Via says how a record was created (Zendesk's via object). It encodes as
// {"channel": …, "source": {"from": {…}, "to": {…}, "rel": …}}.
type Via struct {
	Channel string
	Source  ViaSource
}

// ViaSource is the via object's source; empty parties encode as {}.
type ViaSource struct {
	From ViaParty
	To   ViaParty
	Rel  string // "" encodes as null
}

// ViaParty is one end of a via source (an email address and name, or nothing).
type ViaParty struct {
	Address string `json:"address,omitempty"`
	Name    string `json:"name,omitempty"`
}

// CustomField is one ticket custom field value.
type CustomField = wire.CustomField

// Ticket is a Zendesk ticket with the REST API's field names.
type Ticket struct {
	ID                 int64         `json:"id"`
	URL                string        `json:"url"`
	ExternalID         *string       `json:"external_id"`
	Type               *string       `json:"type"`
	Subject            string        `json:"subject"`
	RawSubject         string        `json:"raw_subject"`
	Description        string        `json:"description"`
	Priority           *string       `json:"priority"`
	Status             string        `json:"status"`
	Recipient          *string       `json:"recipient"`
	RequesterID        int64         `json:"requester_id"`
	SubmitterID        int64         `json:"submitter_id"`
	AssigneeID         *int64        `json:"assignee_id"`
	OrganizationID     *int64        `json:"organization_id"`
	GroupID            *int64        `json:"group_id"`
	BrandID            int64         `json:"brand_id"`
	CollaboratorIDs    []int64       `json:"collaborator_ids"`
	FollowerIDs        []int64       `json:"follower_ids"`
	Tags               []string      `json:"tags"`
	CustomFields       []CustomField `json:"custom_fields"`
	Via                Via           `json:"via"`
	SatisfactionRating any           `json:"satisfaction_rating"`
	HasIncidents       bool          `json:"has_incidents"`
	IsPublic           bool          `json:"is_public"`
	ProblemID          *int64        `json:"problem_id"`
	TicketFormID       *int64        `json:"ticket_form_id"`
	DueAt              *time.Time    `json:"due_at"`
	CreatedAt          time.Time     `json:"created_at"`
	UpdatedAt          time.Time     `json:"updated_at"`
}

// Attachment is a file attached to a comment.
type Attachment struct {
	ID          int64  `json:"id"`
	FileName    string `json:"file_name"`
	ContentURL  string `json:"content_url"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	Inline      bool   `json:"inline"` // an image shown in the comment's html_body
}

// Comment is a ticket comment (the first one is the ticket's description).
type Comment struct {
	ID          int64        `json:"id"`
	Type        string       `json:"type"`
	AuthorID    int64        `json:"author_id"`
	Body        string       `json:"body"`
	HTMLBody    string       `json:"html_body"`
	PlainBody   string       `json:"plain_body"`
	Public      bool         `json:"public"`
	Attachments []Attachment `json:"attachments"`
	AuditID     int64        `json:"audit_id"`
	Via         Via          `json:"via"`
	CreatedAt   time.Time    `json:"created_at"`
}

// User, Organization and Group are described in package wire, for the client and the emulator.
type (
	User         = wire.User
	Organization = wire.Organization
	Group        = wire.Group
)
