// Package record names the Zendesk records the emulator serves (tickets, comments, users,
// organizations, groups, definition lists), which are described once in package
// backend/zendesk/wire for the client and the emulator, and holds the hand-rolled JSON encoder
// used for the ones served in bulk.
package record

import "zensync/backend/zendesk/wire"

// The records served as they are: the via object, custom field values, attachments, people,
// and the definition lists (ticket fields, forms, brands, user and organization fields).
type (
	Via         = wire.Via
	ViaSource   = wire.ViaSource
	ViaParty    = wire.ViaParty
	CustomField = wire.CustomField
	Attachment  = wire.Attachment

	User         = wire.User
	Organization = wire.Organization
	Group        = wire.Group

	FieldOption = wire.FieldOption
	FieldHead   = wire.FieldHead
	TicketField = wire.TicketField
	TicketForm  = wire.TicketForm
	Brand       = wire.Brand
	PersonField = wire.PersonField
)

// Ticket is a Zendesk ticket (package wire's), encoded by the fast encoder (json_append.go).
type Ticket wire.Ticket

// Comment is a ticket comment (package wire's; the first one is the ticket's description),
// encoded by the fast encoder.
type Comment wire.Comment
