package wire

import "time"

// Definition lists: Zendesk's Ticket Fields, Ticket Forms, Brands, User Fields and Organization
// Fields APIs' records.

// FieldOption is one choice of a dropdown (tagger) or multiselect field: Name is shown, Value
// is the tag stored in the ticket's custom_fields (or the value in a person's fields).
type FieldOption struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	RawName string `json:"raw_name"`
	Value   string `json:"value"`
	Default bool   `json:"default"`
}

// FieldHead is what ticket fields, user fields and organization fields have in common, in the
// order Zendesk writes it (embedded, its fields are the record's own in JSON). Type is
// Zendesk's: subject, description, status, tickettype, priority, group, assignee (system),
// text, textarea, checkbox, date, integer, decimal, regexp, partialcreditcard, tagger,
// multiselect, lookup (custom); dropdown for person fields.
type FieldHead struct {
	Type        string `json:"type"`
	Title       string `json:"title"`
	RawTitle    string `json:"raw_title"`
	Description string `json:"description"`
	Position    int    `json:"position"`
	Active      bool   `json:"active"`
}

// TicketField is a system or custom ticket field.
type TicketField struct {
	ID  int64  `json:"id"`
	URL string `json:"url"`
	FieldHead
	Required           bool          `json:"required"`
	VisibleInPortal    bool          `json:"visible_in_portal"`
	EditableInPortal   bool          `json:"editable_in_portal"`
	Tag                *string       `json:"tag"`
	Removable          bool          `json:"removable"`
	CustomFieldOptions []FieldOption `json:"custom_field_options,omitempty"`
	CreatedAt          time.Time     `json:"created_at"`
	UpdatedAt          time.Time     `json:"updated_at"`
}

// TicketForm is a ticket form: which fields an agent sees, in order.
type TicketForm struct {
	ID                 int64     `json:"id"`
	URL                string    `json:"url"`
	Name               string    `json:"name"`
	RawName            string    `json:"raw_name"`
	DisplayName        string    `json:"display_name"`
	RawDisplayName     string    `json:"raw_display_name"`
	Position           int       `json:"position"`
	Active             bool      `json:"active"`
	EndUserVisible     bool      `json:"end_user_visible"`
	Default            bool      `json:"default"`
	InAllBrands        bool      `json:"in_all_brands"`
	TicketFieldIDs     []int64   `json:"ticket_field_ids"`
	RestrictedBrandIDs []int64   `json:"restricted_brand_ids"`
	CreatedAt          time.Time `json:"created_at"`
	UpdatedAt          time.Time `json:"updated_at"`
}

// Brand is one of the account's brands.
type Brand struct {
	ID              int64     `json:"id"`
	URL             string    `json:"url"`
	Name            string    `json:"name"`
	BrandURL        string    `json:"brand_url"`
	Subdomain       string    `json:"subdomain"`
	HostMapping     *string   `json:"host_mapping"`
	HasHelpCenter   bool      `json:"has_help_center"`
	HelpCenterState string    `json:"help_center_state"`
	Active          bool      `json:"active"`
	Default         bool      `json:"default"`
	IsDeleted       bool      `json:"is_deleted"`
	Logo            any       `json:"logo"`
	TicketFormIDs   []int64   `json:"ticket_form_ids"`
	CreatedAt       time.Time `json:"created_at"`
	UpdatedAt       time.Time `json:"updated_at"`
}

// PersonField is a user field or an organization field (the two APIs share the shape); Key
// names the value in a user's user_fields or an organization's organization_fields.
type PersonField struct {
	ID  int64  `json:"id"`
	URL string `json:"url"`
	Key string `json:"key"`
	FieldHead
	System             bool          `json:"system"`
	CustomFieldOptions []FieldOption `json:"custom_field_options,omitempty"`
	CreatedAt          time.Time     `json:"created_at"`
	UpdatedAt          time.Time     `json:"updated_at"`
}
