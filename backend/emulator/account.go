package emulator

import (
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Account is one emulated Zendesk account, served at /<subdomain>. Its seeded records are
// generated on demand from its SeedConfig; records changed through the API live in an overlay.
type Account struct {
	srv       *Server
	subdomain string
	id        int64
	logger    *slog.Logger

	auth  *authState
	hooks *webhookState

	apiMux     *http.ServeMux
	controlMux *http.ServeMux
	limits     *rateLimiter
	faults     *faultQueue

	mu          sync.RWMutex
	ds          *dataset
	store       *ticketStore
	hcEnabled   bool
	clockOffset time.Duration
}

func newAccount(s *Server, subdomain string, id int64, seed SeedConfig) *Account {
	a := &Account{
		srv:        s,
		subdomain:  subdomain,
		id:         id,
		logger:     s.logger.With("subdomain", subdomain),
		apiMux:     http.NewServeMux(),
		controlMux: http.NewServeMux(),
		faults:     &faultQueue{},
	}
	a.limits = newRateLimiter(s.opts.RateLimit, s.opts.IncrementalRateLimit)
	a.reseed(seed)
	a.auth = newAuthState(a)
	a.hooks = newWebhookState(a)
	a.dataRoutes(a.apiMux)
	a.attachmentRoutes(a.apiMux)
	a.auth.routes(a.apiMux)
	a.hooks.routes(a.apiMux)
	a.controlRoutesData(a.controlMux)
	a.auth.controlRoutes(a.controlMux)
	a.hooks.controlRoutes(a.controlMux)
	return a
}

// reseed replaces every record with freshly seeded ones and forgets all changes.
func (a *Account) reseed(seed SeedConfig) {
	ds := buildDataset(seed.withDefaults(), a.subdomain, a.srv.opts.Clock())
	a.mu.Lock()
	a.ds = ds
	a.store = newTicketStore(ds)
	a.hcEnabled = !ds.cfg.NoHelpCenter
	a.mu.Unlock()
}

func (a *Account) data() *dataset {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.ds
}

func (a *Account) close() { a.hooks.close() }

// Subdomain is the account's name, the first path segment of its URLs.
func (a *Account) Subdomain() string { return a.subdomain }

// ID is the account's numeric id (X-Zendesk-Account-Id, webhook account_id).
func (a *Account) ID() int64 { return a.id }

// Logger is the account's logger (component=emulator, subdomain=...).
func (a *Account) Logger() *slog.Logger { return a.logger }

// TokenLifetime is how long access tokens live (Options.TokenLifetime).
func (a *Account) TokenLifetime() time.Duration { return a.srv.opts.TokenLifetime }

// Now is the account's clock: the server clock plus any offset set through the control API.
func (a *Account) Now() time.Time {
	a.mu.RLock()
	off := a.clockOffset
	a.mu.RUnlock()
	return a.srv.opts.Clock().Add(off).UTC()
}

// UserByEmail finds a user by email, case-insensitively.
func (a *Account) UserByEmail(email string) (User, bool) {
	ds := a.data()
	i, ok := ds.userByEmail[strings.ToLower(strings.TrimSpace(email))]
	if !ok {
		return User{}, false
	}
	return ds.users[i], true
}

// UserByID finds a user by id.
func (a *Account) UserByID(id int64) (User, bool) {
	ds := a.data()
	i := id - userBase - 1
	if i < 0 || i >= int64(len(ds.users)) {
		return User{}, false
	}
	return ds.users[i], true
}

// Admin is the account's seeded administrator (the first user).
func (a *Account) Admin() User { return a.data().users[0] }

// Password is the seeded sign-in password of a user: every seeded user shares the account's
// password (DefaultPassword unless SeedConfig.Password says otherwise).
func (a *Account) Password(userID int64) string {
	if _, ok := a.UserByID(userID); !ok {
		return ""
	}
	return a.data().cfg.Password
}

// serveAPI serves one request whose path had /<subdomain> stripped.
func (a *Account) serveAPI(w http.ResponseWriter, r *http.Request, rest string) {
	r2 := r.Clone(r.Context())
	r2.URL.Path = rest
	r2.URL.RawPath = ""
	if !a.faults.apply(w, r2) {
		return
	}
	if strings.HasPrefix(rest, "/api/v2/") && !a.limits.allow(w, rest, a.Now()) {
		return
	}
	a.apiMux.ServeHTTP(w, r2)
}

// serveControlAccount serves /_emulator/<subdomain>/... with the prefix stripped.
func (a *Account) serveControlAccount(w http.ResponseWriter, r *http.Request, rest string) {
	r2 := r.Clone(r.Context())
	r2.URL.Path = rest
	r2.URL.RawPath = ""
	a.controlMux.ServeHTTP(w, r2)
}

// cursorEpoch is what export cursors are tied to; a reseed starts a new one.
func (a *Account) cursorEpoch() string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.store.epoch
}
