package emulator

import (
	"net/url"
	"strconv"
	"strings"
)

// Seeded attachments: about one comment in twelve carries one file. Most are PNG images (some
// inline in the comment's HTML, as Zendesk does for pasted images), some plain-text logs, and
// one in fifty a binary larger than Zensync's default 50 MB per-file limit. The bytes are
// generated from the attachment id when downloaded (attachment_content.go), so a seeded
// account of any size costs no memory for its files.
const (
	attachKindPNG    = "image/png"
	attachKindText   = "text/plain"
	attachKindBinary = "application/octet-stream"
	attachTokenSeed  = "seed"
)

// seededAttachments decides comment commentID's attachments from r; inline images are also
// referenced from the returned HTML fragment (appended to the comment's html_body).
func seededAttachments(r *rng, commentID int64, base string) ([]Attachment, string) {
	if !r.pct(8) {
		return []Attachment{}, ""
	}
	a := Attachment{ID: commentID*4 + 1}
	switch k := r.intn(100); {
	case k < 40:
		a.FileName, a.ContentType, a.Size = pick(r, nouns)+".png", attachKindPNG, int64(pngMinSize+r.intn(200_000))
	case k < 70:
		a.FileName, a.ContentType, a.Size = "screenshot-"+pick(r, nouns)+".png", attachKindPNG, int64(pngMinSize+r.intn(120_000))
		a.Inline = true
	case k < 98:
		a.FileName, a.ContentType, a.Size = pick(r, nouns)+".log", attachKindText, int64(500+r.intn(60_000))
	default:
		a.FileName, a.ContentType, a.Size = pick(r, nouns)+"-export.bin", attachKindBinary, int64(52<<20+r.intn(20<<20))
	}
	a.ContentURL = attachmentURL(base, a)
	if !a.Inline {
		return []Attachment{a}, ""
	}
	return []Attachment{a}, `<p><img src="` + a.ContentURL + `" alt="` + a.FileName + `"></p>`
}

// attachmentToken is the opaque token in a seeded attachment's content_url.
func attachmentToken(id int64) string { return attachTokenSeed + strconv.FormatInt(id, 36) }

// attachmentURL is Zendesk's content_url shape: <base>/attachments/token/<token>/?name=<file name>.
func attachmentURL(base string, a Attachment) string {
	return base + "/attachments/token/" + attachmentToken(a.ID) + "/?name=" + url.QueryEscape(a.FileName)
}

// seededAttachmentID reads a seeded token back to the attachment id and the ticket that holds it.
func seededAttachmentID(token string) (attachmentID, ticketID int64, ok bool) {
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

// appendAttachment writes one attachment as Zendesk does (recorded answers carry these fields).
func appendAttachment(b []byte, a *Attachment) []byte {
	b = append(b, `{"url":`...)
	b = appendString(b, a.apiURL())
	b = append(b, `,"id":`...)
	b = strconv.AppendInt(b, a.ID, 10)
	b = append(b, `,"file_name":`...)
	b = appendString(b, a.FileName)
	b = append(b, `,"content_url":`...)
	b = appendString(b, a.ContentURL)
	b = append(b, `,"mapped_content_url":`...)
	b = appendString(b, a.ContentURL)
	b = append(b, `,"content_type":`...)
	b = appendString(b, a.ContentType)
	b = append(b, `,"size":`...)
	b = strconv.AppendInt(b, a.Size, 10)
	if a.ContentType == attachKindPNG {
		b = append(b, `,"width":`+strconv.Itoa(pngWidth)+`,"height":`+strconv.Itoa(pngHeight)...)
	} else {
		b = append(b, `,"width":null,"height":null`...)
	}
	b = append(b, `,"inline":`...)
	b = appendBool(b, a.Inline)
	b = append(b, `,"deleted":false,"malware_access_override":false,"malware_scan_result":"malware_not_found","thumbnails":[]}`...)
	return b
}

// apiURL is the attachment's API address (/api/v2/attachments/{id}.json) on the same account.
func (a *Attachment) apiURL() string {
	base, _, found := strings.Cut(a.ContentURL, "/attachments/token/")
	if !found {
		return ""
	}
	return base + "/api/v2/attachments/" + strconv.FormatInt(a.ID, 10) + ".json"
}
