package store

import (
	"strings"
	"time"
)

// TicketRecord is one ticket as Zensync keeps it. Status "deleted" (how the incremental export
// marks a deleted ticket) also sets Deleted. MergedInto is the ticket this one was merged into
// (0: not merged or not known yet; a later comment naming the target fills it in).
type TicketRecord struct {
	ID                 int64
	Subject            string
	Description        string
	Status             string
	Priority           string
	Type               string
	RequesterID        int64
	SubmitterID        int64
	AssigneeID         int64
	OrganizationID     int64
	GroupID            int64
	Tags               []string
	ViaChannel         string
	CreatedAt          time.Time
	UpdatedAt          time.Time
	GeneratedTimestamp int64
	Deleted            bool
	MergedInto         int64
	BrandID            int64 // 0 = not known (a stored brand is kept)
	FormID             int64 // 0 = not known (a stored form is kept)
	// CustomFields is a JSON object of field id → value (a string, or a list of strings for
	// multiselect); "" = not known, so the stored values are kept (webhook events carry none).
	CustomFields string
	// Satisfaction is a JSON object {"score","comment"}, "{}" when not rated; "" = not known (kept).
	Satisfaction string
}

// CommentRecord is one ticket comment. Body is the plain text (searched); HTMLBody is shown
// after sanitizing. HTMLFromBody marks a comment whose source gave only the plain body (a
// webhook's comment_added event), its HTML made from that body: it never replaces the HTML the
// API gave, and the API's HTML replaces it when a sync brings the comment.
type CommentRecord struct {
	ID           int64
	TicketID     int64
	AuthorID     int64
	Public       bool
	Body         string
	HTMLBody     string
	CreatedAt    time.Time
	HTMLFromBody bool
	// Attachments are stored as pending downloads (backend/attachments fetches them).
	Attachments []AttachmentRecord
}

// UserRecord is one Zendesk user.
type UserRecord struct {
	ID             int64
	Name           string
	Email          string
	Role           string
	OrganizationID int64
	Active         bool
	Suspended      bool
	CreatedAt      time.Time
	UpdatedAt      time.Time
	// CustomFields is a JSON object of user field key → value ("" = not sent: the stored
	// values are kept).
	CustomFields string
}

// OrganizationRecord is one Zendesk organization.
type OrganizationRecord struct {
	ID          int64
	Name        string
	DomainNames []string
	Tags        []string
	CreatedAt   time.Time
	UpdatedAt   time.Time
	// CustomFields is a JSON object of organization field key → value ("" = not sent: the
	// stored values are kept).
	CustomFields string
}

// GroupRecord is one Zendesk agent group.
type GroupRecord struct {
	ID        int64
	Name      string
	Deleted   bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

// WriteMode says how a batch treats a record that is already stored.
type WriteMode int

const (
	// NewerWins replaces a stored record only with a newer one (by updated_at; for tickets also
	// by generated_timestamp, or when the new one is deleted): "Updated Time".
	NewerWins WriteMode = iota
	// InsertOnce stores a record the first time it is seen and never changes it: "Created Time".
	InsertOnce
)

// joinList stores a list as " a b " so a member can be matched with LIKE '% a %'.
func joinList(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return " " + strings.Join(xs, " ") + " "
}

// splitList is the inverse of joinList; it never returns nil.
func splitList(s string) []string {
	f := strings.Fields(s)
	if f == nil {
		return []string{}
	}
	return f
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
