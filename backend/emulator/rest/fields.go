package rest

import (
	"net/http"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/zendesk/wire"
)

// Definition lists: ticket fields, ticket forms, brands, user fields and organization fields,
// each with cursor or offset paging like Zendesk's other lists.

// fieldRoutes registers the definition lists through h (Routes' registrar).
func (a *API) fieldRoutes(h func(pattern string, fn apiHandler)) {
	h("GET /api/v2/ticket_fields.json", a.handleTicketFields)
	h("GET /api/v2/ticket_forms.json", a.handleTicketForms)
	h("GET /api/v2/brands.json", a.handleBrands)
	h("GET /api/v2/user_fields.json", a.handleUserFields)
	h("GET /api/v2/organization_fields.json", a.handleOrganizationFields)
}

// The seeded user field ("plan") and organization field ("tier").
const (
	userFieldPlanID int64 = 362000001
	orgFieldTierID  int64 = 363000001
)

func (a *API) handleTicketFields(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	fs := a.Data().TicketFields(r.base)
	return servePage(w, r, sliceSource("ticket_fields", fs, func(f wire.TicketField) int64 { return f.ID }), nil)
}

func (a *API) handleTicketForms(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	fs := a.Data().TicketForms(r.base)
	return servePage(w, r, sliceSource("ticket_forms", fs, func(f wire.TicketForm) int64 { return f.ID }), nil)
}

func (a *API) handleBrands(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	bs := a.Data().Brands(r.base)
	return servePage(w, r, sliceSource("brands", bs, func(b wire.Brand) int64 { return b.ID }), nil)
}

func (a *API) handleUserFields(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	f := a.Data().PersonField(r.base, "user_fields", userFieldPlanID, "plan", "Plan")
	return servePage(w, r, sliceSource("user_fields", []wire.PersonField{f}, personFieldID), nil)
}

func (a *API) handleOrganizationFields(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	f := a.Data().PersonField(r.base, "organization_fields", orgFieldTierID, "tier", "Tier")
	return servePage(w, r, sliceSource("organization_fields", []wire.PersonField{f}, personFieldID), nil)
}

func personFieldID(f wire.PersonField) int64 { return f.ID }
