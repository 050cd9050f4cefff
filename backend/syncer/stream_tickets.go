package syncer

import (
	"context"
	"strconv"
	"time"

	"zensync/backend/convert"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Stream names, as stored in sync_state and shown in the status.
const (
	StreamTickets       = "tickets"
	StreamComments      = "comments"
	StreamUsers         = "users"
	StreamOrganizations = "organizations"
	StreamHelpCenter    = "help_center"
)

// ticketStream is the cursor ticket export with users, groups and organizations side-loaded.
type ticketStream struct{ r *run }

func (ticketStream) name() string                 { return StreamTickets }
func (ticketStream) fresh(string, time.Time) bool { return false }

func (s ticketStream) fetch(ctx context.Context, c *zendesk.Client, cp string) (page, error) {
	return s.r.fetchPhased(ctx, StreamTickets, c, cp, s.fetchFrom)
}

// fetchFrom fetches the export page at cursor cp, or the first one from start when cp is "".
func (s ticketStream) fetchFrom(ctx context.Context, c *zendesk.Client, cp string, start int64) (page, error) {
	from := zendesk.ExportStart{Cursor: cp, PerPage: s.r.s.o.PageSize}
	if cp == "" {
		from.StartTime = start
	}
	ex, err := c.ExportTickets(ctx, from)
	if err != nil {
		return page{}, err
	}
	p := page{next: ex.AfterCursor, done: ex.EndOfStream, records: len(ex.Tickets)}
	if p.next == "" {
		p.next = cp
	}
	b := &p.batch
	b.Tickets = make([]store.TicketRecord, len(ex.Tickets))
	for i := range ex.Tickets {
		b.Tickets[i] = convert.Ticket(&ex.Tickets[i])
	}
	if n := len(ex.Tickets); n > 0 {
		last := ex.Tickets[n-1]
		p.position = last.UpdatedAt
		if last.GeneratedTimestamp > 0 {
			p.position = time.Unix(last.GeneratedTimestamp, 0)
		}
	}
	b.Tickets = keepCreatedSince(b.Tickets, s.r.createdSince, func(t *store.TicketRecord) time.Time { return t.CreatedAt })
	for i := range ex.Users {
		b.Users = append(b.Users, convert.User(&ex.Users[i]))
	}
	for i := range ex.Organizations {
		b.Organizations = append(b.Organizations, convert.Organization(&ex.Organizations[i]))
	}
	for i := range ex.Groups {
		b.Groups = append(b.Groups, convert.Group(&ex.Groups[i]))
	}
	return p, nil
}

// commentStream is the time-based ticket events export with comment events: comments in bulk.
type commentStream struct{ r *run }

func (commentStream) name() string { return StreamComments }

func (s commentStream) fresh(cp string, now time.Time) bool { return timeFresh(cp, now) }

func (s commentStream) fetch(ctx context.Context, c *zendesk.Client, cp string) (page, error) {
	return s.r.fetchPhased(ctx, StreamComments, c, cp, s.fetchFrom)
}

// fetchFrom fetches the events from time checkpoint cp, or from `from` when cp is "".
func (s commentStream) fetchFrom(ctx context.Context, c *zendesk.Client, cp string, from int64) (page, error) {
	start := from
	if v, err := strconv.ParseInt(cp, 10, 64); err == nil && cp != "" {
		start = v
	}
	ex, err := c.ExportTicketEvents(ctx, start)
	if err != nil {
		return page{}, err
	}
	p := page{next: formatTime(ex.EndTime, start), done: ex.EndOfStream || len(ex.TicketEvents) == 0,
		position: time.Unix(ex.EndTime, 0)}
	p.batch.Comments = convert.Comments(ex.TicketEvents)
	p.records = len(p.batch.Comments)
	return p, nil
}
