package zendesk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"zensync/backend/emulator/seed"
)

func TestHCArticleAttachmentsFromTheEmulator(t *testing.T) {
	e := newContractEmu(t)
	c := New(e.url+"/acme", &http.Client{Transport: bearer{e.token}}, nil)
	ctx := context.Background()
	total, inline := 0, 0
	for i := int64(1); i <= 12; i++ {
		id := seed.ArticleBase + i
		got, err := c.HCArticleAttachments(ctx, id)
		if err != nil {
			t.Fatalf("article %d: %v", id, err)
		}
		body := e.json("GET", fmt.Sprintf("/acme/api/v2/help_center/articles/%d/attachments.json", id), nil)
		want, _ := body["article_attachments"].([]any)
		if len(got) != len(want) {
			t.Fatalf("article %d: %d attachments, the list has %d", id, len(got), len(want))
		}
		for k, a := range got {
			w := want[k].(map[string]any)
			if a.ID != int64(w["id"].(float64)) || a.ArticleID != id || a.FileName != w["file_name"] || a.ContentURL != w["content_url"] ||
				a.Size != int64(w["size"].(float64)) || a.Inline != w["inline"] || a.ContentType != w["content_type"] || a.CreatedAt.IsZero() {
				t.Fatalf("article %d: decoded %+v from %v", id, a, w)
			}
			total++
			if a.Inline {
				inline++
			}
			// the file: token to the account's address only, bytes from the storage redirect
			resp, err := c.OpenAttachment(ctx, a.ContentURL, nil)
			if err != nil {
				t.Fatalf("open %s: %v", a.ContentURL, err)
			}
			n, _ := io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if n != a.Size || !strings.Contains(resp.Request.URL.Path, "/_storage/") {
				t.Fatalf("%s: %d bytes from %s, want %d from storage", a.FileName, n, resp.Request.URL, a.Size)
			}
		}
	}
	if total == 0 || inline == 0 {
		t.Fatalf("12 seeded articles: %d attachments, %d inline; want some of both", total, inline)
	}
	if _, err := c.HCArticleAttachments(ctx, seed.ArticleBase+999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown article: %v, want ErrNotFound", err)
	}
}

// Zendesk's documented example (the Article Attachments reference; no recorded answer of this
// endpoint was found), served as two offset pages, then as two cursor pages.
func TestHCArticleAttachmentsFollowsOffsetAndCursorPages(t *testing.T) {
	pages := map[string]string{
		"offset1": `{"article_attachments":[{"article_id":23,"content_type":"application/jpeg","content_url":"https://company.zendesk.com/hc/article_attachments/200109629/logo.jpg","file_name":"logo.jpg","id":1428,"inline":true,"size":1428}],"next_page":"%s/api/v2/help_center/articles/23/attachments.json?page=2","previous_page":null,"count":2}`,
		"offset2": `{"article_attachments":[{"article_id":23,"content_type":"application/pdf","content_url":"https://company.zendesk.com/hc/article_attachments/200109629/party_invitation.pdf","file_name":"party_invitation.pdf","id":2857,"inline":false,"size":58298}],"next_page":null,"previous_page":null,"count":2}`,
		"cursor1": `{"article_attachments":[{"article_id":23,"content_type":"application/jpeg","content_url":"https://company.zendesk.com/hc/article_attachments/200109629/logo.jpg","file_name":"logo.jpg","id":1428,"inline":true,"size":1428}],"meta":{"has_more":true,"after_cursor":"xxx"},"links":{"next":"%s/api/v2/help_center/articles/23/attachments.json?page[size]=100&page[after]=xxx"}}`,
		"cursor2": `{"article_attachments":[{"article_id":23,"content_type":"application/pdf","content_url":"https://company.zendesk.com/hc/article_attachments/200109629/party_invitation.pdf","file_name":"party_invitation.pdf","id":2857,"inline":false,"size":58298}],"meta":{"has_more":false},"links":{}}`,
	}
	for _, mode := range []string{"offset", "cursor"} {
		t.Run(mode, func(t *testing.T) {
			var srv *httptest.Server
			srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != "/api/v2/help_center/articles/23/attachments.json" {
					http.NotFound(w, r)
					return
				}
				key := mode + "1"
				if r.URL.Query().Get("page") == "2" || r.URL.Query().Get("page[after]") == "xxx" {
					key = mode + "2"
				}
				w.Header().Set("Content-Type", "application/json")
				body := pages[key]
				if strings.Contains(body, "%s") {
					body = fmt.Sprintf(body, srv.URL)
				}
				_, _ = io.WriteString(w, body)
			}))
			defer srv.Close()
			got, err := New(srv.URL, srv.Client(), nil).HCArticleAttachments(context.Background(), 23)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || got[0].ID != 1428 || !got[0].Inline || got[1].FileName != "party_invitation.pdf" || got[1].Size != 58298 || got[1].Inline {
				t.Fatalf("got %+v", got)
			}
		})
	}
}
