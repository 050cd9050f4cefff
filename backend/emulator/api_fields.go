package emulator

import "net/http"

// Definition lists: ticket fields, ticket forms, brands, user fields and organization fields,
// each with cursor or offset paging like Zendesk's other lists.

// fieldRoutes registers the definition lists through h (dataRoutes' registrar).
func (a *Account) fieldRoutes(h func(pattern string, fn apiHandler)) {
	h("GET /api/v2/ticket_fields.json", a.handleTicketFields)
	h("GET /api/v2/ticket_forms.json", a.handleTicketForms)
	h("GET /api/v2/brands.json", a.handleBrands)
	h("GET /api/v2/user_fields.json", a.handleUserFields)
	h("GET /api/v2/organization_fields.json", a.handleOrganizationFields)
}

const (
	userFieldPlanID int64 = 362000001
	orgFieldTierID  int64 = 363000001
)

func (a *Account) handleTicketFields(w http.ResponseWriter, r *apiRequest) *APIError {
	return servePage(w, r, sliceSource("ticket_fields", a.data().ticketFields(r.base), func(f TicketField) int64 { return f.ID }), nil)
}

func (a *Account) handleTicketForms(w http.ResponseWriter, r *apiRequest) *APIError {
	return servePage(w, r, sliceSource("ticket_forms", a.data().ticketForms(r.base), func(f TicketForm) int64 { return f.ID }), nil)
}

func (a *Account) handleBrands(w http.ResponseWriter, r *apiRequest) *APIError {
	return servePage(w, r, sliceSource("brands", a.data().brands(r.base), func(b Brand) int64 { return b.ID }), nil)
}

func (a *Account) handleUserFields(w http.ResponseWriter, r *apiRequest) *APIError {
	f := a.data().personField(r.base, "user_fields", userFieldPlanID, "plan", "Plan")
	return servePage(w, r, sliceSource("user_fields", []PersonField{f}, personFieldID), nil)
}

func (a *Account) handleOrganizationFields(w http.ResponseWriter, r *apiRequest) *APIError {
	f := a.data().personField(r.base, "organization_fields", orgFieldTierID, "tier", "Tier")
	return servePage(w, r, sliceSource("organization_fields", []PersonField{f}, personFieldID), nil)
}

func personFieldID(f PersonField) int64 { return f.ID }
