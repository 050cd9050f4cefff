package store

// Read models returned by the query side. Times are RFC 3339 UTC strings ("" when unknown);
// app/ mirrors these structs field for field as its JSON DTOs.

// TicketQuery filters and pages the ticket list. Zero values mean "any"; Sort is one of
// SortUpdatedDesc (default), SortCreatedDesc, SortIDAsc.
type TicketQuery struct {
	IntegrationID  string
	Search         string
	Statuses       []string
	Priorities     []string
	AssigneeID     int64
	OrganizationID int64
	Tag            string
	Offset         int
	Limit          int
	Sort           string
	BrandID        int64
	FormID         int64
	GroupID        int64
	FieldID        int64  // with FieldValue: tickets whose custom field FieldID holds FieldValue
	FieldValue     string // a stored value: an option's value, "true"/"false", a date, text
}

// Ticket list sorts.
const (
	SortUpdatedDesc = "updated_desc"
	SortCreatedDesc = "created_desc"
	SortIDAsc       = "id_asc"
)

// MaxPageSize bounds every list page.
const MaxPageSize = 500

// TicketRow is one line of the ticket list.
type TicketRow struct {
	IntegrationID    string
	ID               int64
	Subject          string
	Status           string
	Priority         string
	RequesterName    string
	AssigneeName     string
	OrganizationName string
	Tags             []string
	CreatedAt        string
	UpdatedAt        string
	Deleted          bool
	MergedInto       int64
}

// TicketPage is one page of the ticket list and the number of tickets that match.
type TicketPage struct {
	Total int64
	Rows  []TicketRow
}

// CommentView is one comment of a ticket's conversation. HTMLBody is Zendesk's HTML, as is.
type CommentView struct {
	ID         int64
	AuthorID   int64
	AuthorName string
	Public     bool
	HTMLBody   string
	PlainBody  string
	CreatedAt  string
	// Attachments are the comment's files with their download state.
	Attachments []AttachmentView
}

// TicketDetail is a ticket with its whole conversation, oldest comment first.
type TicketDetail struct {
	TicketRow
	Description string
	Type        string
	GroupName   string
	Via         string
	Comments    []CommentView
	TicketFieldsView
}

// IDName is an id and a display name (filters' choices).
type IDName struct {
	ID   int64
	Name string
}

// TicketFilters are the choices the ticket list's filters offer.
type TicketFilters struct {
	Statuses      []string
	Priorities    []string
	Assignees     []IDName
	Organizations []IDName
	Tags          []string
	Brands        []IDName
	Forms         []IDName
	Groups        []IDName
	Fields        []FilterField
}

// ListQuery pages a simple list (users, organizations) with an optional name/email search.
type ListQuery struct {
	IntegrationID string
	Search        string
	Offset        int
	Limit         int
}

// UserRow is one line of the user list.
type UserRow struct {
	IntegrationID    string
	ID               int64
	Name             string
	Email            string
	Role             string
	OrganizationName string
	Active           bool
	Suspended        bool
	UpdatedAt        string
}

// UserPage is one page of users.
type UserPage struct {
	Total int64
	Rows  []UserRow
}

// OrganizationRow is one line of the organization list.
type OrganizationRow struct {
	IntegrationID string
	ID            int64
	Name          string
	DomainNames   []string
	Tags          []string
	UserCount     int64
	UpdatedAt     string
}

// OrganizationPage is one page of organizations.
type OrganizationPage struct {
	Total int64
	Rows  []OrganizationRow
}

// HCArticleItem is an article in the Help Center tree.
type HCArticleItem struct {
	ID        int64
	Title     string
	Locale    string
	Draft     bool
	UpdatedAt string
}

// HCSectionNode is a section and its articles.
type HCSectionNode struct {
	ID       int64
	Name     string
	Articles []HCArticleItem
}

// HCCategoryNode is a category and its sections.
type HCCategoryNode struct {
	ID          int64
	Name        string
	Description string
	Sections    []HCSectionNode
}

// HelpCenterTree is an integration's Help Center: categories → sections → articles.
type HelpCenterTree struct {
	Categories []HCCategoryNode
}

// ArticleView is one article with its body (Zendesk's HTML, as is).
type ArticleView struct {
	ID           int64
	Title        string
	BodyHTML     string
	Locale       string
	SectionName  string
	CategoryName string
	AuthorName   string
	LabelNames   []string
	UpdatedAt    string
	HTMLURL      string
}
