package search

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Parse reads a search as Zendesk's ticket search would. now anchors relative dates
// (updated<3days); dates without a time are whole UTC days. A failure is an *Error whose message
// says what to type instead.
func Parse(s string, now time.Time) (Query, error) {
	var q Query
	for _, t := range lex(s) {
		switch {
		case t.hash:
			id, err := strconv.ParseInt(t.value, 10, 64)
			if err != nil || id <= 0 {
				return Query{}, badValue("", fmt.Sprintf("'#%s' is not a ticket number.", t.value))
			}
			q.Terms = append(q.Terms, Term{Field: FieldID, Op: OpEq, Value: t.value, ID: id, Negated: t.negated})
		case t.name == "" || isTextWithColon(t):
			if t.name != "" {
				t.value = t.name + string(t.op)
			}
			if t.value != "" {
				q.Text = append(q.Text, Text{Value: t.value, Phrase: t.quoted, Negated: t.negated})
			}
		case t.name == "order_by" || t.name == "sort":
			if err := parseOrder(&q, t); err != nil {
				return Query{}, err
			}
		default:
			term, skip, err := parseTerm(t, now)
			if err != nil {
				return Query{}, err
			}
			if !skip {
				q.Terms = append(q.Terms, term)
			}
		}
	}
	return q, nil
}

// isTextWithColon is an unknown word ending in a colon with nothing after it ("Re: invoice"):
// text, not a keyword.
func isTextWithColon(t token) bool {
	_, known := keywords[t.name]
	_, zendesk := notOffline[t.name]
	return !known && !zendesk && t.name != "order_by" && t.name != "sort" && t.op == OpEq && t.value == "" && !t.quoted
}

// parseTerm turns a keyword token into a Term; skip is true for terms that narrow nothing here
// (type:ticket: this box searches tickets only).
func parseTerm(t token, now time.Time) (Term, bool, error) {
	if why, ok := notOffline[t.name]; ok {
		return Term{}, false, &Error{Kind: ErrNotAvailable, Keyword: t.name,
			Message: fmt.Sprintf("'%s:' is not available offline yet: %s. Search it in Zendesk for now.", t.name, why)}
	}
	field, ok := keywords[t.name]
	if !ok {
		return Term{}, false, &Error{Kind: ErrUnknownKeyword, Keyword: t.name,
			Message: fmt.Sprintf("Unknown keyword '%s:' — %s (to search for the text itself, put it in quotes).", t.name, suggestion)}
	}
	value := strings.TrimSpace(t.value)
	if value == "" {
		return Term{}, false, badValue(t.name, fmt.Sprintf("'%s%s' needs a value, for example %s.", t.name, t.op, example(field)))
	}
	term := Term{Field: field, Op: t.op, Value: value, Negated: t.negated}
	lower := strings.ToLower(value)
	if t.name == "type" {
		switch lower {
		case "ticket":
			return Term{}, true, nil
		case "user", "organization", "group":
			return Term{}, false, badValue(t.name, fmt.Sprintf("This box searches tickets; find %ss on the %s screen.",
				lower, map[string]string{"user": "Users", "organization": "Organizations", "group": "Tickets (group:)"}[lower]))
		}
	}
	switch field {
	case FieldCreated, FieldUpdated, FieldSolved:
		from, to, err := dateRange(t.op, lower, now)
		if err != nil {
			return Term{}, false, badValue(t.name, fmt.Sprintf("'%s%s%s': %v", t.name, t.op, value, err))
		}
		term.From, term.To = from, to
		return term, false, nil
	case FieldStatus:
		return ordered(term, t.name, lower, statusOrder, false)
	case FieldPriority:
		return ordered(term, t.name, lower, priorityOrder, true)
	case FieldType:
		if t.op != OpEq {
			return Term{}, false, badValue(t.name, fmt.Sprintf("'%s' takes ':' only, for example ticket_type:incident.", t.name))
		}
		return ordered(term, t.name, lower, ticketTypes, true)
	}
	if t.op != OpEq {
		return Term{}, false, badValue(t.name, fmt.Sprintf("'%s' takes ':' only, for example %s.", t.name, example(field)))
	}
	term.Value = lower
	switch field {
	case FieldAssignee, FieldRequester, FieldSubmitter, FieldOrganization, FieldGroup, FieldBrand, FieldForm:
		term.None = lower == "none"
		if id, err := strconv.ParseInt(lower, 10, 64); err == nil && id > 0 {
			term.ID = id
		}
	}
	return term, false, nil
}

// ordered resolves a status, priority or type term to the stored values it matches.
func ordered(term Term, name, v string, order []string, noneOK bool) (Term, bool, error) {
	if noneOK && v == "none" {
		if term.Op != OpEq {
			return Term{}, false, badValue(name, fmt.Sprintf("'%s%snone' compares with nothing; use %s:none.", name, term.Op, name))
		}
		term.None, term.Values = true, []string{""}
		return term, false, nil
	}
	i := indexOf(order, v)
	if i < 0 {
		alt := quoteList(order)
		if noneOK {
			alt += " or none"
		}
		return Term{}, false, badValue(name, fmt.Sprintf("'%s' is not a %s — use %s.", v, strings.TrimPrefix(name, "ticket_"), alt))
	}
	lo, hi := i, i+1
	switch term.Op {
	case OpLT:
		lo, hi = 0, i
	case OpLE:
		lo, hi = 0, i+1
	case OpGT:
		lo, hi = i+1, len(order)
	case OpGE:
		lo, hi = i, len(order)
	}
	term.Values = append([]string{}, order[lo:hi]...)
	return term, false, nil
}

func parseOrder(q *Query, t token) error {
	v := strings.ToLower(strings.TrimSpace(t.value))
	if t.op != OpEq || t.negated {
		return badValue(t.name, fmt.Sprintf("Write %s:%s, with a colon.", t.name, v))
	}
	if q.Order == nil {
		q.Order = &Order{Key: "updated", Desc: true}
	}
	if t.name == "sort" {
		switch v {
		case "asc", "desc":
			q.Order.Desc = v == "desc"
			return nil
		}
		return badValue(t.name, "sort: takes asc or desc.")
	}
	if v == "ticket_type" || v == "type" {
		v = "ticket_type"
	}
	if indexOf(orderKeys, v) < 0 {
		return badValue(t.name, "order_by: takes "+quoteList(orderKeys)+".")
	}
	q.Order.Key = v
	return nil
}

func badValue(keyword, msg string) error {
	return &Error{Kind: ErrBadValue, Keyword: keyword, Message: msg}
}

func example(f Field) string {
	switch f {
	case FieldStatus:
		return "status:open"
	case FieldPriority:
		return "priority:high"
	case FieldCreated, FieldUpdated, FieldSolved:
		return string(f) + ">2026-01-01 or " + string(f) + "<3days"
	case FieldTags:
		return "tags:vip"
	case FieldVia:
		return "via:email"
	case FieldSubject, FieldDescription:
		return string(f) + `:"printer jam"`
	case FieldBrand:
		return `brand:"Main brand"`
	case FieldForm:
		return `form:"Refund request"`
	}
	return string(f) + `:"Jane Doe"`
}
