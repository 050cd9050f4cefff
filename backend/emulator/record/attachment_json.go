package record

import (
	"strconv"
	"strings"

	"zensync/backend/zendesk/wire"
)

// AttachKindPNG is the type of the seeded images, whose size is fixed (PNGWidth × PNGHeight).
const (
	AttachKindPNG = "image/png"
	PNGWidth      = 96
	PNGHeight     = 64
)

// pngWidth and pngHeight are what every PNG's Width and Height point at.
var pngWidth, pngHeight = PNGWidth, PNGHeight

// DescribeAttachment fills the fields of a that follow from its content_url and type, as
// Zendesk reports them (recorded answers carry these): its API address
// (/api/v2/attachments/{id}.json on the same account), the mapped content URL, an image's size,
// a clean malware scan and no thumbnails.
func DescribeAttachment(a *wire.Attachment) {
	a.URL, a.MappedContentURL = "", a.ContentURL
	if base, _, found := strings.Cut(a.ContentURL, "/attachments/token/"); found {
		a.URL = base + "/api/v2/attachments/" + strconv.FormatInt(a.ID, 10) + ".json"
	}
	a.Width, a.Height = nil, nil
	if a.ContentType == AttachKindPNG {
		a.Width, a.Height = &pngWidth, &pngHeight
	}
	a.MalwareScanResult, a.Thumbnails = "malware_not_found", []wire.Attachment{}
}

// appendAttachment writes one attachment as Zendesk does (DescribeAttachment filled it).
func appendAttachment(b []byte, a *wire.Attachment) []byte {
	b = AppendString(append(b, `{"url":`...), a.URL)
	b = strconv.AppendInt(append(b, `,"id":`...), a.ID, 10)
	b = AppendString(append(b, `,"file_name":`...), a.FileName)
	b = AppendString(append(b, `,"content_url":`...), a.ContentURL)
	b = AppendString(append(b, `,"mapped_content_url":`...), a.MappedContentURL)
	b = AppendString(append(b, `,"content_type":`...), a.ContentType)
	b = strconv.AppendInt(append(b, `,"size":`...), a.Size, 10)
	b = appendIntPtr(append(b, `,"width":`...), a.Width)
	b = appendIntPtr(append(b, `,"height":`...), a.Height)
	b = appendBool(append(b, `,"inline":`...), a.Inline)
	b = appendBool(append(b, `,"deleted":`...), a.Deleted)
	b = appendBool(append(b, `,"malware_access_override":`...), a.MalwareAccessOverride)
	b = AppendString(append(b, `,"malware_scan_result":`...), a.MalwareScanResult)
	b = append(b, `,"thumbnails":[`...)
	for i := range a.Thumbnails {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendAttachment(b, &a.Thumbnails[i])
	}
	return append(b, "]}"...)
}

func appendIntPtr(b []byte, v *int) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, int64(*v), 10)
}
