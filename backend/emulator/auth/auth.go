// Package auth is the emulator's identity half for one account: OAuth clients, the browser
// sign-in with its 2FA outbox, authorization codes and tokens. It reads the account only through
// Account, and tells the rest of the emulator who a request acts as (Authenticate, Authorize).
package auth

import (
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/zendesk/wire"
)

// State is the identity half of one account: OAuth clients, the browser sign-in with its
// 2FA outbox, authorization codes, and the access/refresh token pairs. All of it lives in
// memory under one mutex; a restart of the emulator signs everyone out.
//
// Browser routes (below /<subdomain>): GET /oauth/authorizations/new → 302 to GET
// /access/login?return_to=… (inputs "email", "password"; button "Sign in") → POST /access/login
// → the code page (input "code", labelled "Verification code"; button "Verify"; the code is in
// the outbox) → POST /access/verify sets the session cookie _zendesk_session (Path=/<subdomain>)
// and 303s back to the authorization URL → the Allow page (buttons "Allow" / "Deny") → POST
// /oauth/authorizations → 302 to redirect_uri?code=…&state=… or ?error=access_denied&….
// GET /access/logout?return_to=… ends the session.
//
// Choices where Zendesk's behaviour is not documented precisely:
//   - Every seeded user has a second factor: the 6-digit code lives 10 minutes and allows 5
//     tries; the browser session lives 8 hours by the account's clock, checked on the server
//     (the cookie itself is a browser-session cookie with no Expires, so moving the account's
//     clock never meets the computer's clock in a browser's cookie store).
//   - A request whose client_id is unknown or whose redirect_uri does not match exactly gets a
//     400 page and no redirect; other refusals (missing PKCE for a public client, a method other
//     than S256, an unknown scope, response_type other than code) redirect with error=….
//   - No scope means "read". Scopes: read, write and <resource>:read|write; write does not imply
//     read. Unknown scopes are refused.
//   - /oauth/tokens: invalid_client is 401, the other errors 400 (invalid_grant,
//     invalid_request, unsupported_grant_type), worded as Doorkeeper words them. Replaying a used
//     code also revokes the pair it produced. Refresh tokens live 30 days unless
//     refresh_token_expires_in asks otherwise; access tokens Options.TokenLifetime (2 h).
//   - A request without credentials gets 401 {"error":"Couldn't authenticate you"}; basic auth
//     and API tokens are not emulated.
//   - Revoking the current token deletes its refresh token too.
type State struct {
	acct Account

	mu         sync.Mutex
	clients    map[string]Client // by identifier
	codes      map[string]*authCode
	byAccess   map[string]*tokenPair
	byRefresh  map[string]*tokenPair
	sessions   map[string]*signInSession   // by cookie value
	challenges map[string]*verifyChallenge // 2FA in progress, by id
	outbox     []OutboxMail
	lifetime   time.Duration // access token lifetime override (control API); 0 = account's
}

// Account is what the identity half reads from the account it serves. The emulator's Account
// implements it; Now is the account's clock (server clock plus any control-API offset).
type Account interface {
	ID() int64
	Subdomain() string
	Admin() wire.User
	UserByEmail(email string) (wire.User, bool)
	UserByID(id int64) (wire.User, bool)
	Password(userID int64) string // seeded sign-in password; "" for an unknown user
	Now() time.Time
	Logger() *slog.Logger
	TokenLifetime() time.Duration
}

// New returns the identity half of a, with the seeded public client zensync_desktop.
func New(a Account, redirectURL string) *State {
	s := &State{
		acct:       a,
		clients:    map[string]Client{},
		codes:      map[string]*authCode{},
		byAccess:   map[string]*tokenPair{},
		byRefresh:  map[string]*tokenPair{},
		sessions:   map[string]*signInSession{},
		challenges: map[string]*verifyChallenge{},
	}
	s.clients[SeededClientID] = Client{
		Identifier:   SeededClientID,
		Name:         "Zensync",
		Kind:         clientPublic,
		RedirectURLs: []string{redirectURL},
		CreatedAt:    a.Now(),
	}
	return s
}

