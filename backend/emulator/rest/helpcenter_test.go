package rest_test

import (
	"fmt"
	"strings"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/seed"
)

func TestHelpCenter(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Articles: 40})
	hc := e.Acct.Data().HC
	count := func(loc string) int {
		n := 0
		for i := range hc.Articles {
			if seed.ContainsString(hc.Locales[i], loc) {
				n++
			}
		}
		return n
	}
	cases := []struct {
		name, path, key string
		want            int
	}{
		{"default locale articles", "/acme/api/v2/help_center/articles.json?per_page=100", "articles", 40},
		{"French articles", "/acme/api/v2/help_center/fr/articles.json?per_page=100", "articles", count("fr")},
		{"German articles, cursor paging", "/acme/api/v2/help_center/de/articles.json?page[size]=100", "articles", count("de")},
		{"categories", "/acme/api/v2/help_center/en-us/categories.json", "categories", len(hc.Categories)},
		{"sections", "/acme/api/v2/help_center/sections.json", "sections", len(hc.Sections)},
		{"sections of a category", fmt.Sprintf("/acme/api/v2/help_center/categories/%d/sections.json", seed.CatBase+1), "sections", 3},
		{"translations", fmt.Sprintf("/acme/api/v2/help_center/articles/%d/translations.json", seed.ArticleBase+1), "translations", len(hc.Locales[0])},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := len(emutest.List(e.Get(c.path), c.key)); got != c.want {
				t.Fatalf("%d %s, want %d", got, c.key, c.want)
			}
		})
	}
	t.Run("paging through articles", func(t *testing.T) {
		m := e.Get("/acme/api/v2/help_center/articles.json?per_page=15&page=3")
		if len(emutest.List(m, "articles")) != 10 || m["next_page"] != nil || emutest.Num(m["count"]) != 40 {
			t.Fatalf("page 3: %d articles", len(emutest.List(m, "articles")))
		}
	})
	t.Run("cursor pages link as Help Center does", func(t *testing.T) {
		// recorded: first and last always, next only while has_more, prev only after the first page
		m := e.Get("/acme/api/v2/help_center/articles.json?page[size]=30")
		links := m["links"].(map[string]any)
		if links["next"] == nil || links["prev"] != nil || links["first"] == nil || links["last"] == nil {
			t.Fatalf("first page links %v", links)
		}
		next := links["next"].(string)
		m = e.Get(next[strings.Index(next, "/acme/"):])
		links = m["links"].(map[string]any)
		if len(emutest.List(m, "articles")) != 10 || links["next"] != nil || links["prev"] == nil || m["meta"].(map[string]any)["has_more"] != false {
			t.Fatalf("last page: %d articles, links %v", len(emutest.List(m, "articles")), links)
		}
	})
	t.Run("incremental articles", func(t *testing.T) {
		m := e.Get(fmt.Sprintf("/acme/api/v2/help_center/incremental/articles.json?start_time=%d", e.Acct.Data().Start.Unix()))
		_, hasEnd := m["end_of_stream"] // Zendesk's article export has none: the client ends on count
		if len(emutest.List(m, "articles")) != 40 || emutest.Num(m["count"]) != 40 || hasEnd {
			t.Fatalf("%d articles, end_of_stream present: %v", len(emutest.List(m, "articles")), hasEnd)
		}
	})
	t.Run("an unknown locale or article is not found", func(t *testing.T) {
		for _, p := range []string{"/acme/api/v2/help_center/xx/articles.json", "/acme/api/v2/help_center/articles/1.json"} {
			if s, _, _ := e.Do("GET", p, emutest.AdminToken, nil); s != 404 {
				t.Fatalf("%s: %d", p, s)
			}
		}
	})
	t.Run("an account without Help Center answers 404", func(t *testing.T) {
		off := emutest.New(t, emulator.SeedConfig{NoHelpCenter: true})
		if s, m, _ := off.Do("GET", "/acme/api/v2/help_center/categories.json", emutest.AdminToken, nil); s != 404 || m["error"] != "RecordNotFound" {
			t.Fatalf("%d %v", s, m)
		}
	})
}
