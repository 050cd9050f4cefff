// Package attachments downloads comment attachments in the background after their records
// sync, into a content-addressed folder (<data dir>/attachments/ab/abcdef…, named by the
// SHA-256 of the bytes, so equal files are stored once), under a total and a per-file size cap,
// politely (a few at a time, paced per integration, waiting out 429s).
//
// The account's token goes only to the attachment's content_url on the account's host; the
// storage address Zendesk redirects to is fetched without it (zendesk.Client.OpenAttachment).
package attachments

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Defaults of the size caps (the admin changes them in the settings).
const (
	DefaultMaxTotalBytes = 2 << 30
	DefaultMaxFileBytes  = 50 << 20
)

// Repo is the attachments' download state (store.AttachmentRepo).
type Repo interface {
	Pending(ctx context.Context, afterIntegration string, afterID int64, limit int) ([]store.AttachmentView, error)
	SetDownloaded(ctx context.Context, integrationID string, id int64, sha string, size int64) error
	SetState(ctx context.Context, integrationID string, id int64, state, reason string) error
	Summary(ctx context.Context) (store.AttachmentSummary, error)
}

// Integrations finds an attachment's integration (store.IntegrationRepo).
type Integrations interface {
	Get(ctx context.Context, id string) (integration.Integration, error)
}

// ClientSource gives an integration's authenticated client ((*oauth.Manager).Client).
type ClientSource interface {
	Client(ctx context.Context, in integration.Integration) (*zendesk.Client, error)
}

// Options configure a Downloader. Repo, Integrations, Clients and Dir are required.
type Options struct {
	Repo         Repo
	Integrations Integrations
	Clients      ClientSource
	// Articles, when set, is a second queue: Help Center article attachments, listed per
	// new or changed article at the start of each pass (articles.go), under the same caps.
	Articles ArticleRepo
	Dir      string       // <data dir>/attachments
	Storage  *http.Client // fetches the storage redirects; must carry no credentials (nil = plain)
	Logger   *slog.Logger

	MaxTotalBytes int64 // 0 = DefaultMaxTotalBytes
	MaxFileBytes  int64 // 0 = DefaultMaxFileBytes
	Concurrency   int   // downloads at a time (0 = 3)
	// PerMinute paces requests to each account's host (0 = 120, well inside Zendesk's
	// per-minute limits of 200 and more, leaving room for the syncer).
	PerMinute int
	// MaxAttempts is how many failed tries (network, 5xx, too many 429s) before an attachment
	// is marked failed (0 = 5).
	MaxAttempts int
	// CheckEvery is how often pending attachments are looked for without a Kick (0 = 10m).
	CheckEvery time.Duration
	// OnChanged is called after a pass that changed something (must not block).
	OnChanged func(store.AttachmentSummary)
}

// Downloader fetches pending attachments. Create it with New; Start runs it in the background.
type Downloader struct {
	o    Options
	log  *slog.Logger
	kick chan struct{}

	mu      sync.Mutex
	pacers  map[string]*pacer
	full    bool // the last pass stopped at the total cap
	stop    context.CancelFunc
	done    chan struct{}
	passMu  sync.Mutex // one pass at a time
	started bool
}

// New returns a Downloader with defaults filled in; nothing runs until Start or RunOnce.
func New(o Options) *Downloader {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MaxTotalBytes <= 0 {
		o.MaxTotalBytes = DefaultMaxTotalBytes
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 3
	}
	if o.PerMinute <= 0 {
		o.PerMinute = 120
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.CheckEvery <= 0 {
		o.CheckEvery = 10 * time.Minute
	}
	if o.Storage == nil {
		o.Storage = &http.Client{Timeout: 10 * time.Minute}
	}
	return &Downloader{o: o, log: o.Logger.With("component", "attachments"), kick: make(chan struct{}, 1), pacers: map[string]*pacer{}}
}

// Limits returns the caps in force (total, per file).
func (d *Downloader) Limits() (total, perFile int64) { return d.o.MaxTotalBytes, d.o.MaxFileBytes }

// Full reports whether the last pass stopped because the total cap was reached.
func (d *Downloader) Full() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.full
}

// Kick asks for a pass soon (call it when a sync stored records); it never blocks.
func (d *Downloader) Kick() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// Start runs passes in the background: one now, one after each Kick, one every CheckEvery.
// Shutdown stops them.
func (d *Downloader) Start(ctx context.Context) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.started {
		return
	}
	d.started = true
	ctx, d.stop = context.WithCancel(ctx)
	d.done = make(chan struct{})
	go func() {
		defer close(d.done)
		t := time.NewTicker(d.o.CheckEvery)
		defer t.Stop()
		for {
			if _, err := d.RunOnce(ctx); err != nil && !errors.Is(err, context.Canceled) {
				d.log.Warn("attachment pass failed", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-d.kick:
			case <-t.C:
			}
		}
	}()
}

// Shutdown stops the background passes and waits for them (at most wait).
func (d *Downloader) Shutdown(wait time.Duration) {
	d.mu.Lock()
	stop, done := d.stop, d.done
	d.mu.Unlock()
	if stop == nil {
		return
	}
	stop()
	select {
	case <-done:
	case <-time.After(wait):
	}
}

func (d *Downloader) pacerFor(integrationID string) *pacer {
	d.mu.Lock()
	defer d.mu.Unlock()
	p := d.pacers[integrationID]
	if p == nil {
		p = &pacer{every: time.Minute / time.Duration(d.o.PerMinute)}
		d.pacers[integrationID] = p
	}
	return p
}
