package record

import (
	"strconv"
	"strings"
)

// AttachKindPNG is the type of the seeded images, whose size is fixed (PNGWidth × PNGHeight).
const (
	AttachKindPNG = "image/png"
	PNGWidth      = 96
	PNGHeight     = 64
)

// appendAttachment writes one attachment as Zendesk does (recorded answers carry these fields).
func appendAttachment(b []byte, a *Attachment) []byte {
	b = append(b, `{"url":`...)
	b = AppendString(b, a.apiURL())
	b = append(b, `,"id":`...)
	b = strconv.AppendInt(b, a.ID, 10)
	b = append(b, `,"file_name":`...)
	b = AppendString(b, a.FileName)
	b = append(b, `,"content_url":`...)
	b = AppendString(b, a.ContentURL)
	b = append(b, `,"mapped_content_url":`...)
	b = AppendString(b, a.ContentURL)
	b = append(b, `,"content_type":`...)
	b = AppendString(b, a.ContentType)
	b = append(b, `,"size":`...)
	b = strconv.AppendInt(b, a.Size, 10)
	if a.ContentType == AttachKindPNG {
		b = append(b, `,"width":`+strconv.Itoa(PNGWidth)+`,"height":`+strconv.Itoa(PNGHeight)...)
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

// MarshalJSON encodes the attachment in Zendesk's shape (the same bytes as the fast encoder).
func (a Attachment) MarshalJSON() ([]byte, error) { return appendAttachment(nil, &a), nil }
