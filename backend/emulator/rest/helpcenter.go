package rest

import (
	"net/http"
	"sort"
	"strconv"
	"strings"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/seed"
)

func errHelpCenterOff() *httpjson.APIError {
	return &httpjson.APIError{Status: http.StatusNotFound, Error_: "RecordNotFound", Description: "Help Center is not enabled for this account"}
}

// handleHelpCenter routes everything under /api/v2/help_center/ (the locale segment is
// optional, which the standard mux cannot express without conflicting patterns).
func (a *API) handleHelpCenter(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	a.RLock()
	on, hc := a.HelpCenterLocked(), a.DataLocked().HC
	a.RUnlock()
	if !on {
		return errHelpCenterOff()
	}
	segs := strings.Split(strings.TrimPrefix(r.URL.Path, "/api/v2/help_center/"), "/")
	if n := len(segs) - 1; n >= 0 {
		segs[n] = strings.TrimSuffix(segs[n], ".json")
	}
	if len(segs) == 2 && segs[0] == "incremental" && segs[1] == "articles" {
		return a.handleIncrementalArticles(w, r, hc)
	}
	if len(segs) == 1 && segs[0] == "locales" {
		// Zendesk's "List all enabled locales and default locale".
		httpjson.Write(w, http.StatusOK, map[string]any{"locales": seed.HCLocales, "default_locale": seed.HCLocales[0]})
		return nil
	}
	loc := seed.HCLocales[0]
	switch segs[0] {
	case "categories", "sections", "articles":
	default:
		loc = strings.ToLower(segs[0])
		segs = segs[1:]
		if !seed.HasLocale(loc) {
			return httpjson.NotFound()
		}
	}
	if len(segs) == 0 {
		return httpjson.NotFound()
	}
	id := int64(0)
	if len(segs) >= 2 {
		v, err := strconv.ParseInt(segs[1], 10, 64)
		if err != nil {
			return httpjson.NotFound()
		}
		id = v
	}
	if kind, ok := articleAttachmentRoute(segs); ok { // article_attachments.go
		return a.serveArticleAttachments(w, r, hc, loc, id, kind)
	}
	switch {
	case len(segs) == 1 && segs[0] == "categories":
		cs := mapSlice(hc.Categories, func(c seed.Category) seed.Category { return hc.Category(r.base, loc, c) })
		return servePage(w, r, sliceSource("categories", cs, func(c seed.Category) int64 { return c.ID }), guideLinks[seed.Category](r))
	case len(segs) == 1 && segs[0] == "sections":
		return a.serveSections(w, r, hc, loc, 0)
	case len(segs) == 1 && segs[0] == "articles":
		return a.serveArticles(w, r, hc, loc, 0)
	case len(segs) == 2 && segs[0] == "categories":
		i := int(id - seed.CatBase - 1)
		if i < 0 || i >= len(hc.Categories) {
			return httpjson.NotFound()
		}
		httpjson.Write(w, http.StatusOK, map[string]any{"category": hc.Category(r.base, loc, hc.Categories[i])})
	case len(segs) == 2 && segs[0] == "sections":
		i := int(id - seed.SectionBase - 1)
		if i < 0 || i >= len(hc.Sections) {
			return httpjson.NotFound()
		}
		httpjson.Write(w, http.StatusOK, map[string]any{"section": hc.Section(r.base, loc, hc.Sections[i])})
	case len(segs) == 2 && segs[0] == "articles":
		i := int(id - seed.ArticleBase - 1)
		if i < 0 || i >= len(hc.Articles) {
			return httpjson.NotFound()
		}
		art, ok := hc.Article(r.base, loc, i)
		if !ok {
			return httpjson.NotFound()
		}
		httpjson.Write(w, http.StatusOK, map[string]any{"article": art})
	case len(segs) == 3 && segs[0] == "categories" && segs[2] == "sections":
		return a.serveSections(w, r, hc, loc, id)
	case len(segs) == 3 && segs[0] == "sections" && segs[2] == "articles":
		return a.serveArticles(w, r, hc, loc, id)
	case len(segs) == 3 && segs[0] == "articles" && segs[2] == "translations":
		i := int(id - seed.ArticleBase - 1)
		if i < 0 || i >= len(hc.Articles) {
			return httpjson.NotFound()
		}
		httpjson.Write(w, http.StatusOK, map[string]any{"translations": hc.Translations(r.base, i), "next_page": nil, "previous_page": nil, "count": len(hc.Locales[i])})
	default:
		return httpjson.NotFound()
	}
	return nil
}

func (a *API) serveSections(w http.ResponseWriter, r *apiRequest, hc *seed.HelpCenter, loc string, categoryID int64) *httpjson.APIError {
	var ss []seed.Section
	for _, s := range hc.Sections {
		if categoryID == 0 || s.CategoryID == categoryID {
			ss = append(ss, hc.Section(r.base, loc, s))
		}
	}
	return servePage(w, r, sliceSource("sections", ss, func(s seed.Section) int64 { return s.ID }), guideLinks[seed.Section](r))
}

func (a *API) serveArticles(w http.ResponseWriter, r *apiRequest, hc *seed.HelpCenter, loc string, sectionID int64) *httpjson.APIError {
	var as []seed.Article
	for i, art := range hc.Articles {
		if sectionID != 0 && art.SectionID != sectionID {
			continue
		}
		if la, ok := hc.Article(r.base, loc, i); ok {
			as = append(as, la)
		}
	}
	return servePage(w, r, sliceSource("articles", as, func(a seed.Article) int64 { return a.ID }), guideLinks[seed.Article](r))
}

// handleIncrementalArticles serves the time-based /api/v2/help_center/incremental/articles.json
// (articles in their source locale).
func (a *API) handleIncrementalArticles(w http.ResponseWriter, r *apiRequest, hc *seed.HelpCenter) *httpjson.APIError {
	q := r.URL.Query()
	n, start, e := timeWindow(q, maxExportPage, a.Now())
	if e != nil {
		return e
	}
	i := sort.Search(len(hc.Articles), func(i int) bool { return !hc.Articles[i].UpdatedAt.Before(start) })
	j := min(i+n, len(hc.Articles))
	out := make([]seed.Article, 0, j-i)
	for k := i; k < j; k++ {
		art, _ := hc.Article(r.base, hc.Articles[k].SourceLocale, k)
		out = append(out, art)
	}
	end := start.Unix()
	if len(out) > 0 {
		end = out[len(out)-1].UpdatedAt.Unix()
	}
	httpjson.Write(w, http.StatusOK, map[string]any{
		"articles": out, "count": len(out), "end_time": end, // no end_of_stream: Zendesk's has none
		"next_page": exportURL(r, "start_time", strconv.FormatInt(end, 10)),
	})
	return nil
}
