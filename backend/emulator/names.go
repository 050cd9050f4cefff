package emulator

import (
	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/gate"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
)

// The emulator re-exports the names of its parts so callers and its own code stay short: the
// records (package record), the principal (auth), JSON errors (internal/httpjson), faults and
// rate limits (gate).
type (
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
)

// APIError is an error answered with Zendesk's error body.
type APIError = httpjson.APIError

// Principal is who an API request acts as, after its bearer token was checked (package auth).
type Principal = auth.Principal

// TicketChange is what a committed ticket write reports to the webhooks half (package record).
type (
	TicketChange     = record.TicketChange
	TicketChangeKind = record.TicketChangeKind
)

// The kinds of ticket change.
const (
	TicketCreated     = record.TicketCreated
	TicketUpdated     = record.TicketUpdated
	TicketMerged      = record.TicketMerged
	TicketSoftDeleted = record.TicketSoftDeleted
)

// Faults and rate limits live in package gate.
type (
	Fault      = gate.Fault
	FaultKind  = gate.FaultKind
	RateLimits = gate.RateLimits
)

// The kinds of injected fault.
const (
	FaultStatus    = gate.FaultStatus
	FaultDelay     = gate.FaultDelay
	FaultMalformed = gate.FaultMalformed
	FaultDrop      = gate.FaultDrop
)

// Seeding lives in package seed.
type (
	SeedConfig  = seed.Config
	Category    = seed.Category
	Section     = seed.Section
	Article     = seed.Article
	Translation = seed.Translation
)

// DefaultPassword is the sign-in password of every seeded user unless SeedConfig.Password says
// otherwise.
const DefaultPassword = seed.DefaultPassword
