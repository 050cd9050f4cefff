package emulator

import (
	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/control"
	"zensync/backend/emulator/gate"
	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
	"zensync/backend/zendesk/wire"
)

// The emulator re-exports the names of its parts that its callers use (the tests of the app,
// the client, the syncer and the benchmarks), so they import only this package. A name no
// caller uses stays in its part.
type (
	// Records with the REST API's field names (packages wire and record).
	Via     = wire.Via
	Ticket  = record.Ticket
	Comment = record.Comment
	User    = wire.User
	// TicketChange is what a committed ticket write reports to the webhooks half.
	TicketChange = record.TicketChange

	// SeedConfig says what an account is seeded with (package seed).
	SeedConfig = seed.Config

	// Fault is an injected failure and RateLimits an account's limits (package gate).
	Fault      = gate.Fault
	RateLimits = gate.RateLimits

	// Principal is who an API request acts as, after its bearer token was checked (package auth).
	Principal = auth.Principal
	// ControlState is an account's state as the control API shows it (package control).
	ControlState = control.State
)

const (
	// Kinds of ticket change.
	TicketCreated = record.TicketCreated
	TicketUpdated = record.TicketUpdated

	// The kinds of injected fault.
	FaultStatus    = gate.FaultStatus
	FaultDelay     = gate.FaultDelay
	FaultMalformed = gate.FaultMalformed
	FaultDrop      = gate.FaultDrop

	// DefaultPassword is the sign-in password of every seeded user unless SeedConfig.Password
	// says otherwise.
	DefaultPassword = seed.DefaultPassword
)
