package export

import (
	"context"
	"fmt"

	"zensync/backend/store"
)

// Format is a ticket list export's file format.
type Format string

// The list formats.
const (
	FormatCSV   Format = "csv"
	FormatJSONL Format = "jsonl"
)

// rowWriter writes ticket list rows in one format.
type rowWriter interface {
	Begin() error
	Write(store.TicketRow) error
	End() error
}

// TicketList writes every ticket of the list q describes (filters, search and sort as the
// Tickets screen shows them) to target in format f, streaming, and returns how many it wrote.
// On any error, or when ctx is cancelled, nothing is left at target.
func TicketList(ctx context.Context, src Source, q store.TicketQuery, f Format, target string, progress Progress) (int64, error) {
	page, err := src.Tickets(ctx, withLimit(q, 1))
	if err != nil {
		return 0, fmt.Errorf("counting the list: %w", err)
	}
	out, err := createAtomic(target)
	if err != nil {
		return 0, err
	}
	defer out.Abort()
	var w rowWriter
	switch f {
	case FormatCSV:
		w = newCSVTickets(out)
	case FormatJSONL:
		w = newJSONLTickets(out)
	default:
		return 0, fmt.Errorf("export format %q: %w", f, ErrBadRequest)
	}
	tr := newTracker(ctx, progress, page.Total)
	if err := w.Begin(); err != nil {
		return 0, fmt.Errorf("writing %s: %w", target, err)
	}
	err = src.EachTicket(ctx, q, func(t store.TicketRow) error {
		if err := w.Write(t); err != nil {
			return fmt.Errorf("writing %s: %w", target, err)
		}
		return tr.add()
	})
	if err == nil {
		err = ctx.Err() // a cancel after the last row still cancels
	}
	if err == nil {
		err = w.End()
	}
	if err != nil {
		return tr.done, err
	}
	if err := out.Commit(); err != nil {
		return tr.done, err
	}
	tr.finish()
	return tr.done, nil
}

func withLimit(q store.TicketQuery, n int) store.TicketQuery {
	q.Limit, q.Offset = n, 0
	return q
}
