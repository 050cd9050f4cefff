// Package search parses what an admin types in the Tickets search box — Zendesk's search syntax
// (status:open, tags:vip, created>2026-01-01, "exact phrase", -excluded, #4997, order_by:…) — into
// a Query. It knows nothing of SQL: backend/store turns a Query into bound SQL.
package search

// Query is one parsed search. Terms are AND-ed, except that positive equality terms of the same
// keyword (status:open status:pending) are OR-ed, as in Zendesk.
type Query struct {
	Text  []Text // free-text words and phrases (over subjects, descriptions, comments)
	Terms []Term // keyword terms, in the order typed
	Order *Order // order_by:/sort:, nil when not given
}

// Text is a free-text word or "exact phrase"; Negated for -word / -"phrase".
type Text struct {
	Value   string
	Phrase  bool
	Negated bool
}

// Field is a ticket property a keyword searches.
type Field string

// The searchable ticket properties.
const (
	FieldID           Field = "id" // #4997
	FieldStatus       Field = "status"
	FieldPriority     Field = "priority"
	FieldType         Field = "ticket_type"
	FieldAssignee     Field = "assignee"
	FieldRequester    Field = "requester"
	FieldSubmitter    Field = "submitter"
	FieldOrganization Field = "organization"
	FieldGroup        Field = "group"
	FieldBrand        Field = "brand"
	FieldForm         Field = "form"
	FieldTags         Field = "tags"
	FieldVia          Field = "via"
	FieldSubject      Field = "subject"
	FieldDescription  Field = "description"
	FieldCreated      Field = "created"
	FieldUpdated      Field = "updated"
	FieldSolved       Field = "solved"
)

// Op is a keyword's operator.
type Op string

// Operators, as Zendesk writes them.
const (
	OpEq Op = ":"
	OpLT Op = "<"
	OpGT Op = ">"
	OpLE Op = "<="
	OpGE Op = ">="
)

// Term is one keyword term (status<solved, -tags:vip).
type Term struct {
	Field   Field
	Op      Op
	Value   string // as typed, unquoted ("" never: an empty value is a parse error)
	Negated bool
	None    bool     // the value "none" (no assignee, no organization…)
	Values  []string // ordered fields (status, priority): the stored values the term matches
	ID      int64    // FieldID, and people/organization/group given by number
	From    int64    // dates: the term matches unix seconds in [From, To)
	To      int64
}

// Order is order_by:<Key> with sort:asc|desc (Desc is the default, as in Zendesk).
type Order struct {
	Key  string // created, updated, priority, status, ticket_type
	Desc bool
}
