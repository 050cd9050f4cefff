package rest

import (
	"net/http"
	"strconv"
	"strings"

	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/tickets"
)

// Control routes that change tickets as an agent would, without a token, so tests and the
// demo can trigger exports and webhooks. ?as=<email> picks the acting user (default: the
// first seeded agent). Bodies are the REST API's.

func (a *API) controlActor(r *http.Request) (auth.Principal, bool) {
	ds := a.Data()
	u := *ds.User(ds.Agents[0])
	if email := r.URL.Query().Get("as"); email != "" {
		var ok bool
		if u, ok = a.UserByEmail(email); !ok {
			return auth.Principal{}, false
		}
	}
	return auth.Principal{UserID: u.ID, Email: u.Email, Role: u.Role, Scopes: []string{"read", "write"}}, true
}

// ControlRoutes registers the control API's ticket routes (below
// /_emulator/<subdomain>): the REST ticket writes, acting as controlActor without a token.
func (a *API) ControlRoutes(mux *http.ServeMux) {
	wrap := func(fn apiHandler) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			p, ok := a.controlActor(r)
			if !ok {
				httpjson.Write(w, http.StatusUnprocessableEntity, map[string]string{"error": "no user with that email (?as=)"})
				return
			}
			if e := fn(w, &apiRequest{Request: r, principal: p, base: a.baseURL(r)}); e != nil {
				httpjson.WriteError(w, e)
			}
		}
	}
	mux.HandleFunc("POST /tickets", wrap(a.handleCreateTicket))
	mux.HandleFunc("PUT /tickets/{id}", wrap(a.handleUpdateTicket))
	mux.HandleFunc("DELETE /tickets/{id}", wrap(a.handleDeleteTicket))
	mux.HandleFunc("POST /tickets/{id}/merge", wrap(a.handleMerge))
	mux.HandleFunc("GET /tickets/{id}", wrap(func(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
		id, _ := strconv.ParseInt(strings.TrimSuffix(r.PathValue("id"), ".json"), 10, 64)
		a.RLock()
		t, ok := a.StoreLocked().Get(id)
		a.RUnlock()
		if !ok {
			return httpjson.NotFound()
		}
		t.URL = tickets.URL(r.base, id)
		httpjson.Write(w, http.StatusOK, map[string]any{"ticket": t})
		return nil
	}))
}
