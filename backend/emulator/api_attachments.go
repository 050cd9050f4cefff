package emulator

import (
	"net/http"
	"strconv"

	"zensync/backend/emulator/internal/pathseg"
	"zensync/backend/emulator/seed"
)

// serveStorage serves /_storage/<subdomain>/<token>/<name> (rest.StoragePrefix): an
// attachment's bytes, to anyone who has the address, without credentials — the emulator's
// stand-in for Zendesk's storage host, which content_url redirects to.
func (s *Server) serveStorage(w http.ResponseWriter, r *http.Request, rest string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	sub, rest := pathseg.SplitFirst(rest)
	token, _ := pathseg.SplitFirst(rest)
	acct, ok := s.Account(sub)
	if !ok {
		http.Error(w, "NoSuchKey", http.StatusNotFound)
		return
	}
	att, ok := acct.FindAttachment(token, "")
	if !ok {
		att, ok = acct.FindArticleAttachmentFile(token) // Help Center article attachments
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
	_ = seed.WriteAttachmentContent(w, &att)
}
