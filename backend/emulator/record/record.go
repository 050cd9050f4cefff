// Package record holds the records the emulator serves in bulk, tickets and comments (package
// backend/zendesk/wire's, which describes every record once for the client and the emulator),
// with their hand-rolled JSON encoder, and the TicketChange a committed ticket write reports.
package record

import "zensync/backend/zendesk/wire"

// Ticket is a Zendesk ticket (package wire's), encoded by the fast encoder (json_append.go).
type Ticket wire.Ticket

// Comment is a ticket comment (package wire's; the first one is the ticket's description),
// encoded by the fast encoder.
type Comment wire.Comment
