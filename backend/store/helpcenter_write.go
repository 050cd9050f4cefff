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
	categoryUpsert = newUpsert(upsertSpec{
		table: "hc_categories", key: "id locale",
		set:   "name description position html_url updated_at",
		when:  "excluded.updated_at > hc_categories.updated_at OR excluded.position <> hc_categories.position",
		texts: 5,
	})
	sectionUpsert = newUpsert(upsertSpec{
		table: "hc_sections", key: "id locale",
		set:   "category_id name description position html_url updated_at",
		when:  "excluded.updated_at > hc_sections.updated_at OR excluded.position <> hc_sections.position",
		texts: 5,
	})
	articleUpsert = newUpsert(upsertSpec{
		table: "hc_articles", key: "id locale",
		set:   "section_id author_id title body draft position label_names html_url created_at updated_at",
		when:  "excluded.updated_at > hc_articles.updated_at",
		texts: 7,
	})
)

func (w *batchWriter) categories(cs []CategoryRecord) (int, error) {
	return w.upsert(&categoryUpsert, len(cs), func(i int, r *rowBuf) {
		c := &cs[i]
		r.Int(c.ID)
		r.Str(c.Locale)
		r.Str(c.Name)
		r.Str(c.Description)
		r.Int(int64(c.Position))
		r.Str(c.HTMLURL)
		r.Int(unix(c.UpdatedAt))
	})
}

func (w *batchWriter) sections(ss []SectionRecord) (int, error) {
	return w.upsert(&sectionUpsert, len(ss), func(i int, r *rowBuf) {
		s := &ss[i]
		r.Int(s.ID)
		r.Str(s.Locale)
		r.Int(s.CategoryID)
		r.Str(s.Name)
		r.Str(s.Description)
		r.Int(int64(s.Position))
		r.Str(s.HTMLURL)
		r.Int(unix(s.UpdatedAt))
	})
}

func (w *batchWriter) articles(as []ArticleRecord) (int, error) {
	return w.upsert(&articleUpsert, len(as), func(i int, r *rowBuf) {
		a := &as[i]
		r.Int(a.ID)
		r.Str(a.Locale)
		r.Int(a.SectionID)
		r.Int(a.AuthorID)
		r.Str(a.Title)
		r.Str(a.Body)
		r.Bool(a.Draft)
		r.Int(int64(a.Position))
		r.Str(joinList(a.LabelNames))
		r.Str(a.HTMLURL)
		r.Int(unix(a.CreatedAt))
		r.Int(unix(a.UpdatedAt))
	})
}
