package attachments

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// ErrTooLarge: the bytes went past the per-file limit (the announced size can be wrong).
var ErrTooLarge = errors.New("larger than the per-file limit")

// ErrBadKey: not a SHA-256 in hex (refused before touching the file system).
var ErrBadKey = errors.New("not an attachment key")

// Folder is the content-addressed attachments folder: the file with SHA-256 abcdef… lives at
// <dir>/ab/abcdef…; downloads are written to <dir>/tmp first and renamed into place whole.
type Folder struct{ Dir string }

// Path returns where the file with this SHA-256 (lowercase hex) is kept; ErrBadKey for anything
// else, so a key from the web view can never name another file.
func (f Folder) Path(sha string) (string, error) {
	if len(sha) != 64 {
		return "", ErrBadKey
	}
	for _, c := range sha {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return "", ErrBadKey
		}
	}
	return filepath.Join(f.Dir, sha[:2], sha), nil
}

// put stores r's bytes (at most max of them) and returns their SHA-256 and length; fresh is
// false when the same bytes were stored already (the new copy is dropped).
func (f Folder) put(r io.Reader, max int64) (sha string, n int64, fresh bool, err error) {
	tmpDir := filepath.Join(f.Dir, "tmp")
	if err := os.MkdirAll(tmpDir, 0o700); err != nil {
		return "", 0, false, fmt.Errorf("creating the attachments folder: %w", err)
	}
	tmp, err := os.CreateTemp(tmpDir, "download-*")
	if err != nil {
		return "", 0, false, fmt.Errorf("creating a download file: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	h := sha256.New()
	n, err = io.Copy(io.MultiWriter(tmp, h), io.LimitReader(r, max+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", n, false, fmt.Errorf("downloading: %w", err)
	}
	if n > max {
		return "", n, false, ErrTooLarge
	}
	sha = hex.EncodeToString(h.Sum(nil))
	dst, _ := f.Path(sha)
	if _, err := os.Stat(dst); err == nil {
		return sha, n, false, nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return "", n, false, fmt.Errorf("creating the attachments folder: %w", err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return "", n, false, fmt.Errorf("storing the attachment: %w", err)
	}
	return sha, n, true, nil
}

// cleanTemp removes what a pass cut short (a crash, a shutdown) left in <dir>/tmp.
func (f Folder) cleanTemp() {
	_ = os.RemoveAll(filepath.Join(f.Dir, "tmp"))
}
