package emulator

import (
	"net/http"
	"strconv"
	"strings"
)

// apiRequest is what a data-half handler gets besides the request: who is calling and the
// absolute base URL (scheme://host/<subdomain>) that URLs in the answer start with.
type apiRequest struct {
	*http.Request
	principal Principal
	base      string
}

type apiHandler func(w http.ResponseWriter, r *apiRequest) *APIError

// dataRoutes registers the data half's REST API on the account's API mux.
func (a *Account) dataRoutes(mux *http.ServeMux) {
	h := func(pattern string, fn apiHandler) {
		mux.Handle(pattern, a.api(fn))
		method, path, _ := strings.Cut(pattern, " ")
		if strings.HasSuffix(path, ".json") {
			mux.Handle(method+" "+strings.TrimSuffix(path, ".json"), a.api(fn))
		}
	}
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
	mux.Handle("GET /api/v2/help_center/", a.api(a.handleHelpCenter))
	mux.Handle("/api/v2/", a.api(func(w http.ResponseWriter, r *apiRequest) *APIError {
		return &APIError{Status: http.StatusNotFound, Error_: "InvalidEndpoint", Description: "Not found"}
	}))
}

// api authenticates the request (Options.TestAuth first, then the identity half) and runs fn.
func (a *Account) api(fn apiHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var p Principal
		ok := false
		if ta := a.srv.opts.TestAuth; ta != nil {
			p, ok = ta(r)
		}
		if !ok {
			var err error
			p, err = a.auth.authenticate(r)
			if err != nil {
				if ae, isAPI := err.(*APIError); isAPI {
					writeAPIError(w, ae)
				} else {
					writeAPIError(w, &APIError{Status: http.StatusUnauthorized, Error_: "invalid_token", ErrorDescription: err.Error()})
				}
				return
			}
		}
		if e := checkAccess(p, r); e != nil {
			writeAPIError(w, e)
			return
		}
		if e := fn(w, &apiRequest{Request: r, principal: p, base: a.baseURL(r)}); e != nil {
			writeAPIError(w, e)
		}
	})
}

// checkAccess applies scopes and roles as Zendesk does: GET needs "read" (or
// "<resource>:read"), writes need "write" (or "<resource>:write"); end-users may only read
// users/me; incremental exports are for admins. users/me needs only a valid token.
func checkAccess(p Principal, r *http.Request) *APIError {
	path := strings.TrimSuffix(r.URL.Path, ".json")
	if path == "/api/v2/users/me" {
		return nil
	}
	if !p.IsStaff() {
		return errForbidden()
	}
	if strings.HasPrefix(path, "/api/v2/incremental/") && !p.IsAdmin() {
		return errForbidden()
	}
	write := r.Method != http.MethodGet && r.Method != http.MethodHead
	if !p.Can(write, scopeResource(path)) {
		return errForbidden()
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
func (a *Account) baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + "/" + a.subdomain
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
