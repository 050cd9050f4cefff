package app

import (
	"context"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"zensync/backend/attachments"
	"zensync/backend/oauth"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// attachmentWiring is the background attachment downloader, its facade and the web view's
// handler for local copies.
type attachmentWiring struct {
	dl         *attachments.Downloader
	api        *AttachmentsAPI
	middleware func(http.Handler) http.Handler
	comments   *store.AttachmentRepo
	articles   *store.ArticleAttachmentRepo
	folder     attachments.Folder
}

func wireAttachments(cfg Config, log *slog.Logger, db *store.DB, repo *store.IntegrationRepo, tokens *oauth.Manager,
	shell *Shell, emit Emitter) *attachmentWiring {
	folder := attachments.Folder{Dir: filepath.Join(cfg.DataDir, "attachments")}
	atts := store.NewAttachmentRepo(db, nil)
	articles := store.NewArticleAttachmentRepo(db, nil)
	dl := attachments.New(attachments.Options{
		Repo: atts, Articles: articles, Integrations: repo, Clients: tokens, Dir: folder.Dir, Logger: log,
		MaxTotalBytes: cfg.AttachmentsMaxBytes(), MaxFileBytes: cfg.AttachmentMaxFileBytes(),
		PerMinute: zendesk.AttachmentsPerMinute(cfg.ZendeskURL),
		// the ticket and article pages show each attachment's state: refetch them
		OnChanged: func(store.AttachmentSummary) { emit(EventTicketsChanged, TicketsChanged{}) },
	})
	api := NewAttachmentsAPI(atts, dl, folder, shell, newSaveDialog(shell, cfg.E2ESaveDir), log).withArticles(articles)
	return &attachmentWiring{dl: dl, api: api, middleware: localAttachments(folder, fileIndexes{atts, articles}),
		comments: atts, articles: articles, folder: folder}
}

func (aw *attachmentWiring) start(ctx context.Context) { aw.dl.Start(ctx) }

func (aw *attachmentWiring) stop() { aw.dl.Shutdown(5 * time.Second) }
