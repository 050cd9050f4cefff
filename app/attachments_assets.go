package app

import (
	"net/http"
	"os"
	"strings"

	"zensync/backend/attachments"
)

// LocalAttachmentsPrefix is where the web view loads downloaded attachments from (same origin,
// so the page's CSP img-src 'self' allows them and nothing remote is loaded). The sanitizer
// rewrites Zendesk's content URLs to <prefix><sha256>.
const LocalAttachmentsPrefix = "/local-attachments/"

// imageTypes are the only types served to the web view: raster images, never SVG or HTML,
// which could run script in the app's own origin.
var imageTypes = map[string]bool{"image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true, "image/bmp": true}

// localAttachments serves GET <prefix><sha256> from the attachments folder and passes every
// other request to next. Only files a downloaded attachment names are served, and only as
// sniffed raster images; anything else answers 404.
func localAttachments(folder attachments.Folder, repo fileIndex) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			sha, ok := strings.CutPrefix(r.URL.Path, LocalAttachmentsPrefix)
			if !ok {
				next.ServeHTTP(w, r)
				return
			}
			serveLocalAttachment(w, r, folder, repo, sha)
		})
	}
}

func serveLocalAttachment(w http.ResponseWriter, r *http.Request, folder attachments.Folder, repo fileIndex, sha string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	path, err := folder.Path(sha)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if known, err := repo.HasFile(r.Context(), sha); err != nil || !known {
		http.NotFound(w, r)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := f.Read(head)
	kind := http.DetectContentType(head[:n])
	if !imageTypes[kind] {
		http.NotFound(w, r)
		return
	}
	st, err := f.Stat()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", kind)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "private, max-age=31536000, immutable")
	http.ServeContent(w, r, "", st.ModTime(), f)
}
