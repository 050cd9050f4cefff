package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"zensync/backend/store"
)

// FolderFormatVersion is the version of the folder layout and manifest; a reader checks it.
const FolderFormatVersion = 1

// Integration describes the integration a folder export is of (written into the manifest).
type Integration struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Domain     string `json:"domain"`
	Capability string `json:"capability"`
}

// Manifest is manifest.json: what the folder holds, so another program can read it.
type Manifest struct {
	Format              string         `json:"format"`
	FormatVersion       int            `json:"format_version"`
	ZensyncVersion      string         `json:"zensync_version"`
	SchemaVersion       int            `json:"schema_version"`
	ExportedAt          string         `json:"exported_at"`
	Integration         Integration    `json:"integration"`
	Files               []ManifestFile `json:"files"`
	AttachmentsIncluded bool           `json:"attachments_included"`
	Notes               string         `json:"notes"`
}

// ManifestFile is one JSON Lines file of the folder and how many records (lines) it holds.
type ManifestFile struct {
	Name       string `json:"name"`
	RecordType string `json:"record_type"`
	Count      int64  `json:"count"`
}

// folderNotes explains the encoding to whoever reads the folder.
const folderNotes = "One JSON object per line, UTF-8. Times are RFC 3339 in UTC (null when Zendesk gave none); " +
	"tags, domain_names and label_names are arrays."

// attachmentsNotes adds what the folder says of attachments, with them and without them.
const (
	attachmentsNotes = " attachments.jsonl lists every comment attachment (kind \"comment\", with ticket_id and comment_id) " +
		"and Help Center article attachment (kind \"article\", with article_id) and its download state; " +
		"the downloaded files are in attachments/, named by their SHA-256 (the path field), one copy per distinct file. " +
		"Files not downloaded (state pending, too_large or failed) are only listed."
	noAttachmentsNotes = " Attachments are not included in this export."
)

// Folder writes every stored record of one integration into a new folder inside parent (named
// after the integration and the time) and returns its path. It writes into a hidden temporary
// folder next to it and renames it at the end, so a failed or cancelled export leaves nothing.
func Folder(ctx context.Context, src Source, in Integration, parent string, meta Meta, progress Progress) (string, error) {
	now := meta.now()
	target := filepath.Join(parent, folderName(in.Name, now))
	if _, err := os.Stat(target); err == nil {
		return "", fmt.Errorf("%s already exists: %w", target, ErrBadRequest)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(target)+".partial-*")
	if err != nil {
		return "", fmt.Errorf("creating a folder in %s: %w", parent, err)
	}
	done := false
	defer func() {
		if !done {
			_ = os.RemoveAll(tmp)
		}
	}()
	schema, err := src.SchemaVersion(ctx)
	if err != nil {
		return "", err
	}
	man := Manifest{Format: "zensync-export", FormatVersion: FolderFormatVersion, ZensyncVersion: meta.Version,
		SchemaVersion: schema, ExportedAt: now.Format(time.RFC3339), Integration: in, Files: []ManifestFile{}, Notes: folderNotes}
	atts := attachmentFiles(src)
	man.AttachmentsIncluded = atts != nil
	if atts != nil {
		man.Notes += attachmentsNotes
	} else {
		man.Notes += noAttachmentsNotes
	}
	tr := newTracker(ctx, progress, 0)
	counts := make([]int64, len(store.DumpTables))
	for i, table := range store.DumpTables {
		if counts[i], err = src.CountRecords(ctx, in.ID, table); err != nil {
			return "", err
		}
		tr.addTotal(counts[i])
	}
	if atts != nil {
		n, err := atts.CountAttachments(ctx, in.ID)
		if err != nil {
			return "", err
		}
		tr.addTotal(n)
	}
	for _, table := range store.DumpTables {
		n, err := dumpTable(ctx, src, in.ID, table, filepath.Join(tmp, table+".jsonl"), tr)
		if err != nil {
			return "", err
		}
		man.Files = append(man.Files, ManifestFile{Name: table + ".jsonl", RecordType: table, Count: n})
	}
	if atts != nil {
		n, err := dumpAttachments(ctx, atts, in.ID, tmp, tr)
		if err != nil {
			return "", err
		}
		man.Files = append(man.Files, ManifestFile{Name: "attachments.jsonl", RecordType: "attachments", Count: n})
	}
	if err := writeManifest(filepath.Join(tmp, "manifest.json"), man); err != nil {
		return "", err
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, target); err != nil {
		return "", fmt.Errorf("finishing %s: %w", target, err)
	}
	done = true
	tr.finish()
	return target, nil
}

// folderName is "zensync-<name>-<UTC time>", with anything unsafe in a file name replaced.
func folderName(name string, at time.Time) string {
	clean := strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r == '*' || r == '?' || r == '"' || r == '<' || r == '>' || r == '|' || r < ' ' {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	if clean == "" || strings.Trim(clean, ".") == "" {
		clean = "integration"
	}
	return "zensync-" + clean + "-" + at.Format("20060102-150405")
}

func dumpTable(ctx context.Context, src Source, integrationID, table, path string, tr *tracker) (int64, error) {
	return writeLines(path, func(w *bufio.Writer) (int64, error) {
		var n int64
		var line []byte
		err := src.EachRecord(ctx, integrationID, table, func(cols []string, vals []any) error {
			line = appendRecord(line[:0], cols, vals)
			if _, err := w.Write(line); err != nil {
				return fmt.Errorf("writing %s: %w", path, err)
			}
			n++
			return tr.add()
		})
		return n, err
	})
}

// writeLines creates the file at path and has write fill it through a buffer; the file is
// flushed, synced and closed when write succeeds. It returns write's count of lines.
func writeLines(path string, write func(w *bufio.Writer) (int64, error)) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("creating %s: %w", path, err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, writeBuffer)
	n, err := write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		return n, err
	}
	return n, f.Close()
}

func writeManifest(path string, m Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
