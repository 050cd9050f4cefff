package seed

import (
	"bytes"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"io"

	"zensync/backend/emulator/record"
	"zensync/backend/zendesk/wire"
)

// A seeded PNG is a real pngWidth×pngHeight picture (colours from the attachment id), stored
// without compression so its size is known in advance, padded to the announced size with a
// private ancillary chunk ("zsPd") that image decoders skip.
const (
	pngWidth   = record.PNGWidth
	pngHeight  = record.PNGHeight
	pngRawLen  = pngHeight * (1 + pngWidth*3)
	pngMinSize = 8 + 25 + (12 + 2 + 5 + pngRawLen + 4) + 12 + 12 // signature, IHDR, IDAT, zsPd, IEND
)

// WriteAttachmentContent writes attachment a's bytes, exactly a.Size of them.
func WriteAttachmentContent(w io.Writer, a *wire.Attachment) error {
	switch a.ContentType {
	case AttachKindPNG:
		_, err := w.Write(seededPNG(a.ID, a.Size))
		return err
	case attachKindText:
		return writeSeededText(w, a.ID, a.Size)
	default:
		return writeSeededBinary(w, a.ID, a.Size)
	}
}

func seededPNG(id, size int64) []byte {
	r := rngFor(int64(id), id, 7)
	c1 := [3]byte{byte(r.next()), byte(r.next()), byte(r.next())}
	c2 := [3]byte{byte(r.next()), byte(r.next()), byte(r.next())}
	raw := make([]byte, 0, pngRawLen)
	for y := 0; y < pngHeight; y++ {
		raw = append(raw, 0) // filter: none
		for x := 0; x < pngWidth; x++ {
			c := c1
			if (x/12+y/12)%2 == 1 {
				c = c2
			}
			raw = append(raw, c[0], c[1], c[2])
		}
	}
	var z bytes.Buffer
	z.Write([]byte{0x78, 0x01, 1}) // zlib header; one final stored deflate block
	_ = binary.Write(&z, binary.LittleEndian, uint16(len(raw)))
	_ = binary.Write(&z, binary.LittleEndian, ^uint16(len(raw)))
	z.Write(raw)
	_ = binary.Write(&z, binary.BigEndian, adler32.Checksum(raw))

	out := make([]byte, 0, size)
	out = append(out, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], pngWidth)
	binary.BigEndian.PutUint32(ihdr[4:], pngHeight)
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	out = pngChunk(out, "IHDR", ihdr)
	out = pngChunk(out, "IDAT", z.Bytes())
	out = pngChunk(out, "zsPd", make([]byte, max(0, size-int64(len(out))-24)))
	return pngChunk(out, "IEND", nil)
}

func pngChunk(b []byte, kind string, data []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	start := len(b)
	b = append(b, kind...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
}

// writeSeededText writes size bytes of log-like lines.
func writeSeededText(w io.Writer, id, size int64) error {
	r := rngFor(id, id, 8)
	buf := make([]byte, 0, size+64)
	for n := 0; int64(len(buf)) < size; n++ {
		buf = append(buf, "2026-01-01 12:00:00 INFO "...)
		for k := 0; k < 6; k++ {
			buf = append(buf, pick(&r, nouns)...)
			buf = append(buf, ' ')
		}
		buf = append(buf, '\n')
	}
	_, err := w.Write(buf[:size])
	return err
}

// writeSeededBinary streams size pseudo-random bytes in 64 KiB pieces (used for files larger
// than any per-file limit, so it must not hold them in memory).
func writeSeededBinary(w io.Writer, id, size int64) error {
	r := rngFor(id, id, 9)
	buf := make([]byte, 64<<10)
	for size > 0 {
		for i := 0; i+8 <= len(buf); i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], r.next())
		}
		n := min(size, int64(len(buf)))
		if _, err := w.Write(buf[:n]); err != nil {
			return err
		}
		size -= n
	}
	return nil
}
