package app

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"zensync/backend/lifecycle"
	"zensync/backend/oauth"
	"zensync/backend/secrets"
	"zensync/backend/store"
)

// wiring holds every service, built once from Config. Each screen area adds its facade here.
type wiring struct {
	cfg   Config
	log   *slog.Logger
	shell *Shell
	boot  *Boot

	db           *store.DB // nil when the database could not be opened; only Boot is bound then
	secrets      secrets.Store
	integrations *IntegrationsAPI
	oauth        *oauth.Manager // tokens: Client(ctx, in) gives other areas an authenticated client
	connect      *ConnectAPI
	webhooks     *webhookWiring    // listener, processor, registrar; WebhooksAPI and ActivityAPI
	sync         *syncWiring       // syncer; SyncAPI and DataAPI
	attachments  *attachmentWiring // background downloads; AttachmentsAPI; local copies for the web view
	housekeeping *housekeeping     // prunes Activity and processed webhook events (retention)
	cleanups     *cleanups         // retries what deleted integrations left in Zendesk
	links        *LinksAPI
	export       *ExportAPI
}

func wire(cfg Config) *wiring {
	log := newLogger(cfg.LogLevel)
	w := &wiring{cfg: cfg, log: log, shell: NewShell(log)}
	w.links = NewLinksAPI(w.shell.OpenExternal, log)
	if generatingBindings {
		if dir, err := os.MkdirTemp("", "zensync-bindings-"); err == nil {
			cfg.DataDir = dir
		}
	}
	dbPath := filepath.Join(cfg.DataDir, "zensync.db")
	db, err := store.Open(context.Background(), dbPath, log)
	if err != nil {
		// Never touch the file: show what went wrong and where, and bind only Boot.
		log.Error("database unavailable", "path", dbPath, "err", err)
		w.boot = NewBoot(BootStatus{OK: false, Message: err.Error(), Path: dbPath, DataDir: cfg.DataDir})
		return w
	}
	w.db = db
	w.boot = NewBoot(BootStatus{OK: true, Path: dbPath, DataDir: cfg.DataDir})
	w.secrets = secrets.NewKeyring(cfg.KeyringService, 10*time.Second)
	repo := store.NewIntegrationRepo(db, nil)
	activity := store.NewActivityRepo(db, nil)
	records := store.NewRecordRepo(db, nil) // one generation counter for every writer and reader
	w.oauth = newTokenManager(cfg, log, repo, w.secrets)
	w.webhooks = wireWebhooks(cfg, log, db, repo, activity, records, w.secrets, w.oauth, w.shell.Emit)
	w.housekeeping = wireHousekeeping(cfg, log, db, activity)
	w.attachments = wireAttachments(cfg, log, db, repo, w.oauth, w.shell, w.shell.Emit)
	w.sync = wireSync(cfg, log, db, repo, records, w.oauth, w.shell.Emit, w.attachments.dl.Kick)
	life := lifecycle.New(lifecycle.Deps{
		Repo: repo, Secrets: w.secrets, Tokens: w.oauth, Webhooks: w.webhooks.registrar, Syncs: w.sync.syncer,
		Records: records, Activity: activity, Log: log, Cleanups: store.NewPendingCleanupRepo(db),
		OnChanged: func(id string) { w.shell.Emit(EventIntegrationsChanged, IntegrationsChanged{ID: id}) },
	})
	w.cleanups = &cleanups{life: life, emit: w.shell.Emit}
	w.connect = NewConnectAPI(ConnectDeps{Life: life, Manager: w.oauth, Repo: repo, Emit: w.shell.Emit,
		OpenURL: w.shell.OpenURL, Log: log, Activity: activity})
	w.export = NewExportAPI(exportSource(db, records, w.attachments), repo.Get,
		newSaveDialog(w.shell, cfg.E2ESaveDir), w.shell.Emit, log)
	w.integrations = NewIntegrationsAPI(IntegrationsDeps{
		Life: life, Repo: repo, Emit: w.shell.Emit, Log: log, Counts: records.Counts,
	})
	return w
}

// start runs after the window exists; long-lived workers start here and stop in stop. Without
// a database only Boot is wired, so there is nothing to start.
func (w *wiring) start(ctx context.Context) {
	if w.db == nil {
		return
	}
	w.housekeeping.start(ctx)
	w.webhooks.start(ctx)
	w.sync.start()
	w.cleanups.start(ctx)
	w.attachments.start(ctx)
}

// stop is called once when the window closes. Without a database nothing else was wired.
func (w *wiring) stop(ctx context.Context) {
	if w.db == nil {
		return
	}
	w.connect.close()
	w.export.close()
	w.sync.stop()
	w.attachments.stop()
	w.webhooks.stop()
	w.housekeeping.stop()
	w.cleanups.stop()
	if err := w.db.Close(); err != nil {
		w.log.Error("closing the database", "err", err)
	}
}

func (w *wiring) bindings() []any {
	if w.db == nil {
		return []any{w.boot}
	}
	return []any{w.boot, w.integrations, w.connect, w.webhooks.api, w.webhooks.activity, w.sync.api, w.sync.data, w.links, w.export, w.attachments.api}
}

func newLogger(level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}

// assetMiddleware serves the downloaded attachments to the web view (nil without a database).
func (w *wiring) assetMiddleware() func(next http.Handler) http.Handler {
	if w.attachments == nil {
		return nil
	}
	return w.attachments.middleware
}
