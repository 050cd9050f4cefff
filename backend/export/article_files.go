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

// withFiles is a Source that also knows articles' attachments.
type withFiles struct {
	Source
	files ArticleFilesFunc
}

// WithArticleFiles returns src whose article exports carry the article's downloaded images in
// the file (as data: URIs) and list its other files.
func WithArticleFiles(src Source, files ArticleFilesFunc) Source { return withFiles{src, files} }

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
	local := map[int64]string{}
	for _, f := range files {
		if f.Path != "" {
			local[f.ID] = f.Path
		}
	}
	if len(local) == 0 {
		return body
	}
	cache := map[int64]string{}
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(body))
	for {
		if z.Next() == xhtml.ErrorToken {
			return b.String()
		}
		tok := z.Token()
		if (tok.Type == xhtml.StartTagToken || tok.Type == xhtml.SelfClosingTagToken) && tok.Data == "img" {
			for i, a := range tok.Attr {
				if a.Key != "src" {
					continue
				}
				m := articleAttachmentPath.FindStringSubmatch(a.Val)
				if m == nil {
					continue
				}
				id, _ := strconv.ParseInt(m[1], 10, 64)
				uri, seen := cache[id]
				if !seen {
					uri = dataURI(local[id])
					cache[id] = uri
				}
				if uri != "" {
					tok.Attr[i].Val = uri
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
