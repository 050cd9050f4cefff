// Package rest is an account's REST API (ZENDESK_API.md): users, organizations, groups,
// tickets and their writes, comments, incremental exports, ticket events and Help Center, with
// Zendesk's paging, scopes and roles. It reads the account's data (account.Account) and asks an
// Authenticator who is calling.
package rest

import (
	"net/http"
	"strconv"
	"strings"

	"zensync/backend/emulator/account"
	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/internal/httpjson"
)

// Authenticator says who a request acts as from its bearer token; the error is an
// *httpjson.APIError (401/403) to answer. auth.State implements it.
type Authenticator interface {
	Authenticate(r *http.Request) (auth.Principal, error)
}

// API is one account's REST API.
type API struct {
	*account.Account
	auth     Authenticator
	testAuth func(r *http.Request) (auth.Principal, bool)
}

// New returns the REST API over a. testAuth, when set, is asked first for every request and
// its principal used without a token (emulator.Options.TestAuth, tests only).
func New(a *account.Account, authn Authenticator, testAuth func(r *http.Request) (auth.Principal, bool)) *API {
	return &API{Account: a, auth: authn, testAuth: testAuth}
}

// apiRequest is what a REST handler gets besides the request: who is calling and the
// absolute base URL (scheme://host/<subdomain>) that URLs in the answer start with.
type apiRequest struct {
	*http.Request
	principal auth.Principal
	base      string
}

type apiHandler func(w http.ResponseWriter, r *apiRequest) *httpjson.APIError

// Routes registers the REST API on the account's API mux (paths below /<subdomain>).
func (a *API) Routes(mux *http.ServeMux) {
	h := func(pattern string, fn apiHandler) {
		mux.Handle(pattern, a.api(fn))
		method, path, _ := strings.Cut(pattern, " ")
		if strings.HasSuffix(path, ".json") {
			mux.Handle(method+" "+strings.TrimSuffix(path, ".json"), a.api(fn))
		}
	}
	mux.Handle("GET /attachments/token/{token}/", a.api(a.handleAttachmentRedirect))
	a.articleAttachmentRoutes(mux)
	h("GET /api/v2/users/me.json", a.handleMe)
	h("GET /api/v2/users.json", a.handleUsers)
	h("GET /api/v2/users/show_many.json", a.handleUsersShowMany)
	h("GET /api/v2/users/{id}", a.handleUser)
	h("GET /api/v2/organizations.json", a.handleOrgs)
	h("GET /api/v2/organizations/{id}", a.handleOrg)
	h("GET /api/v2/groups.json", a.handleGroups)
	h("GET /api/v2/groups/{id}", a.handleGroup)
	h("GET /api/v2/tickets.json", a.handleTickets)
	h("POST /api/v2/tickets.json", a.handleCreateTicket)
	h("GET /api/v2/tickets/show_many.json", a.handleTicketsShowMany)
	h("GET /api/v2/tickets/count.json", a.handleTicketCount)
	h("GET /api/v2/tickets/{id}", a.handleTicket)
	h("PUT /api/v2/tickets/{id}", a.handleUpdateTicket)
	h("DELETE /api/v2/tickets/{id}", a.handleDeleteTicket)
	h("GET /api/v2/tickets/{id}/comments.json", a.handleComments)
	h("POST /api/v2/tickets/{id}/merge.json", a.handleMerge)
	h("GET /api/v2/incremental/tickets/cursor.json", a.handleIncrementalTicketsCursor)
	h("GET /api/v2/incremental/tickets.json", a.handleIncrementalTicketsTime)
	h("GET /api/v2/incremental/tickets/sample.json", a.handleIncrementalTicketsSample)
	h("GET /api/v2/incremental/ticket_events.json", a.handleTicketEvents)
	h("GET /api/v2/incremental/users/cursor.json", a.handleIncrementalUsersCursor)
	h("GET /api/v2/incremental/organizations.json", a.handleIncrementalOrgs)
	a.fieldRoutes(h)
	mux.Handle("GET /api/v2/help_center/", a.api(a.handleHelpCenter))
	mux.Handle("/api/v2/", a.api(func(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
		return &httpjson.APIError{Status: http.StatusNotFound, Error_: "InvalidEndpoint", Description: "Not found"}
	}))
}

// api authenticates the request (testAuth first, then the Authenticator) and runs fn.
func (a *API) api(fn apiHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var p auth.Principal
		ok := false
		if ta := a.testAuth; ta != nil {
			p, ok = ta(r)
		}
		if !ok {
			var err error
			p, err = a.auth.Authenticate(r)
			if err != nil {
				if ae, isAPI := err.(*httpjson.APIError); isAPI {
					httpjson.WriteError(w, ae)
				} else {
					httpjson.WriteError(w, &httpjson.APIError{Status: http.StatusUnauthorized, Error_: "invalid_token", ErrorDescription: err.Error()})
				}
				return
			}
		}
		if e := checkAccess(p, r); e != nil {
			httpjson.WriteError(w, e)
			return
		}
		if e := fn(w, &apiRequest{Request: r, principal: p, base: a.baseURL(r)}); e != nil {
			httpjson.WriteError(w, e)
		}
	})
}

// checkAccess applies scopes and roles as Zendesk does: GET needs "read" (or
// "<resource>:read"), writes need "write" (or "<resource>:write"); end-users may only read
// users/me; incremental exports are for admins. users/me needs only a valid token.
func checkAccess(p auth.Principal, r *http.Request) *httpjson.APIError {
	path := strings.TrimSuffix(r.URL.Path, ".json")
	if path == "/api/v2/users/me" {
		return nil
	}
	if !p.IsStaff() {
		return auth.Forbidden()
	}
	if strings.HasPrefix(path, "/api/v2/incremental/") && !p.IsAdmin() {
		return auth.Forbidden()
	}
	write := r.Method != http.MethodGet && r.Method != http.MethodHead
	if !p.Can(write, scopeResource(path)) {
		return auth.Forbidden()
	}
	return nil
}

// scopeResource names the resource scope ("tickets", "users", …) that covers path.
func scopeResource(path string) string {
	rest := strings.TrimPrefix(path, "/api/v2/")
	rest = strings.TrimPrefix(rest, "incremental/")
	first, _, _ := strings.Cut(rest, "/")
	switch first {
	case "tickets", "ticket_events":
		return "tickets"
	case "users":
		return "users"
	case "organizations":
		return "organizations"
	case "help_center":
		return "hc"
	}
	return ""
}

// baseURL is scheme://host/<subdomain> for the request.
func (a *API) baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + "/" + a.Subdomain()
}

// pathID reads the {id} wildcard, with or without ".json".
func pathID(r *apiRequest, name string) (int64, bool) {
	v := strings.TrimSuffix(r.PathValue(name), ".json")
	id, err := strconv.ParseInt(v, 10, 64)
	return id, err == nil && id > 0
}

// includes parses include=a,b into a set.
func includes(r *apiRequest) map[string]bool {
	out := map[string]bool{}
	for _, v := range r.URL.Query()["include"] {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out[s] = true
			}
		}
	}
	return out
}
