package export

import (
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
)

// ArticleFile is one of an article's attachments as an export sees it; Path is its downloaded
// copy ("" when it is not downloaded).
type ArticleFile struct {
	ID       int64
	FileName string
	Size     int64
	Inline   bool
	Path     string
}

// ArticleFilesFunc lists an article's attachments (app: store.ArticleAttachmentRepo and the
// attachments folder).
type ArticleFilesFunc func(ctx context.Context, integrationID string, articleID int64) ([]ArticleFile, error)

// withFiles is a Source that also knows attachments: articles' (files) and the downloaded
// attachment files and rows (atts).
type withFiles struct {
	Source
	files ArticleFilesFunc
	atts  AttachmentFiles
}

func asWithFiles(src Source) withFiles {
	if w, ok := src.(withFiles); ok {
		return w
	}
	return withFiles{Source: src}
}

// WithArticleFiles returns src whose article exports carry the article's downloaded images in
// the file (as data: URIs) and list its other files.
func WithArticleFiles(src Source, files ArticleFilesFunc) Source {
	w := asWithFiles(src)
	w.files = files
	return w
}

// WithAttachments returns src whose ticket exports carry the comments' downloaded images in the
// file and whose folder exports copy the downloaded attachments (ticket_html.go, folder_files.go).
func WithAttachments(src Source, atts AttachmentFiles) Source {
	w := asWithFiles(src)
	w.atts = atts
	return w
}

// attachmentFiles is src's AttachmentFiles, nil when it has none.
func attachmentFiles(src Source) AttachmentFiles {
	if w, ok := src.(withFiles); ok {
		return w.atts
	}
	return nil
}

// articleFiles returns an article's attachments when src knows them (nil otherwise, or on error:
// the export then shows images as links, as before).
func articleFiles(ctx context.Context, src Source, integrationID string, articleID int64) []ArticleFile {
	w, ok := src.(withFiles)
	if !ok || w.files == nil {
		return nil
	}
	fs, err := w.files(ctx, integrationID, articleID)
	if err != nil {
		return nil
	}
	return fs
}

// maxEmbeddedImage is the largest image carried in an export file (bigger ones stay links).
const maxEmbeddedImage = 10 << 20

var articleAttachmentPath = regexp.MustCompile(`(?i)/hc/(?:[a-z]{2,3}(?:-[a-z0-9]+)*/)?article_attachments/(\d+)(?:/|$)`)

// embedArticleImages rewrites the body's <img src> that name a downloaded article attachment
// (…/hc/[<locale>/]article_attachments/<id>…) to a data: URI of its local copy, when the bytes
// are a raster image; the sanitizer then keeps them and drops every other remote image.
func embedArticleImages(body string, files []ArticleFile) string {
	local := map[string]string{}
	for _, f := range files {
		if f.Path != "" {
			local[strconv.FormatInt(f.ID, 10)] = f.Path
		}
	}
	out, _ := embedImages(body, articleAttachmentPath, local)
	return out
}

// embedImages rewrites the body's <img src> whose URL matches key (its first group the
// attachment's key) and whose key local names a downloaded copy to a data: URI of that copy
// (dataURI: raster images of at most maxEmbeddedImage bytes only). Shared by article and
// ticket exports. It also returns the keys it carried.
func embedImages(body string, key *regexp.Regexp, local map[string]string) (string, map[string]bool) {
	embedded := map[string]bool{}
	if len(local) == 0 {
		return body, embedded
	}
	cache := map[string]string{}
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(body))
	for {
		if z.Next() == xhtml.ErrorToken {
			return b.String(), embedded
		}
		tok := z.Token()
		if (tok.Type == xhtml.StartTagToken || tok.Type == xhtml.SelfClosingTagToken) && tok.Data == "img" {
			for i, a := range tok.Attr {
				if a.Key != "src" {
					continue
				}
				m := key.FindStringSubmatch(a.Val)
				if m == nil {
					continue
				}
				uri, seen := cache[m[1]]
				if !seen {
					uri = dataURI(local[m[1]])
					cache[m[1]] = uri
				}
				if uri != "" {
					tok.Attr[i].Val = uri
					embedded[m[1]] = true
				}
			}
		}
		b.WriteString(tok.String())
	}
}

// dataURI is the file at path as data:image/…;base64, when it is a raster image (sniffed, not
// trusted from Zendesk) of at most maxEmbeddedImage bytes; "" otherwise.
func dataURI(path string) string {
	if path == "" {
		return ""
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxEmbeddedImage+1))
	if err != nil || len(raw) > maxEmbeddedImage {
		return ""
	}
	kind := http.DetectContentType(raw)
	switch kind {
	case "image/png", "image/jpeg", "image/gif", "image/webp":
		return "data:" + kind + ";base64," + base64.StdEncoding.EncodeToString(raw)
	}
	return ""
}
