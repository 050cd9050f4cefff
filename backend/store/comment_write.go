package store

import (
	"regexp"
	"strconv"
)

var mergedIntoRE = regexp.MustCompile(`(?i)merged into (?:request|ticket) #(\d+)`)

// MergedIntoFromText finds the target id in Zendesk's merge comment ("… was closed and merged
// into request #456."), or returns 0.
func MergedIntoFromText(body string) int64 {
	m := mergedIntoRE.FindStringSubmatch(body)
	if m == nil {
		return 0
	}
	id, _ := strconv.ParseInt(m[1], 10, 64)
	return id
}

const commentInsert = `INSERT INTO comments (integration_id, id, ticket_id, author_id, public, body, html_body, created_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(integration_id, id) DO NOTHING`

// comments inserts comments not stored yet; comments never change once written.
func (w *batchWriter) comments(cs []CommentRecord) (int, error) {
	n, err := w.each(commentInsert, len(cs), func(i int) []any {
		c := &cs[i]
		return []any{w.integ, c.ID, c.TicketID, c.AuthorID, boolInt(c.Public), c.Body, c.HTMLBody, unix(c.CreatedAt)}
	})
	if err != nil {
		return n, err
	}
	for i := range cs {
		if into := MergedIntoFromText(cs[i].Body); into != 0 {
			if _, err := w.tx.ExecContext(w.ctx, `UPDATE tickets SET merged_into = ? WHERE integration_id = ? AND id = ? AND merged_into = 0`,
				into, w.integ, cs[i].TicketID); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}
