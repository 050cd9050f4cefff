package seed

import (
	"strconv"

	"zensync/backend/zendesk/wire"
)

// Ticket fields, ticket forms, brands, user fields and organization fields: the small definition
// lists an account has. They are the same for every seed (only their times and URLs vary), so
// seeded tickets can refer to them by fixed ids. Shapes follow Zendesk's Ticket Fields, Ticket
// Forms, Brands, User Fields and Organization Fields APIs.

// Custom ticket field ids (customFieldPlan and customFieldRef are in ticket.go).
const (
	customFieldEscalated int64 = 360000103
	customFieldFollowUp  int64 = 360000104
	customFieldSeats     int64 = 360000105
	customFieldProducts  int64 = 360000106

	formDefault    int64 = 360000201
	formBilling    int64 = 360000202
	formEscalation int64 = 360000203

	brandLabsID int64 = 7_000_002
)

var (
	productOptions = []wire.FieldOption{
		{ID: 361000011, Name: "Billing", Value: "product_billing"},
		{ID: 361000012, Name: "Mobile app", Value: "product_mobile"},
		{ID: 361000013, Name: "Public API", Value: "product_api"},
		{ID: 361000014, Name: "Reports", Value: "product_reports"},
	}
	systemFieldIDs = []int64{360000001, 360000002, 360000003, 360000004, 360000005, 360000006, 360000007}
)

// planOptions are the "Plan" dropdown's choices; their values are the seeded plans (words.go).
func planOptions(base int64) []wire.FieldOption {
	out := make([]wire.FieldOption, len(plans))
	for i, p := range plans {
		out[i] = wire.FieldOption{ID: base + int64(i), Name: titleCase(p) + " plan", Value: p}
	}
	return out
}

func titleCase(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func withRaw(opts []wire.FieldOption) []wire.FieldOption {
	out := append([]wire.FieldOption(nil), opts...)
	for i := range out {
		out[i].RawName = out[i].Name
	}
	return out
}

// ticketFields lists the account's ticket fields, system ones first, by id.
func (ds *Dataset) TicketFields(base string) []wire.TicketField {
	type def struct {
		id         int64
		typ, title string
		opts       []wire.FieldOption
		removable  bool
	}
	defs := []def{
		{360000001, "subject", "Subject", nil, false},
		{360000002, "description", "Description", nil, false},
		{360000003, "status", "Status", nil, false},
		{360000004, "tickettype", "Type", nil, false},
		{360000005, "priority", "Priority", nil, false},
		{360000006, "group", "Group", nil, false},
		{360000007, "assignee", "Assignee", nil, false},
		{customFieldPlan, "tagger", "Plan", planOptions(361000001), true},
		{customFieldRef, "text", "Order reference", nil, true},
		{customFieldEscalated, "checkbox", "Escalated", nil, true},
		{customFieldFollowUp, "date", "Follow-up date", nil, true},
		{customFieldSeats, "integer", "Seats", nil, true},
		{customFieldProducts, "multiselect", "Products", productOptions, true},
	}
	out := make([]wire.TicketField, len(defs))
	for i, d := range defs {
		f := wire.TicketField{ID: d.id, URL: definitionURL(base, "ticket_fields", d.id),
			FieldHead:       wire.FieldHead{Type: d.typ, Title: d.title, RawTitle: d.title, Position: i + 1, Active: true},
			VisibleInPortal: !d.removable || d.id == customFieldRef, Removable: d.removable,
			CustomFieldOptions: withRaw(d.opts), CreatedAt: ds.Start, UpdatedAt: ds.Start}
		if d.id == customFieldEscalated {
			tag := "escalated"
			f.Tag = &tag
		}
		out[i] = f
	}
	return out
}

// ticketForms lists the account's ticket forms, by id.
func (ds *Dataset) TicketForms(base string) []wire.TicketForm {
	def := func(id int64, name string, dflt bool, custom ...int64) wire.TicketForm {
		return wire.TicketForm{ID: id, URL: definitionURL(base, "ticket_forms", id),
			Name: name, RawName: name, DisplayName: name, RawDisplayName: name, Position: int(id - formDefault),
			Active: true, EndUserVisible: true, Default: dflt, InAllBrands: true,
			TicketFieldIDs: append(append([]int64(nil), systemFieldIDs...), custom...), RestrictedBrandIDs: []int64{},
			CreatedAt: ds.Start, UpdatedAt: ds.Start}
	}
	return []wire.TicketForm{
		def(formDefault, "Default Ticket Form", true, customFieldPlan, customFieldRef),
		def(formBilling, "Billing request", false, customFieldPlan, customFieldSeats, customFieldProducts, customFieldRef),
		def(formEscalation, "Escalation", false, customFieldEscalated, customFieldFollowUp, customFieldProducts, customFieldPlan),
	}
}

// brands lists the account's brands, by id; the first is the default.
func (ds *Dataset) Brands(base string) []wire.Brand {
	forms := []int64{formDefault, formBilling, formEscalation}
	mk := func(id int64, name, sub string, dflt bool) wire.Brand {
		return wire.Brand{ID: id, URL: definitionURL(base, "brands", id), Name: name,
			BrandURL: "https://" + sub + ".zendesk.com", Subdomain: sub, HasHelpCenter: dflt && !ds.Config.NoHelpCenter,
			HelpCenterState: map[bool]string{true: "enabled", false: "disabled"}[dflt && !ds.Config.NoHelpCenter],
			Active:          true, Default: dflt, TicketFormIDs: forms, CreatedAt: ds.Start, UpdatedAt: ds.Start}
	}
	return []wire.Brand{
		mk(BrandID, titleCase(ds.subdomain)+" Support", ds.subdomain, true),
		mk(brandLabsID, titleCase(ds.subdomain)+" Labs", ds.subdomain+"-labs", false),
	}
}

// personField builds the one seeded user or organization field: a dropdown of plans under key.
func (ds *Dataset) PersonField(base, kind string, id int64, key, title string) wire.PersonField {
	return wire.PersonField{ID: id, URL: definitionURL(base, kind, id), Key: key,
		FieldHead:          wire.FieldHead{Type: "dropdown", Title: title, RawTitle: title, Position: 1, Active: true},
		CustomFieldOptions: withRaw(planOptions(id*10 + 1)), CreatedAt: ds.Start, UpdatedAt: ds.Start}
}

// definitionURL is the API address of the definition id in the list kind ("ticket_fields", …).
func definitionURL(base, kind string, id int64) string {
	return base + "/api/v2/" + kind + "/" + strconv.FormatInt(id, 10) + ".json"
}
