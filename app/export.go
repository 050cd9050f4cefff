package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"zensync/backend/export"
	"zensync/backend/integration"
	"zensync/backend/store"
)

// ExportStarted answers an export request: the job's id (watch export:progress and
// export:finished for it) and where it writes. An empty ID means the admin closed the dialog.
type ExportStarted struct {
	ID   string `json:"id"`
	Path string `json:"path"`
}

// ExportAPI exports what is stored: it asks where through a SaveDialog, then runs the export in
// the background (backend/export) and reports it with events.
type ExportAPI struct {
	src     export.Source
	integs  func(ctx context.Context, id string) (integration.Integration, error)
	dialog  SaveDialog
	jobs    *export.Jobs
	bridge  *bridge
	now     func() time.Time
	version string
}

// NewExportAPI returns the facade; emit receives export:progress and export:finished.
func NewExportAPI(src export.Source, integs func(context.Context, string) (integration.Integration, error),
	dialog SaveDialog, emit Emitter, log *slog.Logger) *ExportAPI {
	notify := func(u export.Update) {
		if u.State == "running" {
			emit(EventExportProgress, u)
			return
		}
		emit(EventExportFinished, u)
	}
	return &ExportAPI{src: src, integs: integs, dialog: dialog, jobs: export.NewJobs(log, notify),
		bridge: newBridge(log.With("component", "export_api"), mapStoreError, mapExportError), now: time.Now, version: Version}
}

// exportSource is what exports read: the store's readers, with the downloaded attachments
// (articles' images, comments' images and files, the attachments folder).
func exportSource(db *store.DB, records *store.RecordRepo, aw *attachmentWiring) export.Source {
	src := export.Source(export.StoreSource{TicketReader: store.NewTicketReader(db, records.Generation),
		HelpCenterReader: store.NewHelpCenterReader(db)})
	src = export.WithArticleFiles(src, aw.articleFiles)
	return export.WithAttachments(src, export.StoreAttachments{Repo: aw.comments, Folder: aw.folder})
}

func mapExportError(err error) (Code, string, bool) {
	if errors.Is(err, export.ErrBadRequest) {
		return CodeInvalidInput, err.Error(), true
	}
	return "", "", false
}

func (a *ExportAPI) meta() export.Meta { return export.Meta{Version: a.version, Now: a.now} }

// ExportTickets asks where to save, then writes the list q describes (the Tickets screen's
// filters, search and sort) as "csv" or "jsonl".
func (a *ExportAPI) ExportTickets(q TicketQuery, format string) (ExportStarted, error) {
	f := export.Format(format)
	filter := map[export.Format]FileFilter{export.FormatCSV: {"CSV files", "*.csv"}, export.FormatJSONL: {"JSON Lines files", "*.jsonl"}}[f]
	if filter.Pattern == "" {
		return ExportStarted{}, a.bridge.wrap("export.tickets", &codedError{Code: CodeInvalidInput,
			Message: fmt.Sprintf("Unknown export format %q: choose csv or jsonl.", format)})
	}
	name := "tickets-" + a.now().Format("20060102-150405") + "." + format
	path, err := a.dialog.SaveFile("Export tickets", name, filter)
	if err != nil || path == "" {
		return ExportStarted{}, a.bridge.wrap("export.tickets", err)
	}
	path = withExt(path, "."+format)
	sq := store.TicketQuery(q)
	id := a.jobs.Start("tickets_"+format, path, func(ctx context.Context, p export.Progress) (string, error) {
		_, err := export.TicketList(ctx, a.src, sq, f, path, p)
		return path, err
	})
	return ExportStarted{ID: id, Path: path}, nil
}

// ExportTicketHTML asks where to save, then writes one ticket and its conversation as HTML.
func (a *ExportAPI) ExportTicketHTML(integrationID string, ticketID int64) (ExportStarted, error) {
	return a.html("export.ticket_html", "Export ticket", fmt.Sprintf("ticket-%d.html", ticketID),
		func(ctx context.Context, path string) error {
			return export.TicketHTML(ctx, a.src, integrationID, ticketID, path, a.meta())
		})
}

// ExportArticleHTML asks where to save, then writes one Help Center article, in the locale on
// screen ("" = the first stored), as HTML.
func (a *ExportAPI) ExportArticleHTML(integrationID string, articleID int64, locale string) (ExportStarted, error) {
	return a.html("export.article_html", "Export article", fmt.Sprintf("article-%d.html", articleID),
		func(ctx context.Context, path string) error {
			return export.ArticleHTML(ctx, a.src, integrationID, articleID, locale, path, a.meta())
		})
}

// ExportSectionHTML asks where to save, then writes a Help Center section's articles as HTML.
func (a *ExportAPI) ExportSectionHTML(integrationID string, sectionID int64) (ExportStarted, error) {
	return a.html("export.section_html", "Export section", fmt.Sprintf("section-%d.html", sectionID),
		func(ctx context.Context, path string) error {
			return export.SectionHTML(ctx, a.src, integrationID, sectionID, path, a.meta())
		})
}

func (a *ExportAPI) html(op, title, name string, write func(ctx context.Context, path string) error) (ExportStarted, error) {
	path, err := a.dialog.SaveFile(title, name, FileFilter{"HTML files", "*.html"})
	if err != nil || path == "" {
		return ExportStarted{}, a.bridge.wrap(op, err)
	}
	path = withExt(path, ".html")
	id := a.jobs.Start("html", path, func(ctx context.Context, p export.Progress) (string, error) {
		p(0, 1)
		if err := write(ctx, path); err != nil {
			return "", err
		}
		p(1, 1)
		return path, nil
	})
	return ExportStarted{ID: id, Path: path}, nil
}

// ExportIntegration asks for a folder, then writes every stored record of the integration into
// a new folder inside it (JSON Lines per record type and a manifest.json).
func (a *ExportAPI) ExportIntegration(integrationID string) (ExportStarted, error) {
	in, err := a.integs(context.Background(), integrationID)
	if err != nil {
		return ExportStarted{}, a.bridge.wrap("export.integration", err)
	}
	parent, err := a.dialog.ChooseFolder("Export all data of " + in.Name + " into…")
	if err != nil || parent == "" {
		return ExportStarted{}, a.bridge.wrap("export.integration", err)
	}
	info := export.Integration{ID: in.ID, Name: in.Name, Domain: in.Domain, Capability: string(in.Capability)}
	id := a.jobs.Start("integration", parent, func(ctx context.Context, p export.Progress) (string, error) {
		return export.Folder(ctx, a.src, info, parent, a.meta(), p)
	})
	return ExportStarted{ID: id, Path: parent}, nil
}

// withExt adds ext to a file name typed without any (the dialog keeps what the admin typed).
func withExt(path, ext string) string {
	if filepath.Ext(path) == "" {
		return path + ext
	}
	return path
}

// CancelExport stops a running export; it leaves nothing at its target.
func (a *ExportAPI) CancelExport(id string) { a.jobs.Cancel(id) }

// close cancels running exports and waits for their clean-up (before the database closes).
func (a *ExportAPI) close() { a.jobs.Close() }
