package record

import "zensync/backend/zendesk/wire"

// Definition lists (Zendesk's Ticket Fields, Ticket Forms, Brands, User Fields and Organization
// Fields APIs' records) are described once, in package wire, for the client and the emulator.
type (
	FieldOption = wire.FieldOption
	FieldHead   = wire.FieldHead
	TicketField = wire.TicketField
	TicketForm  = wire.TicketForm
	Brand       = wire.Brand
	PersonField = wire.PersonField
)
