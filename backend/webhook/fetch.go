package webhook

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"zensync/backend/convert"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// maxCommentFetches bounds the conversations read per pass for new tickets; a burst beyond it is
// left to the next sync, so a flood of created tickets cannot use up the account's rate limit.
const maxCommentFetches = 20

// fetchMissing reads, with show_many, the tickets whose events lack their detail, and adds them
// to the batch. A ticket show_many no longer returns is marked deleted.
//
// A ticket.created event carries the ticket but not its first comment (the description as the
// conversation shows it): its comments are read too, best effort (a failure leaves them to sync).
func (p *Processor) fetchMissing(ctx context.Context, pl *plan, failed map[int64]string) {
	ids := slices.Sorted(maps.Keys(pl.fetch))
	fail := func(chunk []int64, err error) {
		for _, t := range chunk {
			for _, row := range pl.fetch[t] {
				failed[row] = err.Error()
			}
		}
	}
	if p.deps.Client == nil {
		fail(ids, fmt.Errorf("cannot fetch tickets: no Zendesk client"))
		return
	}
	in, err := p.deps.Integrations.Get(ctx, pl.batch.IntegrationID)
	if err != nil {
		fail(ids, fmt.Errorf("cannot fetch tickets: %w", err))
		return
	}
	c, err := p.deps.Client(ctx, in)
	if err != nil {
		fail(ids, err)
		return
	}
	p.fetchConversations(ctx, c, pl)
	for chunk := range slices.Chunk(ids, zendesk.MaxShowMany) {
		tickets, err := c.ShowTickets(ctx, chunk)
		if err != nil {
			fail(chunk, err)
			continue
		}
		got := map[int64]bool{}
		for _, t := range tickets {
			got[t.ID] = true
			waiting := pl.fetch[t.ID]
			pl.tickets = append(pl.tickets, candidate{rec: convert.Ticket(&t), at: p.now(), inboxID: slices.Max(append([]int64{0}, waiting...))})
		}
		for _, t := range chunk {
			if !got[t] {
				pl.deleted = append(pl.deleted, t)
			}
			pl.done = append(pl.done, pl.fetch[t]...)
		}
	}
}

// fetchConversations adds the comments of newly created tickets to the batch.
func (p *Processor) fetchConversations(ctx context.Context, c *zendesk.Client, pl *plan) {
	for i, ticketID := range pl.created {
		if i == maxCommentFetches {
			p.log.Info("comments of new tickets left to the next sync", "count", len(pl.created)-i)
			return
		}
		comments, err := c.TicketComments(ctx, ticketID)
		if err != nil {
			p.log.Info("comments of a new ticket left to the next sync", "ticket_id", ticketID, "err", err)
			continue
		}
		for _, cm := range comments {
			pl.batch.Comments = append(pl.batch.Comments, store.CommentRecord{ID: cm.ID, TicketID: ticketID,
				AuthorID: cm.AuthorID, Public: cm.Public, Body: firstNonEmpty(cm.PlainBody, cm.Body), HTMLBody: cm.HTMLBody,
				CreatedAt: cm.CreatedAt.UTC(), Attachments: convert.Attachments(cm.Attachments)})
		}
	}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
