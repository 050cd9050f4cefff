package rest_test

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
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

// fetchNoFollow GETs url (with token unless empty) without following redirects.
func fetchNoFollow(t *testing.T, url, token string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
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
	var all []seed.ArticleAttachment
	for _, a := range e.Acct.Data().HC.Articles {
		all = append(all, seed.ArticleAttachments(e.TS.URL+"/acme", a)...)
	}
	var logoBytes []byte
	for _, a := range all {
		resp, _ := fetchNoFollow(t, a.ContentURL, "")
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("%s without a token: %d, want 401", a.ContentURL, resp.StatusCode)
		}
		variants := []string{a.ContentURL,
			fmt.Sprintf("%s/acme/hc/article_attachments/%d", e.TS.URL, a.ID),
			fmt.Sprintf("%s/acme/hc/fr/article_attachments/%d/%s", e.TS.URL, a.ID, a.FileName)}
		for _, u := range variants {
			resp, _ = fetchNoFollow(t, u, emutest.AdminToken)
			loc := resp.Header.Get("Location")
			if resp.StatusCode != http.StatusFound || !strings.HasPrefix(loc, e.TS.URL+"/_storage/acme/") {
				t.Fatalf("%s: %d to %q, want 302 to the storage path", u, resp.StatusCode, loc)
			}
		}
		resp, body := fetchNoFollow(t, resp.Header.Get("Location"), "")
		if resp.StatusCode != 200 || int64(len(body)) != a.Size || resp.Header.Get("Content-Type") != a.ContentType {
			t.Fatalf("storage of %s: %d, %d bytes of %s; want %d bytes of %s", a.FileName, resp.StatusCode, len(body), resp.Header.Get("Content-Type"), a.Size, a.ContentType)
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
	if len(all) == 0 {
		t.Fatal("no seeded article attachments")
	}
	for _, u := range []string{
		fmt.Sprintf("%s/acme/hc/article_attachments/%d/x.png", e.TS.URL, seed.ArticleAttachmentBase+999_999), // no such attachment
		fmt.Sprintf("%s/acme/hc/article_attachments/abc/x.png", e.TS.URL),
		fmt.Sprintf("%s/acme/hc/xx/article_attachments/%d/x.png", e.TS.URL, all[0].ID), // no such locale
	} {
		if resp, _ := fetchNoFollow(t, u, emutest.AdminToken); resp.StatusCode != http.StatusNotFound {
			t.Fatalf("%s: %d, want 404", u, resp.StatusCode)
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
	var a []seed.ArticleAttachment
	for _, art := range e.Acct.Data().HC.Articles {
		a = append(a, seed.ArticleAttachments(e.TS.URL+"/acme", art)...)
	}
	if len(a) == 0 {
		t.Fatal("no seeded article attachments")
	}
	for _, x := range a[:3] {
		if resp, _ := fetchNoFollow(t, x.ContentURL, emutest.AdminToken); resp.StatusCode != http.StatusNotFound {
			t.Fatalf("file with the Help Center off: %d, want 404", resp.StatusCode)
		}
	}
}
