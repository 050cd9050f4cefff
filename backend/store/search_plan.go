package store

import (
	"context"
	"math"
	"strconv"
	"strings"
	"unicode"

	"zensync/backend/search"
)

// searchPlan is a parsed search (backend/search) turned into SQL over tickets aliased t. Every
// value is a bound parameter; the SQL text holds only fixed fragments and placeholders.
type searchPlan struct {
	conds []string // AND-ed conditions
	args  []any
	words []string // full-text words every match must contain (FTS5, as MatchQuery)
	// Tickets also match (besides the words) when a requester/assignee or the organization is
	// named by the free text (issue 14.8), or when the free text is the ticket number.
	people, orgs []entityKey
	number       int64
	order        *search.Order
}

// hasText says whether the plan needs the full-text path (searchTickets).
func (p searchPlan) hasText() bool { return len(p.words) > 0 }

// planSearch turns a parsed search into a plan, looking up the people, organizations and groups
// it names. integ narrows those look-ups to one integration ("" = all).
func (r *TicketReader) planSearch(ctx context.Context, integ string, sq search.Query) (searchPlan, error) {
	p := searchPlan{order: sq.Order}
	var groups orGroups
	for _, t := range sq.Terms {
		cond, args, err := r.termCond(ctx, integ, t)
		if err != nil {
			return searchPlan{}, err
		}
		switch {
		case t.Negated:
			p.add("NOT ("+cond+")", args...)
		case t.Op == search.OpEq && orable(t.Field):
			groups.add(t.Field, cond, args)
		default:
			p.add(cond, args...)
		}
		if !t.Negated && (t.Field == search.FieldSubject || t.Field == search.FieldDescription) {
			p.words = append(p.words, ftsWords(t.Value)...)
		}
	}
	for _, g := range groups {
		p.add("("+strings.Join(g.conds, " OR ")+")", g.args...)
	}
	return p, r.planText(ctx, integ, sq.Text, &p)
}

// orable fields OR their repeated equality terms (status:open status:pending), as Zendesk does;
// text and date terms always narrow.
func orable(f search.Field) bool {
	switch f {
	case search.FieldSubject, search.FieldDescription, search.FieldCreated, search.FieldUpdated, search.FieldSolved:
		return false
	}
	return true
}

// orGroups collects equality terms per field, in the order fields first appear.
type orGroups []struct {
	field search.Field
	conds []string
	args  []any
}

func (g *orGroups) add(f search.Field, cond string, args []any) {
	for i := range *g {
		if (*g)[i].field == f {
			(*g)[i].conds = append((*g)[i].conds, cond)
			(*g)[i].args = append((*g)[i].args, args...)
			return
		}
	}
	*g = append(*g, struct {
		field search.Field
		conds []string
		args  []any
	}{f, []string{cond}, args})
}

func (p *searchPlan) add(cond string, args ...any) {
	p.conds = append(p.conds, cond)
	p.args = append(p.args, args...)
}

// planText adds the free text: words to the full-text match and to the name look-up, phrases
// checked as written, exclusions as NOT conditions.
func (r *TicketReader) planText(ctx context.Context, integ string, texts []search.Text, p *searchPlan) error {
	var free []string
	wordsLead := len(p.words) > 0 // the full-text path: candidates come from the index
	for _, t := range texts {
		wordsLead = wordsLead || (!t.Negated && len(ftsWords(t.Value)) > 0)
	}
	for _, t := range texts {
		words := ftsWords(t.Value)
		switch {
		case t.Negated && t.Phrase:
			p.add("NOT "+phraseCond, phraseArgs(t.Value)...)
		case t.Negated && len(words) > 0:
			m := ftsExpr(words, false)
			if wordsLead {
				p.add(withoutWordsPerTicket, m, m)
			} else {
				p.add(withoutWordsCond, m, m)
			}
		case t.Negated: // nothing searchable to exclude
		case t.Phrase:
			p.words = append(p.words, words...)
			p.add(phraseCond, phraseArgs(t.Value)...)
		default:
			if len(words) == 0 && !strings.ContainsRune(t.Value, '@') {
				p.add("0") // a word with nothing searchable in it ("?!") matches nothing
			}
			p.words = append(p.words, words...)
			free = append(free, t.Value)
		}
	}
	if len(p.words) > maxSearchTerms {
		p.words = p.words[:maxSearchTerms]
	}
	if len(free) == 1 && isDigits(free[0]) && len(texts) == 1 {
		p.number, _ = strconv.ParseInt(free[0], 10, 64)
	}
	return r.planNames(ctx, integ, free, p)
}

// withoutWordsCond excludes, for the list path, tickets whose subject, description or a comment holds the words.
const withoutWordsCond = `t.pk NOT IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)
	AND (t.integration_id, t.id) NOT IN (SELECT c.integration_id, c.ticket_id FROM comments_fts
	JOIN comments c ON c.pk = comments_fts.rowid WHERE comments_fts MATCH ?)`

// withoutWordsPerTicket is withoutWordsCond for the full-text path, where the candidates are
// few and the excluded word may be common: the index's matches are read once (rowids only) and
// each candidate's comments are looked up by ticket.
const withoutWordsPerTicket = `t.pk NOT IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)
	AND NOT EXISTS (SELECT 1 FROM comments xc WHERE xc.integration_id = t.integration_id AND xc.ticket_id = t.id
	AND xc.pk IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?))`

// phraseCond matches an exact phrase in the subject, the description or a comment (the index
// keeps no positions, so the words narrow the candidates and this checks them).
const phraseCond = `(t.subject LIKE ? ESCAPE '\' OR t.description LIKE ? ESCAPE '\' OR EXISTS (SELECT 1 FROM comments pc
	WHERE pc.integration_id = t.integration_id AND pc.ticket_id = t.id AND pc.body LIKE ? ESCAPE '\'))`

func phraseArgs(phrase string) []any {
	like := "%" + escapeLike(strings.TrimSpace(phrase)) + "%"
	return []any{like, like, like}
}

// ftsWords splits text where the FTS5 unicode61 tokenizer splits.
func ftsWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// dateCond is a created/updated range; open ends are left out.
func dateCond(col string, from, to int64) (string, []any) {
	var conds []string
	var args []any
	if from != math.MinInt64 {
		conds, args = append(conds, col+" >= ?"), append(args, from)
	}
	if to != math.MaxInt64 {
		conds, args = append(conds, col+" < ?"), append(args, to)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}
