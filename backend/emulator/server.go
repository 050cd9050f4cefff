package emulator

import (
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"regexp"
	"slices"
	"sync"
	"time"

	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/control"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/internal/pathseg"
)

// Options configure a Server. The zero value is usable: real clock, discarded logs,
// no rate limits, tokens living two hours.
type Options struct {
	// Clock is the server's notion of now; tests pass a controllable clock.
	Clock func() time.Time
	// Logger receives request and control logs; nil discards them.
	Logger *slog.Logger
	// Seed is the default seeding for accounts added by the control API.
	Seed SeedConfig
	// RateLimit is each account's per-minute request limit (0 = off).
	RateLimit int
	// IncrementalRateLimit is the stricter per-minute limit of incremental exports (0 = off).
	IncrementalRateLimit int
	// TimeScale shortens every rate-limit window and Retry-After this many times (0 or 1 = real
	// time; see RateLimits).
	TimeScale float64
	// TokenLifetime is how long access tokens live (0 = two hours). Read by the identity half.
	TokenLifetime time.Duration
	// RedirectURL is the redirect URL registered for the seeded client zensync_desktop ("" =
	// http://127.0.0.1:47600/oauth/callback, the app's default); it must match the app's
	// --oauth-addr.
	RedirectURL string
	// TestAuth, when set, is asked first for every API request; when it answers true its
	// Principal is used and the bearer token is not checked. Tests only.
	TestAuth func(r *http.Request) (Principal, bool)
}

// ErrAccountExists is returned by AddAccount for a subdomain already served.
var ErrAccountExists = control.ErrAccountExists

// ErrBadSubdomain is returned by AddAccount for a name that is not a DNS label.
var ErrBadSubdomain = errors.New("emulator: subdomain must be a DNS label")

var subdomainRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// Server serves every account at /<subdomain>/... and the control API at /_emulator/....
// Create it with New, add accounts with AddAccount, and Close it to stop webhook workers.
type Server struct {
	opts   Options
	logger *slog.Logger

	control *control.Handler

	mu       sync.RWMutex
	accounts map[string]*Account
	nextID   int64
}

// New returns a server with no accounts.
func New(opts Options) *Server {
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.TokenLifetime == 0 {
		opts.TokenLifetime = 2 * time.Hour
	}
	s := &Server{
		opts:     opts,
		logger:   opts.Logger.With("component", "emulator"),
		accounts: map[string]*Account{},
		nextID:   10000001,
	}
	s.control = control.New(controlAccounts{s}, opts.Seed)
	return s
}

// AddAccount seeds and serves a new account at /<subdomain>.
func (s *Server) AddAccount(subdomain string, seed SeedConfig) (*Account, error) {
	if !subdomainRE.MatchString(subdomain) || subdomain == "_emulator" {
		return nil, fmt.Errorf("%w: %q", ErrBadSubdomain, subdomain)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.accounts[subdomain]; ok {
		return nil, fmt.Errorf("%w: %q", ErrAccountExists, subdomain)
	}
	a := newAccount(s, subdomain, s.nextID, seed)
	s.nextID++
	s.accounts[subdomain] = a
	s.logger.Info("account added", "subdomain", subdomain, "tickets", a.Data().Config.Tickets)
	return a, nil
}

// Account returns the account served at /<subdomain>, if any.
func (s *Server) Account(subdomain string) (*Account, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, ok := s.accounts[subdomain]
	return a, ok
}

// Subdomains lists the served accounts, sorted.
func (s *Server) Subdomains() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := slices.AppendSeq(make([]string, 0, len(s.accounts)), maps.Keys(s.accounts)) // [] in JSON, never null
	slices.Sort(out)
	return out
}

// Close stops every account's background work (webhook delivery). Safe to call twice.
func (s *Server) Close() {
	s.mu.Lock()
	accts := s.accounts
	s.accounts = map[string]*Account{}
	s.mu.Unlock()
	for _, a := range accts {
		a.close()
	}
}

// ServeHTTP routes /healthz, /_emulator/... (loopback only) and /<subdomain>/....
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if path == "/healthz" {
		httpjson.Write(w, http.StatusOK, map[string]any{"status": "ok", "accounts": s.Subdomains()})
		return
	}
	first, rest := pathseg.SplitFirst(path)
	if first == "_emulator" { // loopback only: control.Refusal
		s.control.Serve(w, r, rest)
		return
	}
	if first == "_storage" { // rest.StoragePrefix: attachment bytes, no credentials
		s.serveStorage(w, r, rest)
		return
	}
	a, ok := s.Account(first)
	if !ok {
		// Zendesk answers an unknown subdomain with an HTML page, not its JSON.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		_, _ = fmt.Fprint(w, "<html><body><h1>Oops! This help center no longer exists</h1></body></html>")
		return
	}
	a.serveAPI(w, r, rest)
}

// redirectURL is the seeded client's redirect URL: Options.RedirectURL or the app's default.
func (o Options) redirectURL() string {
	if o.RedirectURL != "" {
		return o.RedirectURL
	}
	return auth.DefaultRedirectURL
}

// controlAccounts is the server as the control API sees it (control.Accounts).
type controlAccounts struct{ s *Server }

func (c controlAccounts) Subdomains() []string { return c.s.Subdomains() }

func (c controlAccounts) Add(subdomain string, cfg SeedConfig) (*control.AccountAPI, error) {
	a, err := c.s.AddAccount(subdomain, cfg)
	if err != nil {
		return nil, err
	}
	return a.control, nil
}

func (c controlAccounts) Find(subdomain string) (*control.AccountAPI, bool) {
	a, ok := c.s.Account(subdomain)
	if !ok {
		return nil, false
	}
	return a.control, true
}
