package emulator

import (
	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/control"
	"zensync/backend/emulator/gate"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
)

// The emulator re-exports the names of its parts, so callers import only this package and its
// own code stays short.
type (
	// Records with the REST API's field names (package record).
	Via          = record.Via
	ViaSource    = record.ViaSource
	ViaParty     = record.ViaParty
	CustomField  = record.CustomField
	Ticket       = record.Ticket
	Attachment   = record.Attachment
	Comment      = record.Comment
	User         = record.User
	Organization = record.Organization
	Group        = record.Group
	// TicketChange is what a committed ticket write reports to the webhooks half.
	TicketChange     = record.TicketChange
	TicketChangeKind = record.TicketChangeKind

	// Seeding and the Help Center records (package seed).
	SeedConfig  = seed.Config
	Category    = seed.Category
	Section     = seed.Section
	Article     = seed.Article
	Translation = seed.Translation

	// Fault is an injected failure and RateLimits an account's limits (package gate).
	Fault      = gate.Fault
	FaultKind  = gate.FaultKind
	RateLimits = gate.RateLimits

	// ControlState is an account's state as the control API shows it (package control).
	ControlState = control.State

	// Principal is who an API request acts as, after its bearer token was checked (package auth).
	Principal = auth.Principal
	// APIError is an error answered with Zendesk's error body.
	APIError = httpjson.APIError
)

const (
	// The kinds of ticket change.
	TicketCreated     = record.TicketCreated
	TicketUpdated     = record.TicketUpdated
	TicketMerged      = record.TicketMerged
	TicketSoftDeleted = record.TicketSoftDeleted

	// The kinds of injected fault.
	FaultStatus    = gate.FaultStatus
	FaultDelay     = gate.FaultDelay
	FaultMalformed = gate.FaultMalformed
	FaultDrop      = gate.FaultDrop

	// DefaultPassword is the sign-in password of every seeded user unless SeedConfig.Password
	// says otherwise.
	DefaultPassword = seed.DefaultPassword
)
