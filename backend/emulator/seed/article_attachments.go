package seed

import (
	"net/url"
	"strconv"
	"strings"

	"zensync/backend/zendesk/wire"
)

// ArticleAttachment is a Help Center article attachment as the API shows it (package wire),
// with the emulator's own note of whose bytes it serves.
type ArticleAttachment struct {
	wire.HCArticleAttachment
	contentID int64 // whose bytes it serves (the shared logo: the same bytes in many articles)
}

// Seeded article attachments: about a third of the articles show a screenshot inline, one in
// six the account's logo (the same file in every one of them, so a downloader stores it once),
// and one in four lists a text checklist. Ids: ArticleAttachmentBase + article index × 4 + k.
const (
	ArticleAttachmentBase int64 = 8_000_000_000_000
	articleAttachToken          = "hcatt"
	logoContentID         int64 = 1 // the shared logo's bytes come from this id
	logoSize              int64 = pngMinSize + 1_000
)

// ArticleAttachments returns article a's attachments; URLs start with base (the account's
// scheme://host[/subdomain]). They are decided from the article's id alone.
func ArticleAttachments(base string, a Article) []ArticleAttachment {
	idx := a.ID - ArticleBase
	if idx <= 0 {
		return []ArticleAttachment{}
	}
	r := rngFor(a.ID, a.ID, 24)
	src := a.SourceLocale
	out := []ArticleAttachment{}
	add := func(k int64, name, kind string, size int64, inline bool, content int64) {
		att := ArticleAttachment{HCArticleAttachment: wire.HCArticleAttachment{ID: ArticleAttachmentBase + idx*4 + k, ArticleID: a.ID,
			FileName: name, ContentType: kind, Size: size, Inline: inline, CreatedAt: a.CreatedAt, UpdatedAt: a.CreatedAt}, contentID: content}
		if inline {
			att.Locale = &src
		}
		if att.contentID == 0 {
			att.contentID = att.ID
		}
		att.ContentURL = ArticleAttachmentContentURL(base, att.ID, att.FileName)
		out = append(out, att)
	}
	if r.pct(35) {
		add(1, "screenshot-"+pick(&r, nouns)+".png", AttachKindPNG, int64(pngMinSize+r.intn(80_000)), true, 0)
	}
	if r.pct(17) {
		add(2, "logo.png", AttachKindPNG, logoSize, true, logoContentID)
	}
	if r.pct(25) {
		add(3, pick(&r, nouns)+"-checklist.txt", attachKindText, int64(400+r.intn(20_000)), false, 0)
	}
	return out
}

// ArticleAttachmentContentURL is where Zendesk serves an article attachment's file:
// <base>/hc/article_attachments/<id>/<file name> (the form article bodies reference).
func ArticleAttachmentContentURL(base string, id int64, fileName string) string {
	return base + "/hc/article_attachments/" + strconv.FormatInt(id, 10) + "/" + url.PathEscape(fileName)
}

// articleInlineHTML is what article a's body shows of its inline attachments.
func articleInlineHTML(base string, a Article) string {
	var b strings.Builder
	for _, att := range ArticleAttachments(base, a) {
		if att.Inline {
			b.WriteString(`<p><img src="` + att.ContentURL + `" alt="` + att.FileName + `"></p>`)
		}
	}
	return b.String()
}

// FindArticleAttachment returns the seeded article attachment id among the articles of hc.
func (hc *HelpCenter) FindArticleAttachment(base string, id int64) (ArticleAttachment, bool) {
	idx := (id - ArticleAttachmentBase) / 4
	if id <= ArticleAttachmentBase || idx < 1 || idx > int64(len(hc.Articles)) {
		return ArticleAttachment{}, false
	}
	for _, att := range ArticleAttachments(base, hc.Articles[idx-1]) {
		if att.ID == id {
			return att, true
		}
	}
	return ArticleAttachment{}, false
}

// StorageToken names the file at the storage stand-in (/_storage/<sub>/<token>/<name>).
func (att ArticleAttachment) StorageToken() string {
	return articleAttachToken + strconv.FormatInt(att.ID, 36)
}

// ArticleAttachmentIDFromToken reads a StorageToken back (false for any other token).
func ArticleAttachmentIDFromToken(token string) (int64, bool) {
	rest, found := strings.CutPrefix(token, articleAttachToken)
	if !found {
		return 0, false
	}
	id, err := strconv.ParseInt(rest, 36, 64)
	return id, err == nil && id > ArticleAttachmentBase
}

// File is the attachment as the storage stand-in serves it (WriteAttachmentContent).
func (att ArticleAttachment) File() wire.Attachment {
	return wire.Attachment{ID: att.contentID, FileName: att.FileName, ContentType: att.ContentType, Size: att.Size}
}
