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

func (w *batchWriter) categories(cs []CategoryRecord) (int, error) {
	q := `INSERT INTO hc_categories (integration_id, id, locale, name, description, position, html_url, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)` + w.conflict("integration_id, id, locale",
		`name = excluded.name, description = excluded.description, position = excluded.position,
		html_url = excluded.html_url, updated_at = excluded.updated_at`,
		"excluded.updated_at > hc_categories.updated_at OR excluded.position <> hc_categories.position")
	return w.each(q, len(cs), func(i int) []any {
		c := &cs[i]
		return []any{w.integ, c.ID, c.Locale, c.Name, c.Description, c.Position, c.HTMLURL, unix(c.UpdatedAt)}
	})
}

func (w *batchWriter) sections(ss []SectionRecord) (int, error) {
	q := `INSERT INTO hc_sections (integration_id, id, locale, category_id, name, description, position, html_url, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)` + w.conflict("integration_id, id, locale",
		`category_id = excluded.category_id, name = excluded.name, description = excluded.description,
		position = excluded.position, html_url = excluded.html_url, updated_at = excluded.updated_at`,
		"excluded.updated_at > hc_sections.updated_at OR excluded.position <> hc_sections.position")
	return w.each(q, len(ss), func(i int) []any {
		s := &ss[i]
		return []any{w.integ, s.ID, s.Locale, s.CategoryID, s.Name, s.Description, s.Position, s.HTMLURL, unix(s.UpdatedAt)}
	})
}

func (w *batchWriter) articles(as []ArticleRecord) (int, error) {
	q := `INSERT INTO hc_articles (integration_id, id, locale, section_id, author_id, title, body, draft, position,
		label_names, html_url, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)` + w.conflict("integration_id, id, locale",
		`section_id = excluded.section_id, author_id = excluded.author_id, title = excluded.title,
		body = excluded.body, draft = excluded.draft, position = excluded.position,
		label_names = excluded.label_names, html_url = excluded.html_url,
		created_at = excluded.created_at, updated_at = excluded.updated_at`,
		"excluded.updated_at > hc_articles.updated_at")
	return w.each(q, len(as), func(i int) []any {
		a := &as[i]
		return []any{w.integ, a.ID, a.Locale, a.SectionID, a.AuthorID, a.Title, a.Body, boolInt(a.Draft),
			a.Position, joinList(a.LabelNames), a.HTMLURL, unix(a.CreatedAt), unix(a.UpdatedAt)}
	})
}
