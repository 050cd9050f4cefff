package webhook

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// DefaultAddr is where the listener binds unless configured: loopback only; a tunnel
// (cloudflared, ngrok, ssh -R) makes it reachable from Zendesk.
const DefaultAddr = "127.0.0.1:47601"

// Config tunes the listener. Zero values take the defaults.
type Config struct {
	Addr             string        // host:port; DefaultAddr when empty
	MaxBody          int64         // DefaultMaxBody when 0
	CommitWindow     time.Duration // how long a lone event waits for others to share its commit
	MaxBatch         int           // most events per commit (256)
	ActivityInterval time.Duration // how often deliveries are summarised into Activity (1 s)
	RejectedPeriod   time.Duration // one Activity row per integration and reason per period (1 h)
	AcceptedPeriod   time.Duration // the same for accepted events (1 min)
	Now              func() time.Time
}

// ListenerDeps are what the listener reads and writes.
type ListenerDeps struct {
	Integrations Integrations
	Secrets      *SecretCache
	Inbox        InboxStore
	Activity     ActivityWriter // may be nil
	OnDelivery   func(Delivery) // may be nil; called at most once per integration and reason per ActivityInterval
	OnStored     func()         // may be nil; called after new events were committed (wake the processor)
	Log          *slog.Logger   // may be nil
}

// Listener is the one HTTP server that receives every integration's webhook deliveries.
type Listener struct {
	cfg       Config
	known     *known
	secrets   *SecretCache
	committer *committer
	tally     *tally
	waiters   *waiters
	log       *slog.Logger
	now       func() time.Time

	mu      sync.Mutex
	srv     *http.Server
	addr    string
	cancel  context.CancelFunc
	workers sync.WaitGroup
}

// NewListener builds a listener; Start binds it.
func NewListener(cfg Config, deps ListenerDeps) *Listener {
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "webhook_listener")
	return &Listener{
		cfg:       cfg,
		known:     newKnown(deps.Integrations, 2*time.Second, cfg.Now),
		secrets:   deps.Secrets,
		committer: newCommitter(deps.Inbox, cfg.CommitWindow, cfg.MaxBatch, deps.OnStored),
		tally: newTally(deps.Activity, deps.OnDelivery, cfg.ActivityInterval,
			periods{rejected: cfg.RejectedPeriod, accepted: cfg.AcceptedPeriod}, log, cfg.Now),
		waiters: newWaiters(),
		log:     log,
		now:     cfg.Now,
	}
}

// Start binds the address and serves until Stop. A port in use is an error that names it.
func (l *Listener) Start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.srv != nil {
		return nil
	}
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", l.cfg.Addr)
	if err != nil {
		return fmt.Errorf("webhook listener on %s: %w", l.cfg.Addr, err)
	}
	wctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l.cancel = cancel
	l.workers.Add(2)
	go func() { defer l.workers.Done(); l.committer.run(wctx) }()
	go func() { defer l.workers.Done(); l.tally.run(wctx) }()
	l.srv = &http.Server{
		Handler:           http.HandlerFunc(l.route),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	l.addr = ln.Addr().String()
	srv := l.srv
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			l.log.Error("webhook listener stopped", "err", err)
		}
	}()
	l.log.Info("webhook listener started", "addr", l.addr)
	return nil
}

// Stop stops accepting, lets requests in flight finish (their commits included) within ctx, then
// stops the workers. Safe to call when not started.
func (l *Listener) Stop(ctx context.Context) error {
	l.mu.Lock()
	srv, cancel := l.srv, l.cancel
	l.srv, l.cancel, l.addr = nil, nil, ""
	l.mu.Unlock()
	if srv == nil {
		return nil
	}
	err := srv.Shutdown(ctx)
	cancel()
	l.workers.Wait()
	return err
}

// Addr is the bound address ("127.0.0.1:47601"), or "" when not running.
func (l *Listener) Addr() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.addr
}

// ConfiguredAddr is the address the listener binds (or would bind).
func (l *Listener) ConfiguredAddr() string { return l.cfg.Addr }

// Running reports whether the listener is serving.
func (l *Listener) Running() bool { return l.Addr() != "" }

// Stats returns the counters since the listener was built.
func (l *Listener) Stats() Stats { return l.tally.stats() }

// AwaitDelivery registers interest in the next verified delivery for integrationID whose body
// contains nonce (any verified delivery when nonce is ""). Call it before triggering the send;
// the channel closes on arrival; always call cancel.
func (l *Listener) AwaitDelivery(integrationID, nonce string) (<-chan struct{}, func()) {
	return l.waiters.add(integrationID, nonce)
}
