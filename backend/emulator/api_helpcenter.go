package emulator

import (
	"net/http"
	"sort"
	"strconv"
	"strings"
)

func errHelpCenterOff() *APIError {
	return &APIError{Status: http.StatusNotFound, Error_: "RecordNotFound", Description: "Help Center is not enabled for this account"}
}

// handleHelpCenter routes everything under /api/v2/help_center/ (the locale segment is
// optional, which the standard mux cannot express without conflicting patterns).
func (a *Account) handleHelpCenter(w http.ResponseWriter, r *apiRequest) *APIError {
	a.mu.RLock()
	on, hc := a.hcEnabled, a.ds.hc
	a.mu.RUnlock()
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
		writeJSON(w, http.StatusOK, map[string]any{"locales": hcLocales, "default_locale": hcLocales[0]})
		return nil
	}
	loc := hcLocales[0]
	switch segs[0] {
	case "categories", "sections", "articles":
	default:
		loc = strings.ToLower(segs[0])
		segs = segs[1:]
		if !hasLocale(loc) {
			return errNotFound()
		}
	}
	if len(segs) == 0 {
		return errNotFound()
	}
	id := int64(0)
	if len(segs) >= 2 {
		v, err := strconv.ParseInt(segs[1], 10, 64)
		if err != nil {
			return errNotFound()
		}
		id = v
	}
	switch {
	case len(segs) == 1 && segs[0] == "categories":
		cs := mapSlice(hc.categories, func(c Category) Category { return hc.category(r.base, loc, c) })
		return servePage(w, r, sliceSource("categories", cs, func(c Category) int64 { return c.ID }), guideLinks[Category](r))
	case len(segs) == 1 && segs[0] == "sections":
		return a.serveSections(w, r, hc, loc, 0)
	case len(segs) == 1 && segs[0] == "articles":
		return a.serveArticles(w, r, hc, loc, 0)
	case len(segs) == 2 && segs[0] == "categories":
		i := int(id - catBase - 1)
		if i < 0 || i >= len(hc.categories) {
			return errNotFound()
		}
		writeJSON(w, http.StatusOK, map[string]any{"category": hc.category(r.base, loc, hc.categories[i])})
	case len(segs) == 2 && segs[0] == "sections":
		i := int(id - sectionBase - 1)
		if i < 0 || i >= len(hc.sections) {
			return errNotFound()
		}
		writeJSON(w, http.StatusOK, map[string]any{"section": hc.section(r.base, loc, hc.sections[i])})
	case len(segs) == 2 && segs[0] == "articles":
		i := int(id - articleBase - 1)
		if i < 0 || i >= len(hc.articles) {
			return errNotFound()
		}
		art, ok := hc.article(r.base, loc, i)
		if !ok {
			return errNotFound()
		}
		writeJSON(w, http.StatusOK, map[string]any{"article": art})
	case len(segs) == 3 && segs[0] == "categories" && segs[2] == "sections":
		return a.serveSections(w, r, hc, loc, id)
	case len(segs) == 3 && segs[0] == "sections" && segs[2] == "articles":
		return a.serveArticles(w, r, hc, loc, id)
	case len(segs) == 3 && segs[0] == "articles" && segs[2] == "translations":
		i := int(id - articleBase - 1)
		if i < 0 || i >= len(hc.articles) {
			return errNotFound()
		}
		writeJSON(w, http.StatusOK, map[string]any{"translations": hc.translations(r.base, i), "next_page": nil, "previous_page": nil, "count": len(hc.locales[i])})
	default:
		return errNotFound()
	}
	return nil
}

func (a *Account) serveSections(w http.ResponseWriter, r *apiRequest, hc *helpCenter, loc string, categoryID int64) *APIError {
	var ss []Section
	for _, s := range hc.sections {
		if categoryID == 0 || s.CategoryID == categoryID {
			ss = append(ss, hc.section(r.base, loc, s))
		}
	}
	return servePage(w, r, sliceSource("sections", ss, func(s Section) int64 { return s.ID }), guideLinks[Section](r))
}

func (a *Account) serveArticles(w http.ResponseWriter, r *apiRequest, hc *helpCenter, loc string, sectionID int64) *APIError {
	var as []Article
	for i, art := range hc.articles {
		if sectionID != 0 && art.SectionID != sectionID {
			continue
		}
		if la, ok := hc.article(r.base, loc, i); ok {
			as = append(as, la)
		}
	}
	return servePage(w, r, sliceSource("articles", as, func(a Article) int64 { return a.ID }), guideLinks[Article](r))
}

// handleIncrementalArticles serves the time-based /api/v2/help_center/incremental/articles.json
// (articles in their source locale).
func (a *Account) handleIncrementalArticles(w http.ResponseWriter, r *apiRequest, hc *helpCenter) *APIError {
	q := r.URL.Query()
	n, e := perPage(q, maxExportPage)
	if e != nil {
		return e
	}
	start, e := exportStart(q, a.Now())
	if e != nil {
		return e
	}
	i := sort.Search(len(hc.articles), func(i int) bool { return !hc.articles[i].UpdatedAt.Before(start) })
	j := min(i+n, len(hc.articles))
	out := make([]Article, 0, j-i)
	for k := i; k < j; k++ {
		art, _ := hc.article(r.base, hc.articles[k].SourceLocale, k)
		out = append(out, art)
	}
	end := start.Unix()
	if len(out) > 0 {
		end = out[len(out)-1].UpdatedAt.Unix()
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"articles": out, "count": len(out), "end_time": end, // no end_of_stream: Zendesk's has none
		"next_page": exportURL(r, "start_time", strconv.FormatInt(end, 10)),
	})
	return nil
}
