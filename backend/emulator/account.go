package emulator

import (
	"net/http"
	"strings"

	"zensync/backend/emulator/account"
	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/control"
	"zensync/backend/emulator/gate"
	"zensync/backend/emulator/hooks"
	"zensync/backend/emulator/rest"
)

// Account is one emulated Zendesk account, served at /<subdomain>: its data (account.Account:
// seeded records, ticket writes, clock) joined with its identity half (auth), its webhooks half
// (hooks), its REST API (rest), the gates its requests pass (gate) and its control API (control).
type Account struct {
	*account.Account
	srv *Server

	auth    *auth.State
	hooks   *hooks.State
	rest    *rest.API
	control *control.AccountAPI

	apiMux *http.ServeMux
	limits *gate.RateLimiter
	faults *gate.FaultQueue
}

func newAccount(s *Server, subdomain string, id int64, cfg SeedConfig) *Account {
	a := &Account{
		Account: account.New(account.Config{Subdomain: subdomain, ID: id, Logger: s.logger.With("subdomain", subdomain),
			Clock: s.opts.Clock, TokenLifetime: s.opts.TokenLifetime, Seed: cfg}),
		srv:    s,
		apiMux: http.NewServeMux(),
		faults: &gate.FaultQueue{},
	}
	a.limits = gate.NewRateLimiter(gate.RateLimits{PerMinute: s.opts.RateLimit, Incremental: s.opts.IncrementalRateLimit, TimeScale: s.opts.TimeScale})
	a.auth = auth.New(a, s.opts.redirectURL())
	a.hooks = hooks.New(a, a.auth)
	a.OnTicketChange(a.hooks.TicketChanged)
	a.rest = rest.New(a.Account, a.auth, s.opts.TestAuth)
	a.rest.Routes(a.apiMux)
	a.auth.Routes(a.apiMux)
	a.hooks.Routes(a.apiMux)
	a.control = control.NewAccount(control.Parts{Data: a.Account, Limits: a.limits, Faults: a.faults}, a.rest, a.auth, a.hooks)
	return a
}

// serveAPI serves one request whose path had /<subdomain> stripped.
func (a *Account) serveAPI(w http.ResponseWriter, r *http.Request, rest string) {
	r2 := r.Clone(r.Context())
	r2.URL.Path = rest
	r2.URL.RawPath = ""
	if !a.faults.Apply(w, r2) {
		return
	}
	if strings.HasPrefix(rest, "/api/v2/") && !a.limits.Allow(w, rest, a.Now()) {
		return
	}
	a.apiMux.ServeHTTP(w, r2)
}

// State is the account's state as the control API's GET /state answers it.
func (a *Account) State() ControlState { return a.control.State() }

// Hooks is the account's webhooks half, for tests that drive delivery directly.
func (a *Account) Hooks() *hooks.State { return a.hooks }

// Auth is the account's identity half, for tests that read its OAuth clients and tokens.
func (a *Account) Auth() *auth.State { return a.auth }

func (a *Account) close() { a.hooks.Close() }