const (
	// SeededClientID is the public client every account starts with (the desktop app).
	SeededClientID = "zensync_desktop"
	// DefaultRedirectURL is the seeded client's redirect URL when none is configured: the
	// app's default --oauth-addr.
	DefaultRedirectURL = "http://127.0.0.1:47600/oauth/callback"
)

// routes registers Zendesk's OAuth endpoints and the sign-in pages (paths below /<subdomain>).
func (s *State) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /oauth/authorizations/new", s.handleAuthorize)
	mux.HandleFunc("POST /oauth/authorizations", s.handleDecision)
	mux.HandleFunc("GET /access/login", s.handleSignInPage)
	mux.HandleFunc("POST /access/login", s.handleSignIn)
	mux.HandleFunc("POST /access/verify", s.handleVerify)
	mux.HandleFunc("GET /access/logout", s.handleSignOut)
	mux.HandleFunc("POST /oauth/tokens", s.handleToken)
	mux.HandleFunc("DELETE /api/v2/oauth/tokens/current.json", s.handleRevokeCurrent)
	mux.HandleFunc("DELETE /api/v2/oauth/tokens/current", s.handleRevokeCurrent)
}

// ControlRoutes registers the identity half's control API (paths below /_emulator/<subdomain>).
func (s *State) ControlRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /tokens", s.handleControlIssue)
	mux.HandleFunc("POST /tokens/expire", s.handleControlExpire)
	mux.HandleFunc("POST /tokens/revoke", s.handleControlRevoke)
	mux.HandleFunc("POST /tokens/lifetime", s.handleControlLifetime)
	mux.HandleFunc("GET /outbox", s.handleControlOutbox)
	mux.HandleFunc("DELETE /outbox", s.handleControlOutboxClear)
	mux.HandleFunc("GET /oauth_clients", s.handleControlListClients)
	mux.HandleFunc("POST /oauth_clients", s.handleControlAddClient)
}

// Authenticate checks the request's bearer token and returns who it acts as. The error is an
// *APIError: 401 invalid_token for an expired, revoked or unknown token, 401 "Couldn't
// authenticate you" without credentials. Scope and role checks are the caller's (see
// authorize, Principal.Can, Principal.IsAdmin).
func (s *State) Authenticate(r *http.Request) (Principal, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return Principal{}, errNoCredentials()
	}
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		// Zendesk also takes basic auth with an API token; the emulator speaks OAuth only.
		return Principal{}, errNoCredentials()
	}
	p, ok := s.lookupAccess(strings.TrimSpace(token))
	if !ok {
		return Principal{}, errInvalidToken()
	}
	u, ok := s.acct.UserByID(p.userID)
	if !ok || !u.Active || u.Suspended {
		return Principal{}, errInvalidToken()
	}
	return Principal{UserID: u.ID, Email: u.Email, Role: u.Role, Scopes: append([]string(nil), p.scopes...)}, nil
}

// Authorize authenticates r and checks that its token may read (or write) resource, and, when
// adminOnly, that the user is an admin. The webhooks API calls it at the top of each handler
// and answers the returned 401/403 body on error (httpjson.WriteError).
func (s *State) Authorize(r *http.Request, write bool, resource string, adminOnly bool) (Principal, *httpjson.APIError) {
	p, err := s.Authenticate(r)
	if err != nil {
		return Principal{}, err.(*httpjson.APIError)
	}
	if !p.Can(write, resource) || (adminOnly && !p.IsAdmin()) {
		return Principal{}, Forbidden()
	}
	return p, nil
}

// now is the account clock.
func (s *State) now() time.Time { return s.acct.Now() }

// accessLifetime is the lifetime of new access tokens: the control API's override, else the
// server's Options.TokenLifetime.
func (s *State) accessLifetime() time.Duration {
	if s.lifetime > 0 {
		return s.lifetime
	}
	if d := s.acct.TokenLifetime(); d > 0 {
		return d
	}
	return 2 * time.Hour
}

// prefix is the account's path prefix ("/demo"): sign-in pages post to it and the session
// cookie is scoped to it.
func (s *State) prefix() string { return "/" + s.acct.Subdomain() }
