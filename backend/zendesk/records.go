package zendesk

import "zensync/backend/zendesk/wire"

// The records the client reads and writes are described once, in package wire, for the client
// and the emulator; the contract tests check them against Zendesk's recorded answers.
type (
	// Tickets (ZENDESK_API.md §5): a ticket, its custom field values, its comments, their
	// attachments and the via object.
	Ticket      = wire.Ticket
	CustomField = wire.CustomField
	Comment     = wire.Comment
	Attachment  = wire.Attachment
	Via         = wire.Via

	// People (ZENDESK_API.md §5).
	User         = wire.User
	Organization = wire.Organization
	Group        = wire.Group

	// Definition lists: ticket fields, forms, brands, user and organization fields.
	FieldOption = wire.FieldOption
	FieldHead   = wire.FieldHead
	TicketField = wire.TicketField
	TicketForm  = wire.TicketForm
	Brand       = wire.Brand
	PersonField = wire.PersonField

	// Help Center categories, sections, articles and article attachments.
	HCCategory          = wire.HCCategory
	HCSection           = wire.HCSection
	HCArticle           = wire.HCArticle
	HCArticleAttachment = wire.HCArticleAttachment

	// Webhooks (ZENDESK_API.md §8).
	Webhook = wire.Webhook
)
