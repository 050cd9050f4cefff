package rest

import (
	"net/http"
	"strconv"
	"strings"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/seed"
)

// Help Center article attachments.
//
// The list is Zendesk's GET /api/v2/help_center[/{locale}]/articles/{id}/attachments[/inline|/block]
// ({"article_attachments": […]} with offset or cursor paging). The file is served where article
// bodies reference it, /hc/article_attachments/{id}/{file name}; also served are
// /hc/article_attachments/{id} (no name) and /hc/{locale}/article_attachments/{id}/{file name}
// (a locale with the name only: /hc/{locale}/article_attachments/{id} would conflict in the
// ServeMux with /hc/article_attachments/{id}/{name}, so it is a 404). Like a comment
// attachment's content_url, the file address answers 302 to the storage stand-in, which serves
// the bytes without credentials.
//
// Where Zendesk is silent (ZENDESK_API.md has no article attachments), the emulator chooses: the
// file address wants a valid token with read access, as content_url does (Zendesk serves the
// files of public articles to anyone; asking for the token is the stricter choice, and clients
// send it there anyway, since the address is on the account's host); a list for a locale the
// article is not translated into answers 404.

// serveArticleAttachments answers the list for article id in loc; kind is "", "inline" or "block".
func (a *API) serveArticleAttachments(w http.ResponseWriter, r *apiRequest, hc *seed.HelpCenter, loc string, id int64, kind string) *httpjson.APIError {
	i := int(id - seed.ArticleBase - 1)
	if i < 0 || i >= len(hc.Articles) {
		return httpjson.NotFound()
	}
	if !seed.ContainsString(hc.Locales[i], loc) { // the article is not translated into loc
		return httpjson.NotFound()
	}
	var out []seed.ArticleAttachment
	for _, att := range seed.ArticleAttachments(r.base, hc.Articles[i]) {
		if kind == "" || (kind == "inline") == att.Inline {
			out = append(out, att)
		}
	}
	return servePage(w, r, sliceSource("article_attachments", out, func(x seed.ArticleAttachment) int64 { return x.ID }), nil)
}

// articleAttachmentRoute reads segs after /api/v2/help_center/[locale/]: articles/{id}/attachments[/inline|/block].
func articleAttachmentRoute(segs []string) (kind string, ok bool) {
	if len(segs) < 3 || segs[0] != "articles" || segs[2] != "attachments" {
		return "", false
	}
	switch {
	case len(segs) == 3:
		return "", true
	case len(segs) == 4 && (segs[3] == "inline" || segs[3] == "block"):
		return segs[3], true
	}
	return "", false
}

// handleArticleAttachmentFile is /hc/article_attachments/{id}[/{name}] and
// /hc/{locale}/article_attachments/{id}/{name}: 302 to the file's storage address.
func (a *API) handleArticleAttachmentFile(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return httpjson.NotFound()
	}
	if loc := r.PathValue("locale"); loc != "" && !seed.HasLocale(strings.ToLower(loc)) {
		return httpjson.NotFound()
	}
	att, ok := a.FindArticleAttachment(r.base, id)
	if !ok {
		return httpjson.NotFound()
	}
	a.redirectToStorage(w, r, att.StorageToken(), att.FileName)
	return nil
}

// articleAttachmentRoutes registers the file addresses (routes.go calls it).
func (a *API) articleAttachmentRoutes(mux *http.ServeMux) {
	mux.Handle("GET /hc/article_attachments/{id}", a.api(a.handleArticleAttachmentFile))
	mux.Handle("GET /hc/article_attachments/{id}/{name}", a.api(a.handleArticleAttachmentFile))
	mux.Handle("GET /hc/{locale}/article_attachments/{id}/{name}", a.api(a.handleArticleAttachmentFile))
}
