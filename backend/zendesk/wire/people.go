package wire

import "time"

// User is a Zendesk user. Role is "admin", "agent" or "end-user"; OrganizationID and Phone are
// nil when Zendesk sends null (no organization, no phone).
type User struct {
	ID             int64          `json:"id"`
	URL            string         `json:"url"`
	Name           string         `json:"name"`
	Email          string         `json:"email"`
	Role           string         `json:"role"`
	OrganizationID *int64         `json:"organization_id"`
	Active         bool           `json:"active"`
	Suspended      bool           `json:"suspended"`
	TimeZone       string         `json:"time_zone"`
	Locale         string         `json:"locale"`
	Phone          *string        `json:"phone"`
	Tags           []string       `json:"tags"`
	UserFields     map[string]any `json:"user_fields"`
	CreatedAt      time.Time      `json:"created_at"`
	UpdatedAt      time.Time      `json:"updated_at"`
}

// Organization is a Zendesk organization; GroupID is nil when Zendesk sends null.
type Organization struct {
	ID                 int64          `json:"id"`
	URL                string         `json:"url"`
	Name               string         `json:"name"`
	DomainNames        []string       `json:"domain_names"`
	Details            string         `json:"details"`
	Notes              string         `json:"notes"`
	GroupID            *int64         `json:"group_id"`
	Tags               []string       `json:"tags"`
	OrganizationFields map[string]any `json:"organization_fields"`
	CreatedAt          time.Time      `json:"created_at"`
	UpdatedAt          time.Time      `json:"updated_at"`
}

// Group is a Zendesk agent group.
type Group struct {
	ID          int64     `json:"id"`
	URL         string    `json:"url"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Default     bool      `json:"default"`
	Deleted     bool      `json:"deleted"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}
