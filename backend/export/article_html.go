package export

import (
	"context"
	"fmt"
	"html/template"

	"zensync/backend/store"
)

var articleContent = template.Must(template.New("content").Parse(`{{define "article"}}<article>
<h1>{{.A.Title}}</h1>
<table class="meta">
<tr><th>Category</th><td>{{.A.CategoryName}}</td></tr>
<tr><th>Section</th><td>{{.A.SectionName}}</td></tr>
<tr><th>Author</th><td>{{.A.AuthorName}}</td></tr>
<tr><th>Locale</th><td>{{.A.Locale}}</td></tr>
<tr><th>Updated</th><td>{{.A.UpdatedAt}}</td></tr>
<tr><th>Labels</th><td>{{range .A.LabelNames}}<span class="tag">{{.}}</span>{{end}}</td></tr>
{{if .Link}}<tr><th>In Zendesk</th><td><a href="{{.Link}}" rel="noopener noreferrer">{{.Link}}</a></td></tr>{{end}}
</table>
<div class="body">{{.Body}}</div>
{{if .Files}}<h2>Attachments</h2>
<p>These files are not part of this file; Zensync keeps them (article page → Attachments → Save as…).</p>
<ul>{{range .Files}}<li>{{.FileName}} ({{.Size}} bytes){{if not .Path}}, not downloaded{{end}}</li>{{end}}</ul>{{end}}
</article>{{end}}
{{define "content"}}{{if .Section}}<h1>{{.Section}}</h1>{{end}}{{range .Articles}}{{template "article" .}}{{end}}{{end}}`))

type articleHTML struct {
	A     store.ArticleView
	Link  string
	Body  template.HTML
	Files []ArticleFile // listed (not inline) attachments
}

// renderArticle sanitizes the body, with its downloaded images carried in the file (article_files.go).
func renderArticle(ctx context.Context, src Source, integrationID string, a store.ArticleView) articleHTML {
	files := articleFiles(ctx, src, integrationID, a.ID)
	out := articleHTML{A: a, Link: safeLink(a.HTMLURL), Body: template.HTML(sanitize(embedArticleImages(a.BodyHTML, files)))} //nolint:gosec // sanitized
	for _, f := range files {
		if !f.Inline {
			out.Files = append(out.Files, f)
		}
	}
	return out
}

// ArticleHTML writes one Help Center article, in locale (the one the admin is reading; "" = the
// first stored), as a self-contained HTML file at target.
func ArticleHTML(ctx context.Context, src Source, integrationID string, id int64, locale, target string, meta Meta) error {
	a, err := src.Article(ctx, integrationID, id, locale)
	if err != nil {
		return err
	}
	data := struct {
		Section  string
		Articles []articleHTML
	}{"", []articleHTML{renderArticle(ctx, src, integrationID, a)}}
	return writeHTML(ctx, target, articleContent, pageData{Title: a.Title, Version: meta.Version, ExportedAt: meta.at(), Data: data})
}

// SectionHTML writes every article of one Help Center section, in the order the Help Center
// screen lists them, as one self-contained HTML file at target.
func SectionHTML(ctx context.Context, src Source, integrationID string, sectionID int64, target string, meta Meta) error {
	tree, err := src.HelpCenter(ctx, integrationID)
	if err != nil {
		return err
	}
	var sec *store.HCSectionNode
	for i := range tree.Categories {
		for j := range tree.Categories[i].Sections {
			if s := &tree.Categories[i].Sections[j]; s.ID == sectionID {
				sec = s
			}
		}
	}
	if sec == nil {
		return fmt.Errorf("section %d: %w", sectionID, store.ErrNotFound)
	}
	articles := make([]articleHTML, 0, len(sec.Articles))
	for _, item := range sec.Articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := src.Article(ctx, integrationID, item.ID, item.Locale)
		if err != nil {
			return err
		}
		articles = append(articles, renderArticle(ctx, src, integrationID, a))
	}
	data := struct {
		Section  string
		Articles []articleHTML
	}{sec.Name, articles}
	return writeHTML(ctx, target, articleContent, pageData{Title: sec.Name, Version: meta.Version, ExportedAt: meta.at(), Data: data})
}
