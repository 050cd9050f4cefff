// Package syncer keeps each integration's local copy of its Zendesk data current: per
// integration, per stream (tickets, comments, users, organizations, Help Center), from
// Zendesk's incremental exports, resuming from checkpoints that are committed in the same
// transaction as the records they cover.
//
// A Syncer runs at most one sync per integration at a time; SyncNow starts one, Cancel stops
// it, Start schedules them (at start and every poll interval) and Shutdown stops everything.
package syncer

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Sentinels returned (wrapped) by this package.
var (
	ErrRunning    = errors.New("a sync of this integration is already running")
	ErrNotRunning = errors.New("no sync of this integration is running")
	ErrStopped    = errors.New("the syncer is shut down")
)

// ClientSource gives an authenticated Zendesk client for an integration
// ((*oauth.Manager).Client satisfies it).
type ClientSource interface {
	Client(ctx context.Context, in integration.Integration) (*zendesk.Client, error)
}

// Integrations reads integrations and records each run's outcome (store.IntegrationRepo).
type Integrations interface {
	Get(ctx context.Context, id string) (integration.Integration, error)
	List(ctx context.Context) ([]integration.Integration, error)
	SetLastSync(ctx context.Context, id string, at time.Time, lastError string) error
}

// ActivityLog receives one entry per sync run (store.ActivityRepo).
type ActivityLog interface {
	Add(ctx context.Context, a store.Activity) (store.Activity, error)
}

// Progress is a running sync's state, reported at most ProgressEvery per integration.
type Progress struct {
	IntegrationID  string
	Stream         string
	Records        int64
	Pages          int64
	WaitingSeconds float64
	ETASeconds     float64
	// Estimate says the ETA in words and what bounds it, e.g. "about 35 min left at Zendesk's
	// limit of 10 export requests a minute" ("" while unknown).
	Estimate string
	Running  bool
}

// Result is the outcome of one sync run. Message is in words (the errors of failed streams).
type Result struct {
	IntegrationID string
	OK            bool
	Cancelled     bool // stopped by Cancel or Shutdown: what was committed stays
	Message       string
	Records       int64
	Pages         int64
	Started       time.Time
	Finished      time.Time
}

// Options configure a Syncer. Records, Integrations and Clients are required.
type Options struct {
	Records      *store.RecordRepo
	Integrations Integrations
	Clients      ClientSource
	Activity     ActivityLog // optional
	Logger       *slog.Logger

	// OnProgress, OnFinished and OnTicketsChanged are called from sync goroutines (must not block).
	OnProgress       func(Progress)
	OnFinished       func(Result)
	OnTicketsChanged func(integrationID string)

	Now func() time.Time
	// IncrementalPerMinute caps incremental-export requests per Zendesk account per minute
	// when its answers do not report the export limit (Zendesk: 10, 30 with the add-on).
	// 0 = no fixed cap: the account's rate-limit headers alone pace the sync.
	IncrementalPerMinute int
	// KeepFree is the share of the account-wide request limit the syncer leaves free for
	// interactive calls and the account's other apps (0 = the default 0.5; negative = none).
	KeepFree float64
	// RateWindow is the rate-limit window assumed when the headers do not say when it resets
	// (0 = a minute, as Zendesk's limits are per minute).
	RateWindow time.Duration
	// RecentWindow is how far back a first sync's recent phase reaches before the history
	// (0 = DefaultRecentWindow; negative = no recent phase: oldest first).
	RecentWindow time.Duration
	// PageSize is the export page size (0 = 1000).
	PageSize int
	// MaxAttempts is how many times a page is tried on 5xx, network errors and malformed
	// bodies before the stream gives up (0 = 6). BackoffBase/BackoffMax shape the exponential
	// backoff with full jitter (0 = 1s / 1m).
	MaxAttempts int
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// MaxRateLimitWaits is how many 429s in a row one page may wait out (0 = 30).
	MaxRateLimitWaits int
	// ProgressEvery is the least time between two progress reports of one integration (0 = 250ms).
	ProgressEvery time.Duration
	// CheckEvery is how often the scheduler looks for integrations due a poll (0 = 30s).
	CheckEvery time.Duration
}

// Syncer runs syncs. Create it with New.
type Syncer struct {
	o   Options
	log *slog.Logger

	mu      sync.Mutex
	running map[string]*run
	closed  bool
	wg      sync.WaitGroup
	stop    context.CancelFunc
	baseCtx context.Context
	pacers  map[string]*pacer
	budgets map[string]*budget
}

// DefaultKeepFree is the share of an account's request limit left free by default.
const DefaultKeepFree = 0.5

// New returns a Syncer; nothing runs until Start or SyncNow.
func New(o Options) *Syncer {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.PageSize <= 0 || o.PageSize > zendesk.MaxExportPage {
		o.PageSize = zendesk.MaxExportPage
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 6
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = time.Second
	}
	if o.BackoffMax <= 0 {
		o.BackoffMax = time.Minute
	}
	if o.MaxRateLimitWaits <= 0 {
		o.MaxRateLimitWaits = 30
	}
	if o.ProgressEvery <= 0 {
		o.ProgressEvery = 250 * time.Millisecond
	}
	switch {
	case o.KeepFree == 0:
		o.KeepFree = DefaultKeepFree
	case o.KeepFree < 0:
		o.KeepFree = 0
	case o.KeepFree > 0.9:
		o.KeepFree = 0.9
	}
	if o.RecentWindow == 0 {
		o.RecentWindow = DefaultRecentWindow
	}
	if o.RateWindow <= 0 {
		o.RateWindow = time.Minute
	}
	if o.CheckEvery <= 0 {
		o.CheckEvery = 30 * time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Syncer{o: o, log: o.Logger.With("component", "syncer"), running: map[string]*run{},
		baseCtx: ctx, stop: cancel, pacers: map[string]*pacer{}, budgets: map[string]*budget{}}
}

// budgetFor returns the request budget and export pacer of the Zendesk account at base (its
// base URL), shared by every integration and stream of that account.
func (s *Syncer) budgetFor(base string) (*budget, *pacer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.budgets[base]
	if !ok {
		b = newBudget(s.o.KeepFree, s.o.RateWindow, s.o.Now)
		s.budgets[base] = b
		s.pacers[base] = newPacer(s.o.IncrementalPerMinute, s.o.Now)
	}
	return b, s.pacers[base]
}
