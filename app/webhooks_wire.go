package app

import (
	"context"
	"log/slog"
	"time"

	"zensync/backend/oauth"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/webhook"
)

// webhookWiring is the webhook area: listener, processor, registrar and their facade.
type webhookWiring struct {
	api       *WebhooksAPI
	activity  *ActivityAPI
	listener  *webhook.Listener
	processor *webhook.Processor
	registrar *webhook.Registrar
	log       *slog.Logger
	emit      Emitter
	cancel    context.CancelFunc
	done      chan struct{}
}

// wireWebhooks builds the webhook area. records should be the RecordRepo the ticket views read
// through, so their cached counts see webhook writes.
func wireWebhooks(cfg Config, log *slog.Logger, db *store.DB, repo *store.IntegrationRepo, activity *store.ActivityRepo,
	records *store.RecordRepo,
	sec secrets.Store, tokens *oauth.Manager, emit Emitter) *webhookWiring {
	log = log.With("component", "webhooks")
	cache := webhook.NewSecretCache(sec)
	ww := &webhookWiring{log: log, emit: emit}
	ww.processor = webhook.NewProcessor(webhook.ProcessorDeps{
		Inbox: store.NewInboxRepo(db), Records: records, Integrations: repo, Client: tokens.Client, Log: log,
		OnChanged: func(id string) { emit(EventTicketsChanged, TicketsChanged{IntegrationID: id}) },
	})
	ww.listener = webhook.NewListener(webhook.Config{Addr: cfg.WebhookAddr}, webhook.ListenerDeps{
		Integrations: repo, Secrets: cache, Inbox: store.NewInboxRepo(db), Log: log,
		Activity:   webhook.StoreActivity(activity),
		OnStored:   ww.processor.Wake,
		OnDelivery: func(d webhook.Delivery) { emit(EventWebhookReceived, WebhookReceived(d)) },
	})
	ww.registrar = webhook.NewRegistrar(tokens.Client, repo, cache, log)
	ww.activity = NewActivityAPI(activity, repo, log)
	ww.api = NewWebhooksAPI(repo, webhook.NewVerifier(tokens.Client, ww.listener, 5*time.Second), ww.listener, log)
	return ww
}

// start binds the listener (a busy port is reported by WebhooksAPI.Listener, not fatal: polling
// goes on) and starts the processor, which first applies what a previous run left unprocessed.
func (ww *webhookWiring) start(ctx context.Context) {
	if err := ww.listener.Start(ctx); err != nil {
		ww.log.Error("webhook listener not started", "err", err)
		ww.api.setStartError(err)
	}
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	ww.cancel, ww.done = cancel, make(chan struct{})
	go func() { defer close(ww.done); ww.processor.Run(pctx) }()
}

// stop lets deliveries in flight finish (bounded), then stops the processor.
func (ww *webhookWiring) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := ww.listener.Stop(ctx); err != nil {
		ww.log.Warn("stopping the webhook listener", "err", err)
	}
	if ww.cancel != nil {
		ww.cancel()
		<-ww.done
	}
}
