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
	b = AppendString(append(b, `{"url":`...), a.apiURL())
	b = strconv.AppendInt(append(b, `,"id":`...), a.ID, 10)
	b = AppendString(append(b, `,"file_name":`...), a.FileName)
	b = AppendString(append(b, `,"content_url":`...), a.ContentURL)
	b = AppendString(append(b, `,"mapped_content_url":`...), a.ContentURL)
	b = AppendString(append(b, `,"content_type":`...), a.ContentType)
	b = strconv.AppendInt(append(b, `,"size":`...), a.Size, 10)
	if a.ContentType == AttachKindPNG {
		b = append(b, `,"width":`+strconv.Itoa(PNGWidth)+`,"height":`+strconv.Itoa(PNGHeight)...)
	} else {
		b = append(b, `,"width":null,"height":null`...)
	}
	b = appendBool(append(b, `,"inline":`...), a.Inline)
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
