package syncer

import (
	"context"
	"time"

	"zensync/backend/convert"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Definition streams: ticket fields, ticket forms and brands (Helpdesk), user and organization
// fields (Helpdesk and CRM). Each list is small and has no incremental export, so every sync reads it whole
// in one page and replaces what is stored (a deleted field or brand disappears). They are plain
// list endpoints, so they count against the account's request budget, not the export limit.
const (
	StreamTicketFields       = "ticket_fields"
	StreamTicketForms        = "ticket_forms"
	StreamBrands             = "brands"
	StreamUserFields         = "user_fields"
	StreamOrganizationFields = "organization_fields"
)

// definitionStream reads one definition list whole. It starts once the run's newest-first
// streams have left their recent phase (the run's gate), so a first sync still shows recent tickets first.
// Its records are not counted in the sync's total: re-reading an unchanged list every poll is
// not news ("Synced 0 records" stays true when nothing changed).
type definitionStream struct {
	stream string
	r      *run
	read   func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, error)
}

func (s definitionStream) name() string               { return s.stream }
func (definitionStream) fresh(string, time.Time) bool { return false }

func (s definitionStream) fetch(ctx context.Context, c *zendesk.Client, _ string) (page, error) {
	if err := s.r.gate.wait(ctx); err != nil {
		return page{}, err
	}
	set, err := s.read(ctx, c)
	if err != nil {
		return page{}, err
	}
	return page{batch: store.Batch{Definitions: []store.DefinitionSet{set}}, next: "whole", done: true}, nil
}

// helpdeskDefinitions are the Helpdesk capability's definition streams.
func helpdeskDefinitions(r *run) []stream {
	return []stream{
		definitionStream{StreamTicketFields, r, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, error) {
			fs, err := c.TicketFields(ctx)
			return convert.TicketFields(fs), err
		}},
		definitionStream{StreamTicketForms, r, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, error) {
			fs, err := c.TicketForms(ctx)
			return convert.TicketForms(fs), err
		}},
		definitionStream{StreamBrands, r, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, error) {
			bs, err := c.Brands(ctx)
			return convert.Brands(bs), err
		}},
	}
}

// personDefinitions are the user and organization field definitions: the CRM capability's, and
// the Helpdesk's too (it keeps every user and their organizations).
func personDefinitions(r *run) []stream {
	return []stream{
		definitionStream{StreamUserFields, r, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, error) {
			fs, err := c.UserFields(ctx)
			return convert.PersonFields(store.KindUserField, fs), err
		}},
		definitionStream{StreamOrganizationFields, r, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, error) {
			fs, err := c.OrganizationFields(ctx)
			return convert.PersonFields(store.KindOrganizationField, fs), err
		}},
	}
}
