package store

import "time"

// CategoryRecord is a Help Center category in one locale.
type CategoryRecord struct {
	ID          int64
	Locale      string
	Name        string
	Description string
	Position    int
	HTMLURL     string
	UpdatedAt   time.Time
}

// SectionRecord is a Help Center section in one locale.
type SectionRecord struct {
	ID          int64
	Locale      string
	CategoryID  int64
	Name        string
	Description string
	Position    int
	HTMLURL     string
	UpdatedAt   time.Time
}

// ArticleRecord is a Help Center article in one locale; Body is Zendesk's HTML, stored as is.
type ArticleRecord struct {
	ID         int64
	Locale     string
	SectionID  int64
	AuthorID   int64
	Title      string
	Body       string
	Draft      bool
	Position   int
	LabelNames []string
	HTMLURL    string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

var (
	categoryTable = newTable(upsertSpec{
		table: "hc_categories", key: "id locale",
		when: "excluded.updated_at > hc_categories.updated_at OR excluded.position <> hc_categories.position",
	}, func(r *rowBuf, c *CategoryRecord) {
		r.Int("id", c.ID)
		r.Str("locale", c.Locale)
		r.Str("name", c.Name)
		r.Str("description", c.Description)
		r.Int("position", int64(c.Position))
		r.Str("html_url", c.HTMLURL)
		r.Int("updated_at", unix(c.UpdatedAt))
	})
	sectionTable = newTable(upsertSpec{
		table: "hc_sections", key: "id locale",
		when: "excluded.updated_at > hc_sections.updated_at OR excluded.position <> hc_sections.position",
	}, func(r *rowBuf, s *SectionRecord) {
		r.Int("id", s.ID)
		r.Str("locale", s.Locale)
		r.Int("category_id", s.CategoryID)
		r.Str("name", s.Name)
		r.Str("description", s.Description)
		r.Int("position", int64(s.Position))
		r.Str("html_url", s.HTMLURL)
		r.Int("updated_at", unix(s.UpdatedAt))
	})
	articleTable = newTable(upsertSpec{
		table: "hc_articles", key: "id locale",
		when: "excluded.updated_at > hc_articles.updated_at",
	}, func(r *rowBuf, a *ArticleRecord) {
		r.Int("id", a.ID)
		r.Str("locale", a.Locale)
		r.Int("section_id", a.SectionID)
		r.Int("author_id", a.AuthorID)
		r.Str("title", a.Title)
		r.Str("body", a.Body)
		r.Bool("draft", a.Draft)
		r.Int("position", int64(a.Position))
		r.Str("label_names", joinList(a.LabelNames))
		r.Str("html_url", a.HTMLURL)
		r.Int("created_at", unix(a.CreatedAt))
		r.Int("updated_at", unix(a.UpdatedAt))
	})
)
