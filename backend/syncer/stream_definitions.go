package syncer

import (
	"context"
	"time"

	"zensync/backend/convert"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Definition streams: ticket fields, ticket forms and brands (Helpdesk), user and organization
// fields (CRM). Each list is small and has no incremental export, so every sync reads it whole
// in one page and replaces what is stored (a deleted field or brand disappears). They are plain
// list endpoints, not incremental exports, so they are not paced like the exports.
const (
	StreamTicketFields       = "ticket_fields"
	StreamTicketForms        = "ticket_forms"
	StreamBrands             = "brands"
	StreamUserFields         = "user_fields"
	StreamOrganizationFields = "organization_fields"
)

// definitionStream reads one definition list whole.
type definitionStream struct {
	stream string
	read   func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, int, error)
}

func (s definitionStream) name() string               { return s.stream }
func (definitionStream) fresh(string, time.Time) bool { return false }

func (s definitionStream) fetch(ctx context.Context, c *zendesk.Client, _ string) (page, error) {
	set, n, err := s.read(ctx, c)
	if err != nil {
		return page{}, err
	}
	return page{batch: store.Batch{Definitions: []store.DefinitionSet{set}}, next: "whole", done: true, records: n}, nil
}

func isDefinitionStream(name string) bool {
	switch name {
	case StreamTicketFields, StreamTicketForms, StreamBrands, StreamUserFields, StreamOrganizationFields:
		return true
	}
	return false
}

// helpdeskDefinitions are the Helpdesk capability's definition streams.
func helpdeskDefinitions() []stream {
	return []stream{
		definitionStream{StreamTicketFields, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, int, error) {
			fs, err := c.TicketFields(ctx)
			return convert.TicketFields(fs), len(fs), err
		}},
		definitionStream{StreamTicketForms, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, int, error) {
			fs, err := c.TicketForms(ctx)
			return convert.TicketForms(fs), len(fs), err
		}},
		definitionStream{StreamBrands, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, int, error) {
			bs, err := c.Brands(ctx)
			return convert.Brands(bs), len(bs), err
		}},
	}
}

// crmDefinitions are the CRM capability's definition streams.
func crmDefinitions() []stream {
	return []stream{
		definitionStream{StreamUserFields, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, int, error) {
			fs, err := c.UserFields(ctx)
			return convert.PersonFields(store.KindUserField, fs), len(fs), err
		}},
		definitionStream{StreamOrganizationFields, func(ctx context.Context, c *zendesk.Client) (store.DefinitionSet, int, error) {
			fs, err := c.OrganizationFields(ctx)
			return convert.PersonFields(store.KindOrganizationField, fs), len(fs), err
		}},
	}
}
