// Package export writes what Zensync stores to files another program can read: the ticket list
// as CSV or JSON Lines, a ticket or Help Center content as one self-contained HTML file, and a
// whole integration as a folder of JSON Lines files with a manifest. Every writer streams rows
// from the store to a buffered file and writes to a temporary name that is renamed only when
// the export is complete, so a failed or cancelled export leaves nothing at the target.
package export

import (
	"context"

	"zensync/backend/store"
)

// Source is what the exporters read: the store's own list and page queries (StoreSource), so an
// export shows exactly what the screens show.
type Source interface {
	// Tickets answers a page of the list; exports use it only for the total (Limit 1).
	Tickets(ctx context.Context, q store.TicketQuery) (store.TicketPage, error)
	// EachTicket streams every ticket of the list q describes, in the list's order.
	EachTicket(ctx context.Context, q store.TicketQuery, fn func(store.TicketRow) error) error
	Ticket(ctx context.Context, integrationID string, id int64) (store.TicketDetail, error)
	Article(ctx context.Context, integrationID string, id int64) (store.ArticleView, error)
	HelpCenter(ctx context.Context, integrationID string) (store.HelpCenterTree, error)
	CountRecords(ctx context.Context, integrationID, table string) (int64, error)
	EachRecord(ctx context.Context, integrationID, table string, fn func(cols []string, vals []any) error) error
	SchemaVersion(ctx context.Context) (int, error)
}

// StoreSource is the Source over the store's readers: tickets and records, and the Help Center.
type StoreSource struct {
	*store.TicketReader
	*store.HelpCenterReader
}

var _ Source = StoreSource{}
