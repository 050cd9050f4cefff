package seed

import (
	"fmt"
	"strings"
	"time"

	"zensync/backend/zendesk/wire"
)

// Help Center records (Content Management API field names).

// The Help Center records the API serves are described once, in package wire.
type (
	Category = wire.HCCategory
	Section  = wire.HCSection
	Article  = wire.HCArticle
)

// Translation is one locale's version of an article.
type Translation struct {
	ID          int64     `json:"id"`
	URL         string    `json:"url"`
	HTMLURL     string    `json:"html_url"`
	SourceID    int64     `json:"source_id"`
	SourceType  string    `json:"source_type"`
	Locale      string    `json:"locale"`
	Title       string    `json:"title"`
	Body        string    `json:"body"`
	Outdated    bool      `json:"outdated"`
	Draft       bool      `json:"draft"`
	Hidden      bool      `json:"hidden"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
	UpdatedByID int64     `json:"updated_by_id"`
	CreatedByID int64     `json:"created_by_id"`
}

// HCLocales are the Help Center's locales; the first is the default (source) locale.
var HCLocales = []string{"en-us", "fr", "de"}

var localePrefix = map[string][2]string{
	"en-us": {"", ""},
	"fr":    {"Guide : ", "<p>Cet article explique la procédure.</p>"},
	"de":    {"Anleitung: ", "<p>Dieser Artikel beschreibt das Vorgehen.</p>"},
}

type hcText struct{ title, body string }

// HelpCenter holds the seeded Help Center: every record in the default locale plus, per
// article, the locales it is translated into.
type HelpCenter struct {
	Categories []Category
	Sections   []Section
	Articles   []Article
	Locales    [][]string // locales[i]: the locales article i exists in
}

func seedHelpCenter(cfg Config, start, end time.Time) *HelpCenter {
	hc := &HelpCenter{}
	if cfg.Articles == 0 {
		return hc
	}
	nCat := max(1, min(6, cfg.Articles/40+1))
	for i := 1; i <= nCat; i++ {
		r := rngFor(cfg.Seed, int64(i), 20)
		n := capitalize(pick(&r, nouns)) + " and " + pick(&r, nouns)
		hc.Categories = append(hc.Categories, Category{HCHeading: heading(CatBase+int64(i), n, "Everything about "+n, i, spread(start, end, i, nCat+1))})
	}
	nSec := nCat * 3
	for i := 1; i <= nSec; i++ {
		r := rngFor(cfg.Seed, int64(i), 21)
		n := capitalize(pick(&r, verbs)) + " your " + pick(&r, nouns)
		hc.Sections = append(hc.Sections, Section{HCHeading: heading(SectionBase+int64(i), n, n+" step by step", i, spread(start, end, i, nSec+1)),
			CategoryID: hc.Categories[(i-1)%nCat].ID, Sorting: "manual"})
	}
	for i := 1; i <= cfg.Articles; i++ {
		r := rngFor(cfg.Seed, int64(i), 22)
		title := appendTemplate(nil, &r, pick(&r, []string{"How to %v the %n", "Why is my %n %a?", "Troubleshooting %a %n", "%N: %v and %v", "Getting started with the %n"}))
		var body strings.Builder
		for p := 2 + r.intn(4); p > 0; p-- {
			body.WriteString("<p>")
			body.Write(appendTemplate(nil, &r, pick(&r, sentenceTemplates)))
			body.WriteString(" ")
			body.Write(appendTemplate(nil, &r, pick(&r, agentTemplates)))
			body.WriteString("</p>")
		}
		a := Article{
			ID: ArticleBase + int64(i), AuthorID: UserBase + 1, SectionID: hc.Sections[(i-1)%nSec].ID,
			Position: i, Promoted: r.pct(10), Draft: r.pct(5), VoteSum: r.intn(20), VoteCount: r.intn(40),
			Title: capitalize(string(title)), Body: body.String(), Locale: HCLocales[0], SourceLocale: HCLocales[0],
			PermissionGroupID: 9_000_001, LabelNames: []string{pick(&r, ticketTags)}, OutdatedLocales: []string{},
		}
		a.CreatedAt = spread(start, end, i, cfg.Articles+1)
		a.UpdatedAt = a.CreatedAt.Add(monotoneLag(&r, start, end, cfg.Articles+1))
		a.EditedAt = a.UpdatedAt
		locs := []string{HCLocales[0]}
		if r.pct(60) {
			locs = append(locs, "fr")
		}
		if r.pct(40) {
			locs = append(locs, "de")
		}
		hc.Articles = append(hc.Articles, a)
		hc.Locales = append(hc.Locales, locs)
	}
	return hc
}

// heading is a category's or a section's common part in the default locale, created (and last
// updated) at created.
func heading(id int64, name, description string, position int, created time.Time) wire.HCHeading {
	return wire.HCHeading{ID: id, Name: name, Description: description, Locale: HCLocales[0], SourceLocale: HCLocales[0],
		Position: position, CreatedAt: created, UpdatedAt: created}
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-('a'-'A')) + s[1:]
}

func HasLocale(loc string) bool {
	_, ok := localePrefix[loc]
	return ok
}

func localize(title, body, loc string) (string, string) {
	p := localePrefix[loc]
	return p[0] + title, p[1] + body
}

func (hc *HelpCenter) Category(base, loc string, c Category) Category {
	c.HCHeading = localHeading(base, loc, "categories", c.HCHeading)
	return c
}

func (hc *HelpCenter) Section(base, loc string, s Section) Section {
	s.HCHeading = localHeading(base, loc, "sections", s.HCHeading)
	return s
}

// localHeading is h in locale loc, with its addresses on base; kind is "categories" or "sections".
func localHeading(base, loc, kind string, h wire.HCHeading) wire.HCHeading {
	h.Locale = loc
	h.URL = fmt.Sprintf("%s/api/v2/help_center/%s/%s/%d.json", base, loc, kind, h.ID)
	h.HTMLURL = fmt.Sprintf("%s/hc/%s/%s/%d", base, loc, kind, h.ID)
	h.Name, _ = localize(h.Name, "", loc)
	return h
}

// article returns article i in loc, or false when it has no translation there.
func (hc *HelpCenter) Article(base, loc string, i int) (Article, bool) {
	a := hc.Articles[i]
	if !ContainsString(hc.Locales[i], loc) {
		return Article{}, false
	}
	a.Locale = loc
	a.URL = fmt.Sprintf("%s/api/v2/help_center/%s/articles/%d.json", base, loc, a.ID)
	a.HTMLURL = fmt.Sprintf("%s/hc/%s/articles/%d", base, loc, a.ID)
	a.Title, a.Body = localize(a.Title, a.Body, loc)
	a.Body += articleInlineHTML(base, hc.Articles[i]) // article_attachments.go
	return a, true
}

func (hc *HelpCenter) Translations(base string, i int) []Translation {
	out := []Translation{}
	for k, loc := range hc.Locales[i] {
		a, _ := hc.Article(base, loc, i)
		out = append(out, Translation{
			ID: 8_000_000_000 + int64(i)*4 + int64(k), SourceID: a.ID, SourceType: "Article", Locale: loc,
			Title: a.Title, Body: a.Body, CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt,
			UpdatedByID: a.AuthorID, CreatedByID: a.AuthorID, HTMLURL: a.HTMLURL,
			URL: fmt.Sprintf("%s/api/v2/help_center/articles/%d/translations/%d.json", base, a.ID, 8_000_000_000+int64(i)*4+int64(k)),
		})
	}
	return out
}
