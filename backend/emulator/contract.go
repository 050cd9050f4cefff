// Package emulator is a local server that behaves like the parts of Zendesk that Zensync uses.
//
// This file is the seam between the two halves of the package:
//   - the data half (accounts, records, REST, incremental exports, Help Center, rate limits,
//     faults, seeding, the control API, the HTTP server and `zensync emulator`), and
//   - the identity-and-delivery half (OAuth sign-in, 2FA outbox, tokens, the webhooks API and
//     signed webhook delivery).
//
// The data half owns Server, Account and the records; it calls the identity half only through
// the functions declared on authState and webhookState below. The identity half reads records
// only through the Account methods named in this file.
package emulator

// Identity-half entry points (implemented in auth*.go and webhook*.go):
//
//	func newAuthState(a *Account) *authState
//	func (s *authState) routes(mux *http.ServeMux)          // /oauth/authorizations/new, /oauth/tokens, /api/v2/oauth/tokens/current.json, sign-in/2FA/allow pages
//	func (s *authState) controlRoutes(mux *http.ServeMux)   // /tokens, /outbox, /tokens/expire, /tokens/revoke under /_emulator/<subdomain>
//	func (s *authState) authenticate(r *http.Request) (Principal, error) // error is *APIError (401 / 403)
//
//	func newWebhookState(a *Account) *webhookState
//	func (s *webhookState) routes(mux *http.ServeMux)        // /api/v2/webhooks...
//	func (s *webhookState) controlRoutes(mux *http.ServeMux) // e.g. /webhooks/deliveries under /_emulator/<subdomain>
//	func (s *webhookState) ticketChanged(c TicketChange)     // must not block: queue and deliver asynchronously
//	func (s *webhookState) close()                           // stops delivery workers
//
// Data-half helpers the identity half may call (implemented in account*.go / http*.go):
//
//	func (a *Account) UserByEmail(email string) (User, bool)
//	func (a *Account) UserByID(id int64) (User, bool)
//	func (a *Account) Password(userID int64) string           // seeded sign-in password
//	func (a *Account) Now() time.Time                         // the server clock
//	func httpjson.Write(w http.ResponseWriter, status int, v any)
//	func httpjson.WriteError(w http.ResponseWriter, err *APIError)
//
// Also available (account.go): a.ID() int64 (X-Zendesk-Account-Id), a.Subdomain() string,
// a.Admin() User, a.Logger() *slog.Logger, a.TokenLifetime() time.Duration (Options.TokenLifetime,
// flag --token-lifetime). Options.TestAuth (server.go) lets data-half tests skip tokens; it is
// consulted by the data half's API wrapper before authenticate, never by the identity half.
// The data half wraps its own /api/v2 routes with authenticate; the identity half's
// /api/v2/webhooks... and /api/v2/oauth/tokens/current.json handlers authenticate themselves.
// Rate limits and injected faults are applied before either mux sees a request.
// After authenticating, the data half applies checkAccess (api_routes.go) with Principal.Can /
// IsStaff / IsAdmin from auth_scope.go: scope per resource, end-users only users/me,
// incremental exports admin-only.
