// Package attfiles makes the files tests keep in an attachments folder: a small PNG, and a copy
// stored under its SHA-256 the way the downloader leaves a finished download.
package attfiles

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"zensync/backend/attachments"
)

// PNG is a blank PNG image of size×size pixels.
func PNG(t testing.TB, size int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, size, size))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Put writes b into folder under its SHA-256 and returns the hash and the file's path.
func Put(t testing.TB, folder attachments.Folder, b []byte) (sha, path string) {
	t.Helper()
	sum := sha256.Sum256(b)
	sha = hex.EncodeToString(sum[:])
	path, err := folder.Path(sha)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return sha, path
}
