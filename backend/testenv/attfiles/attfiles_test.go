package attfiles

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"zensync/backend/attachments"
)

func TestPNGDecodesAtItsSize(t *testing.T) {
	for _, size := range []int{1, 3, 16} {
		img, err := png.Decode(bytes.NewReader(PNG(t, size)))
		if err != nil || img.Bounds().Dx() != size || img.Bounds().Dy() != size {
			t.Fatalf("PNG(%d) decodes to %v, %v", size, img.Bounds(), err)
		}
	}
}

func TestPutStoresTheBytesWhereTheFolderLooksForThem(t *testing.T) {
	folder := attachments.Folder{Dir: filepath.Join(t.TempDir(), "attachments")}
	b := []byte("quarterly report")
	sha, path := Put(t, folder, b)
	sum := sha256.Sum256(b)
	if sha != hex.EncodeToString(sum[:]) {
		t.Fatalf("sha %s, want the bytes' SHA-256", sha)
	}
	if want, err := folder.Path(sha); err != nil || path != want {
		t.Fatalf("path %s, want %s (%v)", path, want, err)
	}
	if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, b) {
		t.Fatalf("stored %q, %v", got, err)
	}
}
