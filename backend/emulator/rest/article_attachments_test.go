package rest_test

import (
	"bytes"
	"fmt"
	"image/png"
	"net/http"
	"strings"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/seed"
)

// articleAttachmentsEnv seeds 60 articles: enough for every kind of seeded article attachment.
func articleAttachmentsEnv(t *testing.T) *emutest.Env {
	return emutest.New(t, emulator.SeedConfig{Tickets: 20, Users: 10, Organizations: 2, Articles: 60})
}

// seededArticleAttachments returns the attachments of every seeded article; it fails the test
// when there are none.
func seededArticleAttachments(e *emutest.Env) []seed.ArticleAttachment {
	e.T.Helper()
	var out []seed.ArticleAttachment
	for _, a := range e.Acct.Data().HC.Articles {
		out = append(out, seed.ArticleAttachments(e.TS.URL+"/acme", a)...)
	}
	if len(out) == 0 {
		e.T.Fatal("no seeded article attachments")
	}
	return out
}

func TestArticleAttachmentsListAndBodies(t *testing.T) {
	e := articleAttachmentsEnv(t)
	inline, block, logos := 0, 0, 0
	for i := int64(1); i <= 60; i++ {
		id := seed.ArticleBase + i
		m := e.Get(fmt.Sprintf("/acme/api/v2/help_center/articles/%d/attachments.json", id))
		atts := emutest.List(m, "article_attachments")
		art := e.Get(fmt.Sprintf("/acme/api/v2/help_center/articles/%d.json", id))["article"].(map[string]any)
		body := art["body"].(string)
		for _, x := range atts {
			a := x.(map[string]any)
			url := a["content_url"].(string)
			if emutest.Num(a["article_id"]) != id || !strings.HasPrefix(url, e.TS.URL+"/acme/hc/article_attachments/") {
				t.Fatalf("article %d: attachment %v", id, a)
			}
			if a["inline"] == true {
				inline++
				if !strings.Contains(body, `<img src="`+url+`"`) {
					t.Fatalf("article %d: inline attachment %s is not in the body %q", id, url, body)
				}
			} else {
				block++
				if strings.Contains(body, url) {
					t.Fatalf("article %d: a listed (not inline) attachment is in the body", id)
				}
			}
			if a["file_name"] == "logo.png" {
				logos++
			}
		}
		for kind, want := range map[string]bool{"inline": true, "block": false} {
			for _, x := range emutest.List(e.Get(fmt.Sprintf("/acme/api/v2/help_center/articles/%d/attachments/%s.json", id, kind)), "article_attachments") {
				if x.(map[string]any)["inline"] != want {
					t.Fatalf("article %d: /attachments/%s lists %v", id, kind, x)
				}
			}
		}
	}
	if inline < 5 || block < 5 || logos < 2 {
		t.Fatalf("60 articles: %d inline, %d listed, %d logos; want some of each and the logo twice", inline, block, logos)
	}
}

func TestArticleAttachmentFileRedirectsToStorageWithoutCredentials(t *testing.T) {
	e := articleAttachmentsEnv(t)
	all := seededArticleAttachments(e)
	var logoBytes []byte
	for _, a := range all {
		if st, _, _ := e.Fetch(a.ContentURL, ""); st != http.StatusUnauthorized {
			t.Fatalf("%s without a token: %d, want 401", a.ContentURL, st)
		}
		variants := []string{a.ContentURL,
			fmt.Sprintf("%s/acme/hc/article_attachments/%d", e.TS.URL, a.ID),
			fmt.Sprintf("%s/acme/hc/fr/article_attachments/%d/%s", e.TS.URL, a.ID, a.FileName)}
		var loc string
		for _, u := range variants {
			st, h, _ := e.Fetch(u, emutest.AdminToken)
			loc = h.Get("Location")
			if st != http.StatusFound || !strings.HasPrefix(loc, e.TS.URL+"/_storage/acme/") {
				t.Fatalf("%s: %d to %q, want 302 to the storage path", u, st, loc)
			}
		}
		st, h, body := e.Fetch(loc, "")
		if st != 200 || int64(len(body)) != a.Size || h.Get("Content-Type") != a.ContentType {
			t.Fatalf("storage of %s: %d, %d bytes of %s; want %d bytes of %s", a.FileName, st, len(body), h.Get("Content-Type"), a.Size, a.ContentType)
		}
		if a.ContentType == "image/png" {
			if _, err := png.Decode(bytes.NewReader(body)); err != nil {
				t.Fatalf("%s is not a PNG: %v", a.FileName, err)
			}
		}
		if a.FileName == "logo.png" {
			if logoBytes != nil && !bytes.Equal(logoBytes, body) {
				t.Fatal("the shared logo's bytes differ between articles")
			}
			logoBytes = body
		}
	}
	for _, u := range []string{
		fmt.Sprintf("%s/acme/hc/article_attachments/%d/x.png", e.TS.URL, seed.ArticleAttachmentBase+999_999), // no such attachment
		fmt.Sprintf("%s/acme/hc/article_attachments/abc/x.png", e.TS.URL),
		fmt.Sprintf("%s/acme/hc/xx/article_attachments/%d/x.png", e.TS.URL, all[0].ID), // no such locale
	} {
		if st, _, _ := e.Fetch(u, emutest.AdminToken); st != http.StatusNotFound {
			t.Fatalf("%s: %d, want 404", u, st)
		}
	}
}

func TestArticleAttachmentsListErrors(t *testing.T) {
	e := articleAttachmentsEnv(t)
	for _, p := range []string{
		fmt.Sprintf("/acme/api/v2/help_center/articles/%d/attachments.json", seed.ArticleBase+999),
		fmt.Sprintf("/acme/api/v2/help_center/articles/%d/attachments/sideways.json", seed.ArticleBase+1),
		fmt.Sprintf("/acme/api/v2/help_center/xx/articles/%d/attachments.json", seed.ArticleBase+1),
	} {
		if status, _, _ := e.Do("GET", p, emutest.AdminToken, nil); status != http.StatusNotFound {
			t.Fatalf("GET %s: %d, want 404", p, status)
		}
	}
	if status, _, _ := e.Do("GET", fmt.Sprintf("/acme/api/v2/help_center/en-us/articles/%d/attachments.json", seed.ArticleBase+1), "", nil); status != http.StatusUnauthorized {
		t.Fatalf("list without a token: %d, want 401", status)
	}
	e.Acct.SetHelpCenter(false)
	status, m, _ := e.Do("GET", fmt.Sprintf("/acme/api/v2/help_center/articles/%d/attachments.json", seed.ArticleBase+1), emutest.AdminToken, nil)
	if status != http.StatusNotFound || !strings.Contains(fmt.Sprint(m), "Help Center is not enabled") {
		t.Fatalf("Help Center off: %d %v", status, m)
	}
	for _, x := range seededArticleAttachments(e)[:3] {
		if st, _, _ := e.Fetch(x.ContentURL, emutest.AdminToken); st != http.StatusNotFound {
			t.Fatalf("file with the Help Center off: %d, want 404", st)
		}
	}
}
