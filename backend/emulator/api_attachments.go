package emulator

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Attachment content, as Zendesk serves it: the content_url on the account's host
// (/attachments/token/<token>/?name=…) needs the caller's credentials and answers 302 to the
// file on a storage address; the storage address serves the bytes to anyone who has it, with
// no credentials (emulator: /_storage/<subdomain>/<token>/<file name> on the same server, a
// different path outside the account's prefix, standing in for Zendesk's storage host).

// attachmentRoutes registers content_url on the account's mux.
func (a *Account) attachmentRoutes(mux *http.ServeMux) {
	mux.Handle("GET /attachments/token/{token}/", a.api(a.handleAttachmentRedirect))
}

func (a *Account) handleAttachmentRedirect(w http.ResponseWriter, r *apiRequest) *APIError {
	token := r.PathValue("token")
	att, ok := a.findAttachment(token, r.base)
	if !ok {
		return errNotFound()
	}
	origin := strings.TrimSuffix(r.base, "/"+a.subdomain)
	loc := origin + "/_storage/" + a.subdomain + "/" + token + "/" + url.PathEscape(att.FileName)
	w.Header().Set("Cache-Control", "no-cache")
	http.Redirect(w, r.Request, loc, http.StatusFound)
	return nil
}

// findAttachment looks a seeded attachment up by its token (in the ticket's current comments).
func (a *Account) findAttachment(token, base string) (Attachment, bool) {
	id, ticketID, ok := seededAttachmentID(token)
	if !ok {
		return Attachment{}, false
	}
	a.mu.RLock()
	cs := a.store.comments(ticketID, base)
	a.mu.RUnlock()
	for i := range cs {
		for _, att := range cs[i].Attachments {
			if att.ID == id {
				return att, true
			}
		}
	}
	return Attachment{}, false
}

// serveStorage serves /_storage/<subdomain>/<token>/<name>: the bytes, without credentials.
func (s *Server) serveStorage(w http.ResponseWriter, r *http.Request, rest string) {
	sub, rest := splitFirst(rest)
	token, _ := splitFirst(rest)
	acct, ok := s.Account(sub)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	var att Attachment
	if ok {
		att, ok = acct.findAttachment(token, "")
	}
	if !ok {
		http.Error(w, "NoSuchKey", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", att.ContentType)
	w.Header().Set("Content-Length", strconv.FormatInt(att.Size, 10))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Disposition", "attachment")
	if r.Method == http.MethodHead {
		return
	}
	_ = writeAttachmentContent(w, &att)
}
