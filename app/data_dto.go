package app

// DTOs of DataAPI. Field order and types mirror the store's read models (so they convert
// directly); JSON names are the front end's (frontend/src/api/data.ts). Times are RFC 3339 UTC.

// TicketQuery selects a window of the ticket table; zero fields mean "any". Limit ≤ 500;
// Sort is "updated_desc" (default), "created_desc" or "id_asc". Search is plain words.
type TicketQuery struct {
	IntegrationID  string   `json:"integrationId"`
	Search         string   `json:"search"`
	Statuses       []string `json:"statuses"`
	Priorities     []string `json:"priorities"`
	AssigneeID     int64    `json:"assigneeId"`
	OrganizationID int64    `json:"organizationId"`
	Tag            string   `json:"tag"`
	Offset         int      `json:"offset"`
	Limit          int      `json:"limit"`
	Sort           string   `json:"sort"`
	BrandID        int64    `json:"brandId"`
	FormID         int64    `json:"formId"`
	GroupID        int64    `json:"groupId"`
	FieldID        int64    `json:"fieldId"`    // with FieldValue: a custom field's value
	FieldValue     string   `json:"fieldValue"` // an option's value, "true"/"false", or text
}

// TicketRow is one line of the ticket table.
type TicketRow struct {
	IntegrationID    string   `json:"integrationId"`
	ID               int64    `json:"id"`
	Subject          string   `json:"subject"`
	Status           string   `json:"status"`
	Priority         string   `json:"priority"`
	RequesterName    string   `json:"requesterName"`
	AssigneeName     string   `json:"assigneeName"`
	OrganizationName string   `json:"organizationName"`
	Tags             []string `json:"tags"`
	CreatedAt        string   `json:"createdAt"`
	UpdatedAt        string   `json:"updatedAt"`
	Deleted          bool     `json:"deleted"`
	MergedInto       int64    `json:"mergedInto"`
}

// TicketPage is a window of the ticket table and how many tickets match in all.
type TicketPage struct {
	Total int64       `json:"total"`
	Rows  []TicketRow `json:"rows"`
}

// Comment is one comment of a conversation; HTMLBody is Zendesk's HTML (the UI sanitizes it).
type Comment struct {
	ID         int64  `json:"id"`
	AuthorID   int64  `json:"authorId"`
	AuthorName string `json:"authorName"`
	Public     bool   `json:"public"`
	HTMLBody   string `json:"htmlBody"`
	PlainBody  string `json:"plainBody"`
	CreatedAt  string `json:"createdAt"`
	// Attachments are the comment's files; the UI shows them from their local copies.
	Attachments []Attachment `json:"attachments"`
}

// Attachment is a comment's file and its download state: pending, downloaded, too_large or
// failed (Reason says why). A downloaded one is served at LocalAttachmentsPrefix + SHA256.
type Attachment struct {
	ID          int64  `json:"id"`
	FileName    string `json:"fileName"`
	ContentURL  string `json:"contentUrl"`
	ContentType string `json:"contentType"`
	Size        int64  `json:"size"`
	Inline      bool   `json:"inline"`
	State       string `json:"state"`
	Reason      string `json:"reason"`
	SHA256      string `json:"sha256"`
}

// TicketDetail is a ticket's row fields plus its description and whole conversation. The
// embedded row's fields stand at the top level of the JSON (and of the generated TS model).
type TicketDetail struct {
	TicketRow
	Description string    `json:"description"`
	Type        string    `json:"type"`
	GroupName   string    `json:"groupName"`
	Via         string    `json:"via"`
	Comments    []Comment `json:"comments"`
	BrandName   string    `json:"brandName"`
	FormName    string    `json:"formName"`
	// Satisfaction is the rating ("good", "bad", "offered", "unoffered"; "" = none) and its comment.
	SatisfactionScore   string       `json:"satisfactionScore"`
	SatisfactionComment string       `json:"satisfactionComment"`
	Fields              []FieldValue `json:"fields"`
}

