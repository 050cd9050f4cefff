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

// Comments from the API carry Zendesk's HTML: it replaces an HTML made from a webhook event's
// plain body.
var commentTable = newTable(upsertSpec{
	table: "comments", key: "id",
	only: "html_body",
	when: "comments.html_body <> excluded.html_body",
}, func(r *rowBuf, c *CommentRecord) {
	r.Int("id", c.ID)
	r.Int("ticket_id", c.TicketID)
	r.Int("author_id", c.AuthorID)
	r.Bool("public", c.Public)
	r.Str("body", c.Body)
	r.Str("html_body", c.HTMLBody)
	r.Int("created_at", unix(c.CreatedAt))
})

// comments inserts comments not stored yet; a comment's text never changes once written, and
// only its HTML is upgraded from a plain-body copy to the API's (see CommentRecord).
func (w *batchWriter) comments(cs []CommentRecord) (int, error) {
	var fromAPI, fromBody []CommentRecord
	for i := range cs {
		if cs[i].HTMLFromBody {
			fromBody = append(fromBody, cs[i])
		} else {
			fromAPI = append(fromAPI, cs[i])
		}
	}
	if len(fromBody) == 0 {
		fromAPI = cs // the common case (a sync page) copies nothing
	}
	n, err := w.apiComments(fromAPI)
	if err != nil {
		return n, err
	}
	// A webhook's comment never replaces a stored one: skipping a stored key is its DO NOTHING.
	m, err := commentTable.insertFresh(w, fromBody)
	n += m
	if err != nil {
		return n, err
	}
	if err := w.attachments(cs); err != nil {
		return n, err
	}
	return n, w.markMerges(cs)
}

// apiComments writes comments from the API: those not stored yet are inserted plainly (see
// insertFresh), and only when the insert skipped some (stored already, or repeated in cs) are
// those upserted after it with commentTable's newer, in their order, as one upsert of cs would.
func (w *batchWriter) apiComments(cs []CommentRecord) (int, error) {
	if len(cs) == 0 {
		return 0, nil
	}
	// New rows get pks above the highest (INTEGER PRIMARY KEY); lastPKs read it, and nothing in
	// the batch writes comments before this.
	top := w.commentPK
	n, err := commentTable.insertFresh(w, cs)
	if err != nil || n == len(cs) {
		return n, err
	}
	inserted := make(map[int64]bool, n)
	rows, err := w.tx.QueryContext(w.ctx, `SELECT id FROM comments WHERE pk > ?`, top)
	if err != nil {
		return n, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return n, err
		}
		inserted[id] = true
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	rows.Close()
	var skipped []CommentRecord
	for i := range cs {
		if inserted[cs[i].ID] {
			delete(inserted, cs[i].ID) // the first copy was inserted; a repeat was skipped
			continue
		}
		skipped = append(skipped, cs[i])
	}
	m, err := commentTable.write(w, commentTable.insert, commentTable.newer, skipped)
	return n + m, err
}

// markMerges records the target of Zendesk's merge comments on the merged ticket.
func (w *batchWriter) markMerges(cs []CommentRecord) error {
	for i := range cs {
		if !strings.Contains(cs[i].Body, "merged into") {
			continue
		}
		if into := MergedIntoFromText(cs[i].Body); into != 0 {
			if _, err := w.tx.ExecContext(w.ctx, `UPDATE tickets SET merged_into = ? WHERE integration_id = ? AND id = ? AND merged_into = 0`,
				into, w.integ, cs[i].TicketID); err != nil {
				return err
			}
		}
	}
	return nil
}
