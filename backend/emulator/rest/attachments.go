package rest

import (
	"net/http"
	"net/url"
	"strings"

	"zensync/backend/emulator/internal/httpjson"
)

// StoragePrefix is the first path segment of the emulator's stand-in for Zendesk's storage
// host: /_storage/<subdomain>/<token>/<file name> serves an attachment's bytes without
// credentials (emulator.Server routes it; see api_attachments.go there).
const StoragePrefix = "_storage"

// handleAttachmentRedirect is an attachment's content_url (/attachments/token/<token>/?name=…):
// it wants the caller's credentials and answers 302 to the file's storage address, as Zendesk
// redirects to its storage host.
func (a *API) handleAttachmentRedirect(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	token := r.PathValue("token")
	att, ok := a.FindAttachment(token, r.base)
	if !ok {
		return httpjson.NotFound()
	}
	a.redirectToStorage(w, r, token, att.FileName)
	return nil
}

// redirectToStorage answers 302 to the storage address of the file with storage token token and
// name fileName (/_storage/<subdomain>/<token>/<name> on r's origin), as Zendesk redirects an
// attachment's address on the account's host to its storage host. Comment attachments'
// content_url and article attachments' file addresses both answer this way.
func (a *API) redirectToStorage(w http.ResponseWriter, r *apiRequest, token, fileName string) {
	origin := strings.TrimSuffix(r.base, "/"+a.Subdomain())
	loc := origin + "/" + StoragePrefix + "/" + a.Subdomain() + "/" + token + "/" + url.PathEscape(fileName)
	w.Header().Set("Cache-Control", "no-cache")
	http.Redirect(w, r.Request, loc, http.StatusFound)
}
