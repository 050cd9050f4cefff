package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"zensync/backend/attachments"
	"zensync/backend/store"
)

// FileOpener hands a local file to the system (its default viewer); the Shell implements it,
// tests record instead. Save as… goes through the export's SaveDialog.
type FileOpener interface {
	OpenFile(path string) error
}

// AttachmentStatus is the attachments' download state for the Integrations screen.
type AttachmentStatus struct {
	UsedBytes     int64 `json:"usedBytes"`
	MaxTotalBytes int64 `json:"maxTotalBytes"`
	MaxFileBytes  int64 `json:"maxFileBytes"`
	Pending       int64 `json:"pending"`
	Downloaded    int64 `json:"downloaded"`
	TooLarge      int64 `json:"tooLarge"`
	Failed        int64 `json:"failed"`
	Full          bool  `json:"full"` // downloads wait for room under the total limit
}

// AttachmentsAPI opens and saves attachments from their local copies (offline) and reports
// the downloads' state.
type AttachmentsAPI struct {
	repo     *store.AttachmentRepo
	articles articleAttachmentLister // Help Center article attachments (article_attachments.go)
	dl       *attachments.Downloader
	folder   attachments.Folder
	open     FileOpener
	save     SaveDialog
	bridge   *bridge
}

// NewAttachmentsAPI returns the facade.
func NewAttachmentsAPI(repo *store.AttachmentRepo, dl *attachments.Downloader, folder attachments.Folder,
	open FileOpener, save SaveDialog, log *slog.Logger) *AttachmentsAPI {
	return &AttachmentsAPI{repo: repo, dl: dl, folder: folder, open: open, save: save,
		bridge: newBridge(log.With("component", "attachments_api"), mapStoreError, mapAttachmentError)}
}

var errNotDownloaded = errors.New("attachment not downloaded")

func mapAttachmentError(err error) (Code, string, bool) {
	if errors.Is(err, errRunnable) {
		return CodeForbidden, "Zensync does not open this kind of file, because it could run a program. Use Save as… and check it first.", true
	}
	if errors.Is(err, errNotDownloaded) {
		return CodeNotFound, "This attachment is not downloaded yet: it will be after the next sync while Zendesk is reachable.", true
	}
	return "", "", false
}

// Status returns used space, limits and counts by state.
func (a *AttachmentsAPI) Status() (AttachmentStatus, error) {
	s, err := a.dl.Summary(context.Background()) // comment and article attachments
	if err != nil {
		return AttachmentStatus{}, a.bridge.wrap("attachments.status", err)
	}
	total, perFile := a.dl.Limits()
	return AttachmentStatus{UsedBytes: s.UsedBytes, MaxTotalBytes: total, MaxFileBytes: perFile, Pending: s.Pending,
		Downloaded: s.Downloaded, TooLarge: s.TooLarge, Failed: s.Failed, Full: a.dl.Full()}, nil
}

// attachmentGetter finds one attachment (store.AttachmentRepo, store.ArticleAttachmentRepo).
type attachmentGetter interface {
	Get(ctx context.Context, integrationID string, id int64) (store.AttachmentView, error)
}

// local returns a downloaded attachment and its file.
func (a *AttachmentsAPI) local(from attachmentGetter, integrationID string, id int64) (store.AttachmentView, string, error) {
	att, err := from.Get(context.Background(), integrationID, id)
	if err != nil {
		return att, "", err
	}
	if att.State != store.AttachmentDownloaded {
		return att, "", fmt.Errorf("attachment %d: %w", id, errNotDownloaded)
	}
	path, err := a.folder.Path(att.SHA256)
	if err != nil {
		return att, "", err
	}
	return att, path, nil
}

// Open shows the local copy in the system's viewer. The content-addressed file has no
// extension, so a copy named like the attachment is made in a temporary folder first.
func (a *AttachmentsAPI) Open(integrationID string, id int64) error {
	return a.openFrom(a.repo, integrationID, id)
}

func (a *AttachmentsAPI) openFrom(from attachmentGetter, integrationID string, id int64) error {
	att, path, err := a.local(from, integrationID, id)
	if err != nil {
		return a.bridge.wrap("attachments.open", err)
	}
	dir, err := os.MkdirTemp("", "zensync-open-")
	if err != nil {
		return a.bridge.wrap("attachments.open", err)
	}
	named := filepath.Join(dir, safeFileName(att.FileName))
	if err := copyFile(path, named); err != nil {
		return a.bridge.wrap("attachments.open", err)
	}
	return a.bridge.wrap("attachments.open", a.open.OpenFile(named))
}

// SaveAs asks where to save the local copy and writes it there; it returns the chosen path
// ("" when the user cancelled).
func (a *AttachmentsAPI) SaveAs(integrationID string, id int64) (string, error) {
	return a.saveFrom(a.repo, integrationID, id)
}

func (a *AttachmentsAPI) saveFrom(from attachmentGetter, integrationID string, id int64) (string, error) {
	att, path, err := a.local(from, integrationID, id)
	if err != nil {
		return "", a.bridge.wrap("attachments.save", err)
	}
	dst, err := a.save.SaveFile("Save attachment", safeFileName(att.FileName), FileFilter{Name: "All files", Pattern: "*"})
	if err != nil || dst == "" {
		return "", a.bridge.wrap("attachments.save", err)
	}
	if err := copyFile(path, dst); err != nil {
		return "", a.bridge.wrap("attachments.save", err)
	}
	return dst, nil
}

// safeFileName keeps the last path element of Zendesk's file name (never a path).
func safeFileName(name string) string {
	base := filepath.Base(filepath.Clean("/" + filepath.FromSlash(name)))
	if base == "/" || base == "." || base == string(filepath.Separator) || base == "" {
		return "attachment"
	}
	return base
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("reading the local copy: %w", err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	return out.Close()
}
