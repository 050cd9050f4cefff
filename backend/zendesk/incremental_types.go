package zendesk

import "time"

// TicketExportPage is one page of the cursor-based ticket export, with its side-loads.
type TicketExportPage struct {
	Tickets       []Ticket       `json:"tickets"`
	Users         []User         `json:"users"`
	Groups        []Group        `json:"groups"`
	Organizations []Organization `json:"organizations"`
	AfterCursor   string         `json:"after_cursor"`
	AfterURL      string         `json:"after_url"`
	EndOfStream   bool           `json:"end_of_stream"`
}

// UserExportPage is one page of the cursor-based user export.
type UserExportPage struct {
	Users       []User `json:"users"`
	AfterCursor string `json:"after_cursor"`
	AfterURL    string `json:"after_url"`
	EndOfStream bool   `json:"end_of_stream"`
}

// OrganizationExportPage is one page of the time-based organization export.
type OrganizationExportPage struct {
	Organizations []Organization `json:"organizations"`
	NextPage      string         `json:"next_page"`
	EndTime       int64          `json:"end_time"`
	Count         int            `json:"count"`
	EndOfStream   bool           `json:"end_of_stream"`
}

// TicketEvent is one audit in the ticket events export; with include=comment_events its
// ChildEvents hold the comments the audit added (EventType "Comment" or "VoiceComment").
type TicketEvent struct {
	ID          int64        `json:"id"`
	TicketID    int64        `json:"ticket_id"`
	Timestamp   int64        `json:"timestamp"`
	CreatedAt   time.Time    `json:"created_at"`
	UpdaterID   int64        `json:"updater_id"`
	EventType   string       `json:"event_type"`
	ChildEvents []ChildEvent `json:"child_events"`
}

// ChildEvent is one change inside an audit; only comment events are decoded in full.
type ChildEvent struct {
	ID        int64      `json:"id"`
	EventType string     `json:"event_type"`
	Type      string     `json:"type"`
	AuthorID  int64      `json:"author_id"`
	Body      string     `json:"body"`
	HTMLBody  string     `json:"html_body"`
	PlainBody string     `json:"plain_body"`
	Public    *bool      `json:"public"`
	AuditID   int64      `json:"audit_id"`
	CreatedAt *time.Time `json:"created_at"`
	// Attachments are the comment's files (their content_url needs the account's credentials).
	Attachments []Attachment `json:"attachments"`
}

// IsComment reports whether the child event carries a comment.
func (e ChildEvent) IsComment() bool {
	return e.EventType == "Comment" || e.EventType == "VoiceComment"
}

// TicketEventPage is one page of the time-based ticket events export.
type TicketEventPage struct {
	TicketEvents []TicketEvent `json:"ticket_events"`
	NextPage     string        `json:"next_page"`
	EndTime      int64         `json:"end_time"`
	Count        int           `json:"count"`
	EndOfStream  bool          `json:"end_of_stream"`
}
