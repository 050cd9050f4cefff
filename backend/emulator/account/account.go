// Package account is one emulated account's data: its seeded records (seed), the overlay of
// ticket writes (tickets.Store), the Help Center switch and the account's clock, all under one
// lock. Ticket writes are committed here and then reported to the function given to
// OnTicketChange (the webhooks half), outside the lock.
package account

import (
	"log/slog"
	"strings"
	"sync"
	"time"

	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
	"zensync/backend/emulator/tickets"
	"zensync/backend/zendesk/wire"
)

// Config is what an account is made from.
type Config struct {
	Subdomain     string
	ID            int64
	Logger        *slog.Logger
	Clock         func() time.Time // the server clock; the account adds its own offset
	TokenLifetime time.Duration
	Seed          seed.Config
}

// Account is one emulated Zendesk account's data. Readers that need several things consistent
// take RLock and use the *Locked accessors; everything else locks by itself.
type Account struct {
	subdomain     string
	id            int64
	logger        *slog.Logger
	clock         func() time.Time
	tokenLifetime time.Duration
	onChange      func(record.TicketChange)

	mu          sync.RWMutex
	ds          *seed.Dataset
	store       *tickets.Store
	hcEnabled   bool
	clockOffset time.Duration
}

// New seeds a new account.
func New(cfg Config) *Account {
	a := &Account{subdomain: cfg.Subdomain, id: cfg.ID, logger: cfg.Logger, clock: cfg.Clock,
		tokenLifetime: cfg.TokenLifetime, onChange: func(record.TicketChange) {}}
	a.Reseed(cfg.Seed)
	return a
}

// OnTicketChange sets what every committed ticket write is reported to; f must not block. Call
// it before the account serves requests.
func (a *Account) OnTicketChange(f func(record.TicketChange)) { a.onChange = f }

// RLock takes the account's read lock, for readers that use the *Locked accessors.
func (a *Account) RLock() { a.mu.RLock() }

// RUnlock releases the read lock.
func (a *Account) RUnlock() { a.mu.RUnlock() }

// DataLocked is the seeded dataset; the caller holds RLock.
func (a *Account) DataLocked() *seed.Dataset { return a.ds }

// StoreLocked is the ticket overlay; the caller holds RLock.
func (a *Account) StoreLocked() *tickets.Store { return a.store }

// HelpCenterLocked says whether the Help Center is on; the caller holds RLock.
func (a *Account) HelpCenterLocked() bool { return a.hcEnabled }

// SetHelpCenter turns the Help Center on or off (control API).
func (a *Account) SetHelpCenter(on bool) {
	a.mu.Lock()
	a.hcEnabled = on
	a.mu.Unlock()
}

// AdvanceClock moves the account's clock forward by d (control API).
func (a *Account) AdvanceClock(d time.Duration) {
	a.mu.Lock()
	a.clockOffset += d
	a.mu.Unlock()
}

// Reseed replaces every record with freshly seeded ones and forgets all changes.
func (a *Account) Reseed(cfg seed.Config) {
	ds := seed.Build(cfg.WithDefaults(), a.subdomain, a.clock())
	a.mu.Lock()
	a.ds = ds
	a.store = tickets.NewStore(ds)
	a.hcEnabled = !ds.Config.NoHelpCenter
	a.mu.Unlock()
}

// Data is the seeded dataset (never mutated; a reseed replaces it).
func (a *Account) Data() *seed.Dataset {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.ds
}

// Subdomain is the account's name, the first path segment of its URLs.
func (a *Account) Subdomain() string { return a.subdomain }

// ID is the account's numeric id (X-Zendesk-Account-Id, webhook account_id).
func (a *Account) ID() int64 { return a.id }

// Logger is the account's logger (component=emulator, subdomain=...).
func (a *Account) Logger() *slog.Logger { return a.logger }

// TokenLifetime is how long access tokens live (emulator.Options.TokenLifetime).
func (a *Account) TokenLifetime() time.Duration { return a.tokenLifetime }

// Now is the account's clock: the server clock plus any offset set through the control API.
func (a *Account) Now() time.Time {
	a.mu.RLock()
	off := a.clockOffset
	a.mu.RUnlock()
	return a.clock().Add(off).UTC()
}

// UserByEmail finds a user by email, case-insensitively.
func (a *Account) UserByEmail(email string) (wire.User, bool) {
	ds := a.Data()
	i, ok := ds.ByEmail[strings.ToLower(strings.TrimSpace(email))]
	if !ok {
		return wire.User{}, false
	}
	return ds.Users[i], true
}

// UserByID finds a user by id.
func (a *Account) UserByID(id int64) (wire.User, bool) {
	ds := a.Data()
	i := id - seed.UserBase - 1
	if i < 0 || i >= int64(len(ds.Users)) {
		return wire.User{}, false
	}
	return ds.Users[i], true
}

// Admin is the account's seeded administrator (the first user).
func (a *Account) Admin() wire.User { return a.Data().Users[0] }

// Password is the seeded sign-in password of a user: every seeded user shares the account's
// password (DefaultPassword unless SeedConfig.Password says otherwise).
func (a *Account) Password(userID int64) string {
	if _, ok := a.UserByID(userID); !ok {
		return ""
	}
	return a.Data().Config.Password
}

// CursorEpoch is what export cursors are tied to; a reseed starts a new one.
func (a *Account) CursorEpoch() string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.store.Epoch
}

// NowLocked is Now for callers already holding the lock.
func (a *Account) NowLocked() time.Time { return a.clock().Add(a.clockOffset).UTC() }
