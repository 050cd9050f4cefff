package record

import "time"

// TicketChangeKind says what happened to a ticket, so the webhook half can produce the
// event-subscribed payloads Zendesk would send (ZENDESK_API.md §8).
type TicketChangeKind string

const (
	TicketCreated     TicketChangeKind = "created"
	TicketUpdated     TicketChangeKind = "updated"
	TicketMerged      TicketChangeKind = "merged"
	TicketSoftDeleted TicketChangeKind = "soft_deleted"
)

// TicketChange is reported by the data half after every ticket write is committed.
// Before is nil for a created ticket. Comment is the comment added by this write, if any.
type TicketChange struct {
	Kind    TicketChangeKind
	Before  *Ticket
	After   *Ticket
	Comment *Comment
	ActorID int64
	At      time.Time
}
