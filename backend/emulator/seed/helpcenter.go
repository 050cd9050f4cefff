package seed

import (
	"fmt"
	"strings"
	"time"
)

// Help Center records (Content Management API field names).

// Category is a Help Center category in one locale.
type Category struct {
	ID           int64     `json:"id"`
	URL          string    `json:"url"`
	HTMLURL      string    `json:"html_url"`
	Name         string    `json:"name"`
	Description  string    `json:"description"`
	Locale       string    `json:"locale"`
	SourceLocale string    `json:"source_locale"`
	Position     int       `json:"position"`
	Outdated     bool      `json:"outdated"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// Section is a Help Center section in one locale.
type Section struct {
	ID              int64     `json:"id"`
	URL             string    `json:"url"`
	HTMLURL         string    `json:"html_url"`
	CategoryID      int64     `json:"category_id"`
	ParentSectionID *int64    `json:"parent_section_id"`
	Name            string    `json:"name"`
	Description     string    `json:"description"`
	Locale          string    `json:"locale"`
	SourceLocale    string    `json:"source_locale"`
	Position        int       `json:"position"`
	Sorting         string    `json:"sorting"`
	Outdated        bool      `json:"outdated"`
	CreatedAt       time.Time `json:"created_at"`
	UpdatedAt       time.Time `json:"updated_at"`
}

// Article is a Help Center article in one locale.
type Article struct {
	ID                int64     `json:"id"`
	URL               string    `json:"url"`
	HTMLURL           string    `json:"html_url"`
	AuthorID          int64     `json:"author_id"`
	CommentsDisabled  bool      `json:"comments_disabled"`
	Draft             bool      `json:"draft"`
	Promoted          bool      `json:"promoted"`
	Position          int       `json:"position"`
	VoteSum           int       `json:"vote_sum"`
	VoteCount         int       `json:"vote_count"`
	SectionID         int64     `json:"section_id"`
	CreatedAt         time.Time `json:"created_at"`
	UpdatedAt         time.Time `json:"updated_at"`
	EditedAt          time.Time `json:"edited_at"`
	Title             string    `json:"title"`
	SourceLocale      string    `json:"source_locale"`
	Locale            string    `json:"locale"`
	Outdated          bool      `json:"outdated"`
	OutdatedLocales   []string  `json:"outdated_locales"`
	PermissionGroupID int64     `json:"permission_group_id"`
	UserSegmentID     *int64    `json:"user_segment_id"`
	LabelNames        []string  `json:"label_names"`
	Body              string    `json:"body"`
}

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
		c := Category{ID: CatBase + int64(i), Name: n, Description: "Everything about " + n, Locale: HCLocales[0], SourceLocale: HCLocales[0], Position: i}
		c.CreatedAt = spread(start, end, i, nCat+1)
		c.UpdatedAt = c.CreatedAt
		hc.Categories = append(hc.Categories, c)
	}
	nSec := nCat * 3
	for i := 1; i <= nSec; i++ {
		r := rngFor(cfg.Seed, int64(i), 21)
		n := capitalize(pick(&r, verbs)) + " your " + pick(&r, nouns)
		s := Section{ID: SectionBase + int64(i), CategoryID: hc.Categories[(i-1)%nCat].ID, Name: n, Description: n + " step by step",
			Locale: HCLocales[0], SourceLocale: HCLocales[0], Position: i, Sorting: "manual"}
		s.CreatedAt = spread(start, end, i, nSec+1)
		s.UpdatedAt = s.CreatedAt
		hc.Sections = append(hc.Sections, s)
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
	c.Locale = loc
	c.URL = fmt.Sprintf("%s/api/v2/help_center/%s/categories/%d.json", base, loc, c.ID)
	c.HTMLURL = fmt.Sprintf("%s/hc/%s/categories/%d", base, loc, c.ID)
	c.Name, _ = localize(c.Name, "", loc)
	return c
}

func (hc *HelpCenter) Section(base, loc string, s Section) Section {
	s.Locale = loc
	s.URL = fmt.Sprintf("%s/api/v2/help_center/%s/sections/%d.json", base, loc, s.ID)
	s.HTMLURL = fmt.Sprintf("%s/hc/%s/sections/%d", base, loc, s.ID)
	s.Name, _ = localize(s.Name, "", loc)
	return s
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
