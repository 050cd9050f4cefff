package store

import (
	"regexp"
	"strconv"
	"strings"
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

const commentInsert = `INSERT INTO comments (integration_id, id, ticket_id, author_id, public, body, html_body, created_at)`

// comments inserts comments not stored yet; comments never change once written.
func (w *batchWriter) comments(cs []CommentRecord) (int, error) {
	n, err := w.multi(commentInsert, 3, " ON CONFLICT(integration_id, id) DO NOTHING", len(cs), func(i int, r *rowBuf) {
		c := &cs[i]
		r.Str(w.integ)
		r.Int(c.ID)
		r.Int(c.TicketID)
		r.Int(c.AuthorID)
		r.Bool(c.Public)
		r.Str(c.Body)
		r.Str(c.HTMLBody)
		r.Int(unix(c.CreatedAt))
	})
	if err != nil {
		return n, err
	}
	if err := w.attachments(cs); err != nil {
		return n, err
	}
	for i := range cs {
		if !strings.Contains(cs[i].Body, "merged into") {
			continue
		}
		if into := MergedIntoFromText(cs[i].Body); into != 0 {
			if _, err := w.tx.ExecContext(w.ctx, `UPDATE tickets SET merged_into = ? WHERE integration_id = ? AND id = ? AND merged_into = 0`,
				into, w.integ, cs[i].TicketID); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}
