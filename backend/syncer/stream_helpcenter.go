package syncer

import (
	"context"
	"strconv"
	"time"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// helpCenterStream lists categories, sections and articles in the integration's locale (or the
// default one) and stores them newer-wins in one transaction. Help Centers are small, so every
// run reads them whole; the checkpoint records when it last did.
type helpCenterStream struct{ r *run }

func (helpCenterStream) name() string                 { return StreamHelpCenter }
func (helpCenterStream) fresh(string, time.Time) bool { return false }

func (s helpCenterStream) fetch(ctx context.Context, c *zendesk.Client, _ string) (page, error) {
	locale := s.r.in.HelpCenterLocale
	cats, err := c.HCCategories(ctx, locale)
	if err != nil {
		return page{}, err
	}
	secs, err := c.HCSections(ctx, locale)
	if err != nil {
		return page{}, err
	}
	arts, err := c.HCArticles(ctx, locale)
	if err != nil {
		return page{}, err
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