// FieldValue is a custom field of a ticket as shown: its title and the value's text (option
// names for dropdowns, Yes/No for checkboxes, dates spelled out).
type FieldValue struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// FieldOption is a choice of a custom field filter: Value is matched, Name is shown.
type FieldOption struct {
	Value string `json:"value"`
	Name  string `json:"name"`
}

// FilterField is a custom field the ticket table can filter by (no Options: typed text).
type FilterField struct {
	ID      int64         `json:"id"`
	Title   string        `json:"title"`
	Type    string        `json:"type"`
	Options []FieldOption `json:"options"`
}

// NamedID is a filter choice.
type NamedID struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// TicketFilters are the ticket table's filter choices.
type TicketFilters struct {
	Statuses      []string      `json:"statuses"`
	Priorities    []string      `json:"priorities"`
	Assignees     []NamedID     `json:"assignees"`
	Organizations []NamedID     `json:"organizations"`
	Tags          []string      `json:"tags"`
	Brands        []NamedID     `json:"brands"`
	Forms         []NamedID     `json:"forms"`
	Groups        []NamedID     `json:"groups"`
	Fields        []FilterField `json:"fields"`
}

// DirectoryQuery selects a window of the users or organizations table.
type DirectoryQuery struct {
	IntegrationID string `json:"integrationId"`
	Search        string `json:"search"`
	Offset        int    `json:"offset"`
	Limit         int    `json:"limit"`
}

// UserRow is one line of the users table.
type UserRow struct {
	IntegrationID    string `json:"integrationId"`
	ID               int64  `json:"id"`
	Name             string `json:"name"`
	Email            string `json:"email"`
	Role             string `json:"role"`
	OrganizationName string `json:"organizationName"`
	Active           bool   `json:"active"`
	Suspended        bool   `json:"suspended"`
	UpdatedAt        string `json:"updatedAt"`
}

// UserPage is a window of users.
type UserPage struct {
	Total int64     `json:"total"`
	Rows  []UserRow `json:"rows"`
}

// OrganizationRow is one line of the organizations table.
type OrganizationRow struct {
	IntegrationID string   `json:"integrationId"`
	ID            int64    `json:"id"`
	Name          string   `json:"name"`
	DomainNames   []string `json:"domainNames"`
	Tags          []string `json:"tags"`
	UserCount     int64    `json:"userCount"`
	UpdatedAt     string   `json:"updatedAt"`
}

// OrganizationPage is a window of organizations.
type OrganizationPage struct {
	Total int64             `json:"total"`
	Rows  []OrganizationRow `json:"rows"`
}

// ArticleSummary is an article in the Help Center tree.
type ArticleSummary struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Locale    string `json:"locale"`
	Draft     bool   `json:"draft"`
	UpdatedAt string `json:"updatedAt"`
}

// HelpCenterSection is a section and its articles.
type HelpCenterSection struct {
	ID       int64            `json:"id"`
	Name     string           `json:"name"`
	Articles []ArticleSummary `json:"articles"`
}

// HelpCenterCategory is a category and its sections.
type HelpCenterCategory struct {
	ID          int64               `json:"id"`
	Name        string              `json:"name"`
	Description string              `json:"description"`
	Sections    []HelpCenterSection `json:"sections"`
}

// HelpCenterTree is categories → sections → articles.
type HelpCenterTree struct {
	Categories []HelpCenterCategory `json:"categories"`
}

// Article is one Help Center article; BodyHTML is Zendesk's HTML (the UI sanitizes it).
type Article struct {
	ID           int64    `json:"id"`
	Title        string   `json:"title"`
	BodyHTML     string   `json:"bodyHtml"`
	Locale       string   `json:"locale"`
	SectionName  string   `json:"sectionName"`
	CategoryName string   `json:"categoryName"`
	AuthorName   string   `json:"authorName"`
	LabelNames   []string `json:"labelNames"`
	UpdatedAt    string   `json:"updatedAt"`
	HTMLURL      string   `json:"htmlUrl"`
}
