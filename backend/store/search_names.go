package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// entityKey is a user, organization or group of one integration ("integration:id").
type entityKey struct {
	integ string
	id    int64
}

func (k entityKey) String() string { return k.integ + ":" + strconv.FormatInt(k.id, 10) }

// maxNamed bounds how many people or organizations one name may stand for.
const maxNamed = 20000

// errTooBroad: a name matches more than maxNamed people or organizations.
var errTooBroad = fmt.Errorf("more than %d match", maxNamed)

// namedEntities finds the users, organizations or groups (table) whose name holds every word,
// each at the start of a word of the name ("jane do" finds "Jane Doe"). nearlyWhole also asks
// that the words cover the name but for at most one word of it ("Jane" or "Jane Doe" finds Jane
// Doe; "Jane" does not find "Mary Jane Watson"): free text then finds people by name without
// every common word standing for everyone whose name holds it.
func (r *TicketReader) namedEntities(ctx context.Context, table, integ string, words []string, nearlyWhole bool) ([]entityKey, error) {
	if len(words) == 0 {
		return nil, nil
	}
	conds, args := nameConds(words)
	if nearlyWhole {
		conds = append(conds, `length(trim(name)) - length(replace(trim(name), ' ', '')) <= ?`) // spaces = words - 1
		args = append(args, len(words))
	}
	return r.entityKeys(ctx, table, integ, conds, args)
}

// namedDefinitions finds the brands or ticket forms (kind) whose name holds every word, as
// namedEntities does for groups.
func (r *TicketReader) namedDefinitions(ctx context.Context, kind DefinitionKind, integ string, words []string) ([]entityKey, error) {
	if len(words) == 0 {
		return nil, nil
	}
	conds, args := nameConds(words)
	return r.entityKeys(ctx, "definitions", integ, append(conds, "kind = ?"), append(args, string(kind)))
}

// nameConds asks that a name hold every word, each at the start of a word of the name.
func nameConds(words []string) ([]string, []any) {
	conds := make([]string, 0, len(words)+2)
	args := make([]any, 0, len(words)+2)
	for _, w := range words {
		conds = append(conds, `(' ' || name) LIKE ? ESCAPE '\'`)
		args = append(args, "% "+escapeLike(w)+"%")
	}
	return conds, args
}

// usersByEmail finds users by their email address (any case).
func (r *TicketReader) usersByEmail(ctx context.Context, integ, email string) ([]entityKey, error) {
	return r.entityKeys(ctx, "users", integ, []string{"email = ? COLLATE NOCASE"}, []any{email})
}

func (r *TicketReader) entityKeys(ctx context.Context, table, integ string, conds []string, args []any) ([]entityKey, error) {
	if integ != "" {
		conds, args = append(conds, "integration_id = ?"), append(args, integ)
	}
	// table is one of the fixed names of entityColumns or definitionKinds; conds are fixed fragments.
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT integration_id, id FROM `+table+
		` WHERE `+strings.Join(conds, " AND ")+` LIMIT ?`, append(args, maxNamed+1)...).Rows()
	if err != nil {
		return nil, fmt.Errorf("looking up %s: %w", table, err)
	}
	defer rows.Close()
	var out []entityKey
	for rows.Next() {
		var k entityKey
		if err := rows.Scan(&k.integ, &k.id); err != nil {
			return nil, fmt.Errorf("looking up %s: %w", table, err)
		}
		out = append(out, k)
	}
	if len(out) > maxNamed {
		return nil, fmt.Errorf("looking up %s: %w", table, errTooBroad)
	}
	return out, rows.Err()
}

// keysCond matches tickets whose col is one of keys (an index lookup on col, then the exact
// integration and id pair). No key matches nothing.
func keysCond(col string, keys []entityKey) (string, []any) {
	if len(keys) == 0 {
		return "0", nil
	}
	ids := make([]any, 0, len(keys))
	pairs := make([]any, 0, len(keys))
	seen := map[int64]bool{}
	for _, k := range keys {
		if !seen[k.id] {
			seen[k.id] = true
			ids = append(ids, k.id)
		}
		pairs = append(pairs, k.String())
	}
	return "t." + col + " IN (" + placeholders(len(ids)) + ") AND (t.integration_id || ':' || t." + col + ") IN (" +
		placeholders(len(pairs)) + ")", append(ids, pairs...)
}

// planNames lets free-text words also find tickets by their requester's, assignee's or
// organization's name (or a requester's email), so "Jane Doe" finds her tickets.
func (r *TicketReader) planNames(ctx context.Context, integ string, free []string, p *searchPlan) error {
	var words []string
	for _, f := range free {
		if strings.Contains(f, "@") {
			keys, err := r.usersByEmail(ctx, integ, f)
			if err != nil {
				return err
			}
			p.people = append(p.people, keys...)
			continue
		}
		if !isDigits(f) {
			words = append(words, ftsWords(f)...)
		}
	}
	if len(words) == 0 || len(words) > 4 || len(words) < len(free) {
		return nil
	}
	people, err := r.namedEntities(ctx, "users", integ, words, true)
	if err != nil {
		return nil // a very common name: the words still search the text
	}
	orgs, err := r.namedEntities(ctx, "organizations", integ, words, true)
	if err != nil {
		return nil
	}
	p.people = append(p.people, people...)
	p.orgs = orgs
	return nil
}

// integrationIDs lists the integrations that hold tickets (one index seek each), or just integ.
func (r *TicketReader) integrationIDs(ctx context.Context, integ string) ([]string, error) {
	if integ != "" {
		return []string{integ}, nil
	}
	var out []string
	err := r.db.Read().WithContext(ctx).Raw(`WITH RECURSIVE i(x) AS (
		SELECT min(integration_id) FROM tickets
		UNION ALL SELECT (SELECT min(integration_id) FROM tickets WHERE integration_id > i.x) FROM i WHERE i.x IS NOT NULL
	) SELECT x FROM i WHERE x IS NOT NULL`).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("listing integrations: %w", err)
	}
	return out, nil
}
