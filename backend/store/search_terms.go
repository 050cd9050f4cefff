package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"zensync/backend/search"
)

// termCond is the SQL condition (over tickets aliased t) of one keyword term, before negation.
func (r *TicketReader) termCond(ctx context.Context, integ string, t search.Term) (string, []any, error) {
	switch t.Field {
	case search.FieldID:
		ints, err := r.integrationIDs(ctx, integ)
		if err != nil {
			return "", nil, err
		}
		args := append([]any{t.ID}, stringsToAny(ints)...)
		return "t.id = ? AND t.integration_id IN (" + placeholders(max(1, len(ints))) + ")", padArgs(args, 1+max(1, len(ints))), nil
	case search.FieldStatus:
		return "t.status IN (" + placeholders(max(1, len(t.Values))) + ")", padArgs(stringsToAny(t.Values), max(1, len(t.Values))), nil
	case search.FieldPriority:
		return "t.priority IN (" + placeholders(max(1, len(t.Values))) + ")", padArgs(stringsToAny(t.Values), max(1, len(t.Values))), nil
	case search.FieldType:
		return "t.type = ?", []any{t.Values[0]}, nil
	case search.FieldTags: // tested per ticket: other terms or the words lead (see liftLoneTag)
		return "EXISTS (SELECT 1 FROM ticket_tags g WHERE g.tag = ? AND g.ticket_pk = t.pk)", []any{t.Value}, nil
	case search.FieldVia:
		return "t.via_channel = ?", []any{t.Value}, nil
	case search.FieldSubject:
		return "t.subject LIKE ? ESCAPE '\\'", []any{"%" + escapeLike(t.Value) + "%"}, nil
	case search.FieldDescription:
		return "t.description LIKE ? ESCAPE '\\'", []any{"%" + escapeLike(t.Value) + "%"}, nil
	case search.FieldCreated:
		c, a := dateCond("t.created_at", t.From, t.To)
		return c, a, nil
	case search.FieldUpdated:
		c, a := dateCond("t.updated_at", t.From, t.To)
		return c, a, nil
	case search.FieldSolved:
		return solvedCond(t.From, t.To)
	}
	return r.entityCond(ctx, integ, t)
}

// entityColumns says which ticket column and which table a people/organization/group term uses.
// Brands and forms are named in the definitions table (kind says which).
var entityColumns = map[search.Field]struct {
	col, table string
	kind       DefinitionKind
}{
	search.FieldAssignee:     {"assignee_id", "users", ""},
	search.FieldRequester:    {"requester_id", "users", ""},
	search.FieldSubmitter:    {"submitter_id", "users", ""},
	search.FieldOrganization: {"organization_id", "organizations", ""},
	search.FieldGroup:        {"group_id", "groups", ""},
	search.FieldBrand:        {"brand_id", "definitions", KindBrand},
	search.FieldForm:         {"form_id", "definitions", KindTicketForm},
}

// entityCond is a people, organization, group, brand or form term: none, a number, an email or a name.
func (r *TicketReader) entityCond(ctx context.Context, integ string, t search.Term) (string, []any, error) {
	e := entityColumns[t.Field]
	col, table := e.col, e.table
	switch {
	case t.None:
		return "t." + col + " = 0", nil, nil
	case t.ID > 0:
		return "t." + col + " = ?", []any{t.ID}, nil
	}
	var keys []entityKey
	var err error
	switch {
	case table == "users" && strings.Contains(t.Value, "@"):
		keys, err = r.usersByEmail(ctx, integ, t.Value)
	case e.kind != "":
		keys, err = r.namedDefinitions(ctx, e.kind, integ, ftsWords(t.Value))
	default:
		keys, err = r.namedEntities(ctx, table, integ, ftsWords(t.Value), false)
	}
	if errors.Is(err, errTooBroad) {
		return "", nil, &search.Error{Kind: search.ErrBadValue, Keyword: string(t.Field), Message: fmt.Sprintf(
			"More than %d match %s:%s — type more of the name, or the email address.", maxNamed, t.Field, t.Value)}
	}
	if err != nil {
		return "", nil, err
	}
	c, a := keysCond(col, keys)
	return c, a, nil
}

func stringsToAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// padArgs fills a placeholder list that must not be empty ("IN (?)") with a value nothing has.
func padArgs(args []any, n int) []any {
	for len(args) < n {
		args = append(args, "\x00")
	}
	return args
}
