package store

import (
	"context"
	"encoding/json"
	"fmt"
)

// DefinitionKind names one definition list synced whole from Zendesk.
type DefinitionKind string

// The definition lists Zensync keeps.
const (
	KindTicketField       DefinitionKind = "ticket_field"
	KindTicketForm        DefinitionKind = "ticket_form"
	KindBrand             DefinitionKind = "brand"
	KindUserField         DefinitionKind = "user_field"
	KindOrganizationField DefinitionKind = "organization_field"
)

// FieldOption is one choice of a dropdown or multiselect field: Value is what records hold,
// Name is what is shown.
type FieldOption struct {
	Value string `json:"value"`
	Name  string `json:"name"`
}

// FieldDef is a ticket, user or organization field. Key is set for user and organization fields
// (the name of the value in user_fields / organization_fields). System is true for Zendesk's
// built-in ticket fields (subject, status, …), whose values are the ticket's own columns.
type FieldDef struct {
	ID       int64         `json:"id"`
	Key      string        `json:"key,omitempty"`
	Type     string        `json:"type"`
	Title    string        `json:"title"`
	Position int           `json:"position"`
	Active   bool          `json:"active"`
	System   bool          `json:"system,omitempty"`
	Options  []FieldOption `json:"options,omitempty"`
}

// FormDef is a ticket form and its fields, in the order agents see them.
type FormDef struct {
	ID       int64   `json:"id"`
	Name     string  `json:"name"`
	Position int     `json:"position"`
	Active   bool    `json:"active"`
	Default  bool    `json:"default"`
	FieldIDs []int64 `json:"field_ids"`
}

// BrandDef is one brand.
type BrandDef struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Active  bool   `json:"active"`
	Default bool   `json:"default"`
}

// DefinitionSet is every definition of one kind; applying it replaces what is stored of that
// kind. Only the slice matching Kind is used.
type DefinitionSet struct {
	Kind   DefinitionKind
	Fields []FieldDef
	Forms  []FormDef
	Brands []BrandDef
}

// Definitions are an integration's stored definition lists, each in position order.
type Definitions struct {
	TicketFields       []FieldDef
	TicketForms        []FormDef
	Brands             []BrandDef
	UserFields         []FieldDef
	OrganizationFields []FieldDef
}

type defRow struct {
	id       int64
	position int
	name     string
	data     any
}

func (s DefinitionSet) rows() []defRow {
	var out []defRow
	for _, f := range s.Fields {
		out = append(out, defRow{f.ID, f.Position, f.Title, f})
	}
	for _, f := range s.Forms {
		out = append(out, defRow{f.ID, f.Position, f.Name, f})
	}
	for _, b := range s.Brands {
		out = append(out, defRow{b.ID, 0, b.Name, b})
	}
	return out
}

// definitions replaces the stored definitions of each set's kind.
func (w *batchWriter) definitions(sets []DefinitionSet) (int, error) {
	n := 0
	for _, s := range sets {
		if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM definitions WHERE integration_id = ? AND kind = ?`, w.integ, string(s.Kind)); err != nil {
			return n, fmt.Errorf("replacing %s definitions: %w", s.Kind, err)
		}
		for _, r := range s.rows() {
			data, err := json.Marshal(r.data)
			if err != nil {
				return n, err
			}
			if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO definitions (integration_id, kind, id, position, name, data)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (integration_id, kind, id) DO UPDATE SET
				position = excluded.position, name = excluded.name, data = excluded.data`,
				w.integ, string(s.Kind), r.id, r.position, r.name, string(data)); err != nil {
				return n, fmt.Errorf("storing %s %d: %w", s.Kind, r.id, err)
			}
			n++
		}
	}
	return n, nil
}

// Definitions reads an integration's definition lists, each ordered by position then id.
func (r *TicketReader) Definitions(ctx context.Context, integrationID string) (Definitions, error) {
	return readDefinitions(ctx, r.db, integrationID, "")
}

// readDefinitions reads an integration's definition lists (only kind's when kind is not ""),
// each ordered by position then id.
func readDefinitions(ctx context.Context, db *DB, integrationID string, kind DefinitionKind) (Definitions, error) {
	d := Definitions{TicketFields: []FieldDef{}, TicketForms: []FormDef{}, Brands: []BrandDef{}, UserFields: []FieldDef{}, OrganizationFields: []FieldDef{}}
	query, args := `SELECT kind, data FROM definitions WHERE integration_id = ?`, []any{integrationID}
	if kind != "" {
		query, args = query+` AND kind = ?`, append(args, string(kind))
	}
	rows, err := db.Read().WithContext(ctx).Raw(query+` ORDER BY kind, position, id`, args...).Rows()
	if err != nil {
		return d, fmt.Errorf("reading definitions of %s: %w", integrationID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, data string
		if err := rows.Scan(&kind, &data); err != nil {
			return d, fmt.Errorf("reading definitions of %s: %w", integrationID, err)
		}
		if err := d.add(DefinitionKind(kind), []byte(data)); err != nil {
			return d, fmt.Errorf("reading a %s definition of %s: %w", kind, integrationID, err)
		}
	}
	return d, rows.Err()
}

func (d *Definitions) add(kind DefinitionKind, data []byte) error {
	switch kind {
	case KindTicketField, KindUserField, KindOrganizationField:
		var f FieldDef
		if err := json.Unmarshal(data, &f); err != nil {
			return err
		}
		switch kind {
		case KindTicketField:
			d.TicketFields = append(d.TicketFields, f)
		case KindUserField:
			d.UserFields = append(d.UserFields, f)
		default:
			d.OrganizationFields = append(d.OrganizationFields, f)
		}
	case KindTicketForm:
		var f FormDef
		if err := json.Unmarshal(data, &f); err != nil {
			return err
		}
		d.TicketForms = append(d.TicketForms, f)
	case KindBrand:
		var b BrandDef
		if err := json.Unmarshal(data, &b); err != nil {
			return err
		}
		d.Brands = append(d.Brands, b)
	}
	return nil
}
