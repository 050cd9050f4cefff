package rest_test

import (
	"bytes"
	"image/png"
	"net/http"
	"strings"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/record"
	"zensync/backend/zendesk/wire"
)

// seededAttachmentsOf returns every attachment of the first n seeded tickets.
func seededAttachmentsOf(e *emutest.Env, n int64) []wire.Attachment {
	var out []wire.Attachment
	for id := int64(1); id <= n; id++ {
		for _, c := range e.Acct.Data().SeededComments(id, e.TS.URL+"/acme") {
			out = append(out, c.Attachments...)
		}
	}
	return out
}

func TestAttachmentContentRedirectsToStorageWithoutCredentials(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 300, Users: 30, Organizations: 5})
	atts := seededAttachmentsOf(e, 300)
	kinds := map[string]wire.Attachment{}
	inline := 0
	for _, a := range atts {
		if _, seen := kinds[a.ContentType]; !seen || a.Size < kinds[a.ContentType].Size {
			kinds[a.ContentType] = a
		}
		if a.Inline {
			inline++
		}
	}
	if len(kinds) < 2 || inline == 0 {
		t.Fatalf("want PNG and text attachments and some inline images in 300 tickets, got kinds %v, %d inline", len(kinds), inline)
	}
	for kind, a := range kinds {
		if a.Size > 1<<20 {
			continue // the oversized binaries are covered by the size check below
		}
		t.Run(kind, func(t *testing.T) {
			if !strings.HasPrefix(a.ContentURL, e.TS.URL+"/acme/attachments/token/") || !strings.Contains(a.ContentURL, "/?name=") {
				t.Fatalf("content_url %q is not Zendesk's shape", a.ContentURL)
			}
			if st, _, _ := e.Fetch(a.ContentURL, ""); st != http.StatusUnauthorized {
				t.Fatalf("content_url without a token: status %d, want 401", st)
			}
			st, h, _ := e.Fetch(a.ContentURL, emutest.AdminToken)
			loc := h.Get("Location")
			if st != http.StatusFound || !strings.HasPrefix(loc, e.TS.URL+"/_storage/acme/") {
				t.Fatalf("content_url: status %d Location %q, want 302 to the storage path", st, loc)
			}
			st, h, body := e.Raw(nil, "GET", loc, "", nil, nil) // no credentials
			if st != 200 || int64(len(body)) != a.Size || h.Get("Content-Type") != a.ContentType {
				t.Fatalf("storage: status %d, %d bytes of %s; want 200, %d bytes of %s", st, len(body), h.Get("Content-Type"), a.Size, a.ContentType)
			}
			if kind == record.AttachKindPNG {
				img, err := png.Decode(bytes.NewReader(body))
				if err != nil || img.Bounds().Dx() != record.PNGWidth {
					t.Fatalf("the seeded PNG does not decode: %v", err)
				}
			}
			if _, _, again := e.Raw(nil, "GET", loc, "", nil, nil); !bytes.Equal(body, again) {
				t.Fatal("the same attachment served different bytes")
			}
		})
	}
	if st, _, _ := e.Raw(nil, "GET", e.URL("/_storage/acme/seedzzzz/x.png"), "", nil, nil); st != http.StatusNotFound {
		t.Fatalf("unknown storage key: status %d, want 404", st)
	}
}

func TestInlineImagesAppearInHTMLBody(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 300, Users: 30, Organizations: 5})
	found := false
	for id := int64(1); id <= 300; id++ {
		for _, c := range e.Acct.Data().SeededComments(id, "https://acme.example") {
			for _, a := range c.Attachments {
				has := strings.Contains(c.HTMLBody, `<img src="`+a.ContentURL+`"`)
				if has != a.Inline {
					t.Fatalf("comment %d: attachment inline=%v but img in html_body=%v: %s", c.ID, a.Inline, has, c.HTMLBody)
				}
				found = found || has
			}
		}
	}
	if !found {
		t.Fatal("no inline image in 300 seeded tickets")
	}
}
