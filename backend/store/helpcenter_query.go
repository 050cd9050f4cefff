package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// HelpCenter returns an integration's categories → sections → articles, each by position.
// Sections and articles whose parent is not stored are left out.
func (r *HelpCenterReader) HelpCenter(ctx context.Context, integrationID string) (HelpCenterTree, error) {
	tree := HelpCenterTree{Categories: []HCCategoryNode{}}
	read := r.db.Read().WithContext(ctx)
	rows, err := read.Raw(`SELECT id, name, description FROM hc_categories WHERE integration_id = ? ORDER BY position, name, id, locale`, integrationID).Rows()
	if err != nil {
		return tree, fmt.Errorf("reading categories: %w", err)
	}
	catIdx := map[int64]int{}
	for rows.Next() {
		var c HCCategoryNode
		if err := rows.Scan(&c.ID, &c.Name, &c.Description); err != nil {
			rows.Close()
			return tree, fmt.Errorf("reading categories: %w", err)
		}
		if _, dup := catIdx[c.ID]; dup {
			continue
		}
		c.Sections = []HCSectionNode{}
		catIdx[c.ID] = len(tree.Categories)
		tree.Categories = append(tree.Categories, c)
	}
	rows.Close()
	type secRef struct{ cat, sec int }
	secIdx := map[int64]secRef{}
	rows, err = read.Raw(`SELECT id, category_id, name FROM hc_sections WHERE integration_id = ? ORDER BY position, name, id, locale`, integrationID).Rows()
	if err != nil {
		return tree, fmt.Errorf("reading sections: %w", err)
	}
	for rows.Next() {
		var s HCSectionNode
		var catID int64
		if err := rows.Scan(&s.ID, &catID, &s.Name); err != nil {
			rows.Close()
			return tree, fmt.Errorf("reading sections: %w", err)
		}
		ci, ok := catIdx[catID]
		if _, dup := secIdx[s.ID]; !ok || dup {
			continue
		}
		s.Articles = []HCArticleItem{}
		c := &tree.Categories[ci]
		secIdx[s.ID] = secRef{ci, len(c.Sections)}
		c.Sections = append(c.Sections, s)
	}
	rows.Close()
	rows, err = read.Raw(`SELECT id, section_id, title, locale, draft, updated_at FROM hc_articles WHERE integration_id = ? ORDER BY position, title, id, locale`, integrationID).Rows()
	if err != nil {
		return tree, fmt.Errorf("reading articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a HCArticleItem
		var secID, upd int64
		if err := rows.Scan(&a.ID, &secID, &a.Title, &a.Locale, &a.Draft, &upd); err != nil {
			return tree, fmt.Errorf("reading articles: %w", err)
		}
		ref, ok := secIdx[secID]
		if !ok {
			continue
		}
		a.UpdatedAt = formatUnix(upd)
		s := &tree.Categories[ref.cat].Sections[ref.sec]
		s.Articles = append(s.Articles, a)
	}
	return tree, rows.Err()
}

// Article returns one article in locale ("" = its first stored locale), or ErrNotFound.
func (r *HelpCenterReader) Article(ctx context.Context, integrationID string, id int64, locale string) (ArticleView, error) {
	var a ArticleView
	var labels string
	var upd int64
	err := r.db.Read().WithContext(ctx).Raw(`SELECT a.id, a.title, a.body, a.locale, coalesce(s.name, ''), coalesce(c.name, ''),
		coalesce(u.name, ''), a.label_names, a.updated_at, a.html_url
		FROM hc_articles a
		LEFT JOIN hc_sections s ON s.integration_id = a.integration_id AND s.id = a.section_id AND s.locale = a.locale
		LEFT JOIN hc_categories c ON c.integration_id = a.integration_id AND c.id = s.category_id AND c.locale = a.locale
		LEFT JOIN users u ON u.integration_id = a.integration_id AND u.id = a.author_id
		WHERE a.integration_id = ? AND a.id = ? AND (? = '' OR a.locale = ?) ORDER BY a.locale LIMIT 1`, integrationID, id, locale, locale).Row().Scan(
		&a.ID, &a.Title, &a.BodyHTML, &a.Locale, &a.SectionName, &a.CategoryName, &a.AuthorName, &labels, &upd, &a.HTMLURL)
	if errors.Is(err, sql.ErrNoRows) {
		return ArticleView{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return ArticleView{}, fmt.Errorf("reading article %d: %w", id, err)
	}
	a.LabelNames, a.UpdatedAt = splitList(labels), formatUnix(upd)
	return a, nil
}
