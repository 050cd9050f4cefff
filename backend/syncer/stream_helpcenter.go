package syncer

import (
	"context"
	"strconv"
	"time"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// helpCenterStream lists categories, sections and articles in the integration's locale, or with
// no locale set in every locale the Help Center is enabled in (Zendesk lists them per locale),
// and stores them newer-wins in one transaction. Help Centers are small, so every run reads them
// whole; the checkpoint records when it last did.
type helpCenterStream struct{ r *run }

func (helpCenterStream) name() string                 { return StreamHelpCenter }
func (helpCenterStream) fresh(string, time.Time) bool { return false }

func (s helpCenterStream) fetch(ctx context.Context, c *zendesk.Client, _ string) (page, error) {
	locales := []string{s.r.in.HelpCenterLocale}
	if locales[0] == "" {
		all, err := c.HCListLocales(ctx)
		if err != nil {
			return page{}, err
		}
		if len(all.Locales) > 0 {
			locales = all.Locales
		}
	}
	var cats []zendesk.HCCategory
	var secs []zendesk.HCSection
	var arts []zendesk.HCArticle
	for _, locale := range locales {
		c1, err := c.HCCategories(ctx, locale)
		if err != nil {
			return page{}, err
		}
		s1, err := c.HCSections(ctx, locale)
		if err != nil {
			return page{}, err
		}
		a1, err := c.HCArticles(ctx, locale)
		if err != nil {
			return page{}, err
		}
		cats, secs, arts = append(cats, c1...), append(secs, s1...), append(arts, a1...)
	}
	now := s.r.s.o.Now()
	p := page{next: strconv.FormatInt(now.Unix(), 10), done: true, records: len(cats) + len(secs) + len(arts), position: now}
	b := &p.batch
	for _, x := range cats {
		b.Categories = append(b.Categories, store.CategoryRecord{ID: x.ID, Locale: x.Locale, Name: x.Name,
			Description: x.Description, Position: x.Position, HTMLURL: x.HTMLURL, UpdatedAt: x.UpdatedAt})
	}
	for _, x := range secs {
		b.Sections = append(b.Sections, store.SectionRecord{ID: x.ID, Locale: x.Locale, CategoryID: x.CategoryID,
			Name: x.Name, Description: x.Description, Position: x.Position, HTMLURL: x.HTMLURL, UpdatedAt: x.UpdatedAt})
	}
	for _, x := range arts {
		b.Articles = append(b.Articles, store.ArticleRecord{ID: x.ID, Locale: x.Locale, SectionID: x.SectionID,
			AuthorID: x.AuthorID, Title: x.Title, Body: x.Body, Draft: x.Draft, Position: x.Position,
			LabelNames: x.LabelNames, HTMLURL: x.HTMLURL, CreatedAt: x.CreatedAt, UpdatedAt: x.UpdatedAt})
	}
	return p, nil
}
