package wire

import (
	"encoding/json"
	"time"
)

// Ticket is a Zendesk ticket (ZENDESK_API.md §5). The pointer fields are the ones Zendesk
// sends as null when unset (no assignee, no type, …). Status is "deleted" for deleted tickets
// in incremental exports; GeneratedTimestamp (unix seconds) is sent only there.
// SatisfactionRating is kept as the JSON Zendesk sent (null or an object).
type Ticket struct {
	ID                 int64           `json:"id"`
	URL                string          `json:"url"`
	ExternalID         *string         `json:"external_id"`
	Type               *string         `json:"type"`
	Subject            string          `json:"subject"`
	RawSubject         string          `json:"raw_subject"`
	Description        string          `json:"description"`
	Priority           *string         `json:"priority"`
	Status             string          `json:"status"`
	Recipient          *string         `json:"recipient"`
	RequesterID        int64           `json:"requester_id"`
	SubmitterID        int64           `json:"submitter_id"`
	AssigneeID         *int64          `json:"assignee_id"`
	OrganizationID     *int64          `json:"organization_id"`
	GroupID            *int64          `json:"group_id"`
	BrandID            int64           `json:"brand_id"`
	CollaboratorIDs    []int64         `json:"collaborator_ids"`
	FollowerIDs        []int64         `json:"follower_ids"`
	Tags               []string        `json:"tags"`
	CustomFields       []CustomField   `json:"custom_fields"`
	Via                Via             `json:"via"`
	SatisfactionRating json.RawMessage `json:"satisfaction_rating"`
	HasIncidents       bool            `json:"has_incidents"`
	IsPublic           bool            `json:"is_public"`
	ProblemID          *int64          `json:"problem_id"`
	TicketFormID       *int64          `json:"ticket_form_id"`
	DueAt              *time.Time      `json:"due_at"`
	CreatedAt          time.Time       `json:"created_at"`
	UpdatedAt          time.Time       `json:"updated_at"`
	GeneratedTimestamp int64           `json:"generated_timestamp,omitempty"`
}

// Comment is a ticket comment (the first one is the ticket's description); Public false is an
// internal note.
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

// Attachment is a file on a comment. URL is its API address, ContentURL where its bytes are
// (it needs the account's credentials); Inline is an image shown inside the comment's
// html_body. Width and Height are an image's size, null for other files.
type Attachment struct {
	URL                   string       `json:"url"`
	ID                    int64        `json:"id"`
	FileName              string       `json:"file_name"`
	ContentURL            string       `json:"content_url"`
	MappedContentURL      string       `json:"mapped_content_url"`
	ContentType           string       `json:"content_type"`
	Size                  int64        `json:"size"`
	Width                 *int         `json:"width"`
	Height                *int         `json:"height"`
	Inline                bool         `json:"inline"`
	Deleted               bool         `json:"deleted"`
	MalwareAccessOverride bool         `json:"malware_access_override"`
	MalwareScanResult     string       `json:"malware_scan_result"`
	Thumbnails            []Attachment `json:"thumbnails"`
}
