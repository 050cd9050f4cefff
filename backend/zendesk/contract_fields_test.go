package zendesk

import (
	"context"
	"reflect"
	"testing"
)

// Ticket fields, ticket forms and brands against the recorded answers (testdata/recorded:
// go-zendesk's fixtures, see SOURCES.json): the emulator answers in the same shape, and the
// client reads the recordings field by field.

type offsetPage struct {
	NextPage     *string `json:"next_page"`
	PreviousPage *string `json:"previous_page"`
	Count        int     `json:"count"`
}

func TestEmulatorDefinitionListsAnswerAsTheRecordings(t *testing.T) {
	e := newContractEmu(t)
	cases := []struct {
		name, path string
		read       reflect.Type
		excuses    map[string]string
	}{
		{"ticket_fields_offset", "/acme/api/v2/ticket_fields.json", typeOf[struct {
			TicketFields []TicketField `json:"ticket_fields"`
			offsetPage
		}](), nil},
		{"ticket_forms_offset", "/acme/api/v2/ticket_forms.json", typeOf[struct {
			TicketForms []TicketForm `json:"ticket_forms"`
			offsetPage
		}](), nil},
		{"brands_offset", "/acme/api/v2/brands.json", typeOf[struct {
			Brands []Brand `json:"brands"`
			offsetPage
		}](), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st, h, b := e.call("GET", c.path, nil)
			recordedVs(t, c.name, st, h, b, c.read, c.excuses)
		})
	}
}

func TestRecordedDefinitionListsDecodeFieldByField(t *testing.T) {
	ctx := context.Background()
	t.Run("ticket_fields", func(t *testing.T) {
		c, _ := replayClient(t, "ticket_fields_offset")
		fs, err := c.TicketFields(ctx)
		if err != nil || len(fs) != 5 {
			t.Fatalf("%d fields, %v", len(fs), err)
		}
		tagger := fs[2]
		if fs[0].Type != "subject" || fs[0].Title != "Subject" || fs[0].Removable || !fs[0].Active ||
			tagger.ID != 360011759674 || tagger.Type != "tagger" || tagger.Title != "Tagger Field" || tagger.Position != 7 ||
			len(tagger.CustomFieldOptions) != 2 || tagger.CustomFieldOptions[1] != (FieldOption{ID: 360013088894, Name: "Option 2", RawName: "Option 2", Value: "opt2"}) ||
			fs[3].Type != "date" || fs[4].Type != "checkbox" || len(fs[1].CustomFieldOptions) != 0 {
			t.Fatalf("%+v", fs)
		}
	})
	t.Run("ticket_forms", func(t *testing.T) {
		c, _ := replayClient(t, "ticket_forms_offset")
		fs, err := c.TicketForms(ctx)
		if err != nil || len(fs) != 1 || fs[0].ID != 360000124108 || fs[0].Name != "デフォルトのチケットフォーム" || !fs[0].Default ||
			!fs[0].Active || fs[0].Position != 1 || len(fs[0].TicketFieldIDs) != 2 || fs[0].TicketFieldIDs[1] != 360000422508 {
			t.Fatalf("%+v %v", fs, err)
		}
	})
	t.Run("brands", func(t *testing.T) {
		c, _ := replayClient(t, "brands_offset")
		bs, err := c.Brands(ctx)
		if err != nil || len(bs) != 2 || bs[0].ID != 360002143133 || bs[0].Name != "brand2" || bs[0].Subdomain != "example-brand2" ||
			!bs[0].Active || bs[0].Default || bs[0].BrandURL != "https://example-brand2.zendesk.com" || bs[0].HelpCenterState != "disabled" ||
			len(bs[0].TicketFormIDs) != 8 || !bs[1].Default || bs[1].Name != "サンドボックス" {
			t.Fatalf("%+v %v", bs, err)
		}
	})
}
