package seed

import (
	"net/url"
	"strconv"
	"strings"

	"zensync/backend/emulator/record"
	"zensync/backend/zendesk/wire"
)

// Seeded attachments: about one comment in twelve carries one file. Most are PNG images (some
// inline in the comment's HTML, as Zendesk does for pasted images), some plain-text logs, and
// one in fifty a binary larger than Zensync's default 50 MB per-file limit. The bytes are
// generated from the attachment id when downloaded (attachment_content.go), so a seeded
// account of any size costs no memory for its files.
const (
	AttachKindPNG    = record.AttachKindPNG
	attachKindText   = "text/plain"
	attachKindBinary = "application/octet-stream"
	attachTokenSeed  = "seed"
)

// seededAttachments decides comment commentID's attachments from r; inline images are also
// referenced from the returned HTML fragment (appended to the comment's html_body).
func seededAttachments(r *rng, commentID int64, base string) ([]wire.Attachment, string) {
	if !r.pct(8) {
		return []wire.Attachment{}, ""
	}
	a := wire.Attachment{ID: commentID*4 + 1}
	switch k := r.intn(100); {
	case k < 40:
		a.FileName, a.ContentType, a.Size = pick(r, nouns)+".png", AttachKindPNG, int64(pngMinSize+r.intn(200_000))
	case k < 70:
		a.FileName, a.ContentType, a.Size = "screenshot-"+pick(r, nouns)+".png", AttachKindPNG, int64(pngMinSize+r.intn(120_000))
		a.Inline = true
	case k < 98:
		a.FileName, a.ContentType, a.Size = pick(r, nouns)+".log", attachKindText, int64(500+r.intn(60_000))
	default:
		a.FileName, a.ContentType, a.Size = pick(r, nouns)+"-export.bin", attachKindBinary, int64(52<<20+r.intn(20<<20))
	}
	a.ContentURL = attachmentURL(base, a)
	record.DescribeAttachment(&a)
	if !a.Inline {
		return []wire.Attachment{a}, ""
	}
	return []wire.Attachment{a}, `<p><img src="` + a.ContentURL + `" alt="` + a.FileName + `"></p>`
}

// attachmentToken is the opaque token in a seeded attachment's content_url.
func attachmentToken(id int64) string { return attachTokenSeed + strconv.FormatInt(id, 36) }

// attachmentURL is Zendesk's content_url shape: <base>/attachments/token/<token>/?name=<file name>.
func attachmentURL(base string, a wire.Attachment) string {
	return base + "/attachments/token/" + attachmentToken(a.ID) + "/?name=" + url.QueryEscape(a.FileName)
}

// SeededAttachmentID reads a seeded token back to the attachment id and the ticket that holds it.
func SeededAttachmentID(token string) (attachmentID, ticketID int64, ok bool) {
	rest, found := strings.CutPrefix(token, attachTokenSeed)
	if !found {
		return 0, 0, false
	}
	id, err := strconv.ParseInt(rest, 36, 64)
	if err != nil || id <= 0 {
		return 0, 0, false
	}
	commentID := (id - 1) / 4
	ticketID = (commentID - seedCommentBase) / 32
	return id, ticketID, ticketID > 0
}
