package syncer

import (
	"context"
	"fmt"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// FetchComments fetches one ticket's conversation now, from the ticket comments endpoint, and
// stores it: for a ticket the admin opens before the comment stream has reached it (a first
// sync walks the recent days first, then the history). It is an interactive call: it spends the
// share of the account's limit that syncs leave free, not the syncs' budget. It returns how many
// comments it stored; what the comment stream brings later changes nothing (same ids).
func (s *Syncer) FetchComments(ctx context.Context, integrationID string, ticketID int64) (int, error) {
	in, err := s.o.Integrations.Get(ctx, integrationID)
	if err != nil {
		return 0, err
	}
	c, err := s.o.Clients.Client(ctx, in)
	if err != nil {
		return 0, err
	}
	comments, err := c.TicketComments(ctx, ticketID)
	if err != nil {
		return 0, fmt.Errorf("fetching ticket %d's comments: %w", ticketID, err)
	}
	b := store.Batch{IntegrationID: integrationID, Comments: commentRecords(ticketID, comments)}
	if _, err := s.o.Records.Apply(ctx, b); err != nil {
		return 0, fmt.Errorf("saving ticket %d's comments: %w", ticketID, err)
	}
	return len(b.Comments), nil
}

// commentRecords converts the comments endpoint's answer for one ticket.
func commentRecords(ticketID int64, cs []zendesk.Comment) []store.CommentRecord {
	out := make([]store.CommentRecord, len(cs))
	for i, c := range cs {
		body := c.PlainBody
		if body == "" {
			body = c.Body
		}
		out[i] = store.CommentRecord{ID: c.ID, TicketID: ticketID, AuthorID: c.AuthorID, Public: c.Public,
			Body: body, HTMLBody: c.HTMLBody, CreatedAt: c.CreatedAt}
	}
	return out
}
