package export

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"zensync/backend/store"
)

// attachmentsDir is the export folder's copy of the downloaded files, each named by its SHA-256.
const attachmentsDir = "attachments"

// dumpAttachments writes attachments.jsonl (one line per attachment row) into dir and copies
// each downloaded file once into dir/attachments/<sha256>, streaming; it returns the rows written.
func dumpAttachments(ctx context.Context, atts AttachmentFiles, integrationID, dir string, tr *tracker) (int64, error) {
	if err := os.Mkdir(filepath.Join(dir, attachmentsDir), 0o755); err != nil {
		return 0, fmt.Errorf("creating %s: %w", attachmentsDir, err)
	}
	path := filepath.Join(dir, "attachments.jsonl")
	return writeLines(path, func(w *bufio.Writer) (int64, error) {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		var n int64
		err := atts.EachAttachment(ctx, integrationID, func(a AttachmentRow) error {
			if a.State == store.AttachmentDownloaded {
				switch err := copyAttachment(ctx, atts, a.SHA256, dir); {
				case errors.Is(err, errCopyMissing):
					a.Reason = "not in this export: " + err.Error()
				case err != nil:
					return err
				default:
					a.Path = attachmentsDir + "/" + a.SHA256
				}
			}
			if err := enc.Encode(a); err != nil {
				return fmt.Errorf("writing %s: %w", path, err)
			}
			n++
			return tr.add()
		})
		return n, err
	})
}

// errCopyMissing: the attachments folder has no file under the row's SHA-256 (removed by hand).
var errCopyMissing = errors.New("the local copy is missing")

// copyAttachment copies the downloaded file with this SHA-256 into dir/attachments/<sha> (once:
// a file named so is there already when another row shares it), through a temporary name, in
// bounded memory, stopping when ctx is cancelled.
func copyAttachment(ctx context.Context, atts AttachmentFiles, sha, dir string) error {
	src, err := atts.Path(sha)
	if err != nil {
		return fmt.Errorf("%w (%v)", errCopyMissing, err)
	}
	dst := filepath.Join(dir, attachmentsDir, sha)
	if _, err := os.Stat(dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if errors.Is(err, fs.ErrNotExist) {
		return errCopyMissing
	}
	if err != nil {
		return fmt.Errorf("reading the local copy: %w", err)
	}
	defer in.Close()
	tmp := dst + ".partial"
	out, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("copying %s: %w", sha, err)
	}
	defer os.Remove(tmp) // no-op once renamed
	_, err = io.Copy(out, ctxReader{ctx, in})
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("copying %s: %w", sha, err)
	}
	return os.Rename(tmp, dst)
}

// ctxReader stops a copy when ctx is cancelled (checked before every read).
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
