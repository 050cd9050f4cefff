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

var commentInsert = insertInto("comments", "integration_id, id, ticket_id, author_id, public, body, html_body, created_at")

// Comments from the API carry Zendesk's HTML: it replaces an HTML made from a webhook event's
// plain body. A webhook's comment never replaces what is stored.
const (
	commentFromAPI  = " ON CONFLICT(integration_id, id) DO UPDATE SET html_body = excluded.html_body WHERE comments.html_body <> excluded.html_body"
	commentFromBody = " ON CONFLICT(integration_id, id) DO NOTHING"
)

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
	n, err := w.writeComments(fromAPI, commentFromAPI)
	if err != nil {
		return n, err
	}
	m, err := w.writeComments(fromBody, commentFromBody)
	n += m
	if err != nil {
		return n, err
	}
	if err := w.attachments(cs); err != nil {
		return n, err
	}
	return n, w.markMerges(cs)
}

func (w *batchWriter) writeComments(cs []CommentRecord, onConflict string) (int, error) {
	return w.writeRows(commentInsert, 3, onConflict, len(cs), func(i int, r *rowBuf) {
		c := &cs[i]
		r.Int(c.ID)
		r.Int(c.TicketID)
		r.Int(c.AuthorID)
		r.Bool(c.Public)
		r.Str(c.Body)
		r.Str(c.HTMLBody)
		r.Int(unix(c.CreatedAt))
	})
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
