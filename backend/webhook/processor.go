package webhook

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"zensync/backend/store"
)

// ProcessorInbox is the inbox as the processor uses it (store.InboxRepo).
type ProcessorInbox interface {
	Pending(ctx context.Context, limit int) ([]store.InboxEvent, error)
	MarkFailed(ctx context.Context, id int64, msg string, giveUp bool, at time.Time) error
	TicketVersions(ctx context.Context, integrationID string, ids []int64) (map[int64]store.TicketVersion, error)
	Settle(ctx context.Context, integrationID string, vs []store.TicketVersion, processed []int64, at time.Time) error
}

// RecordWriter is the local ticket store (store.RecordRepo): one newer-wins transaction per batch.
type RecordWriter interface {
	Apply(ctx context.Context, b store.Batch) (store.Applied, error)
	MarkTicketDeleted(ctx context.Context, integrationID string, id int64) (bool, error)
	MarkTicketMerged(ctx context.Context, integrationID string, id, into int64) (bool, error)
}

// ProcessorDeps are what the processor reads and writes.
type ProcessorDeps struct {
	Inbox        ProcessorInbox
	Records      RecordWriter
	Integrations Integrations
	Client       ClientFunc                 // for show_many when an event lacks its detail
	OnChanged    func(integrationID string) // "tickets changed"; throttled per integration
	Log          *slog.Logger
}

// Processor applies inbox events to the local tickets, in the order they were accepted, and
// marks them processed. Unprocessed rows left by a crash are applied at the next Run.
type Processor struct {
	deps        ProcessorDeps
	wake        chan struct{}
	batchSize   int
	maxAttempts int
	retryAfter  time.Duration
	gather      time.Duration
	log         *slog.Logger
	now         func() time.Time
	notify      *throttle

	mu        sync.Mutex
	notBefore map[int64]time.Time // failed events waiting for their retry
}

// NewProcessor returns a processor; start it with Run.
func NewProcessor(deps ProcessorDeps) *Processor {
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := &Processor{
		deps: deps, wake: make(chan struct{}, 1), batchSize: 1000, maxAttempts: 5, retryAfter: 15 * time.Second, gather: 10 * time.Millisecond,
		log: log.With("component", "webhook_processor"), now: time.Now, notBefore: map[int64]time.Time{},
	}
	p.notify = newThrottle(200*time.Millisecond, deps.OnChanged)
	return p
}

// Wake asks Run to look at the inbox now. It never blocks.
func (p *Processor) Wake() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Run processes the inbox until ctx ends: at once (what a crash left), on every Wake, and every
// few seconds for events waiting for a retry.
func (p *Processor) Run(ctx context.Context) {
	tick := time.NewTicker(p.retryAfter / 3)
	defer tick.Stop()
	defer p.notify.stop()
	for {
		for {
			n, err := p.ProcessPending(ctx)
			if err != nil && ctx.Err() == nil {
				p.log.Warn("processing the webhook inbox", "err", err)
			}
			if n < p.batchSize || err != nil || ctx.Err() != nil {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-p.wake:
			// Let a burst gather for a moment: one larger batch costs far less than many small ones.
			select {
			case <-ctx.Done():
				return
			case <-time.After(p.gather):
			}
		case <-tick.C:
		}
	}
}

// ProcessPending applies one batch of pending events and returns how many it settled or tried.
func (p *Processor) ProcessPending(ctx context.Context) (int, error) {
	rows, err := p.deps.Inbox.Pending(ctx, p.batchSize)
	if err != nil {
		return 0, err
	}
	now := p.now()
	byIntegration := map[string][]store.InboxEvent{}
	var order []string
	tried := 0
	p.mu.Lock()
	for _, r := range rows {
		if at, ok := p.notBefore[r.ID]; ok && now.Before(at) {
			continue
		}
		if _, seen := byIntegration[r.IntegrationID]; !seen {
			order = append(order, r.IntegrationID)
		}
		byIntegration[r.IntegrationID] = append(byIntegration[r.IntegrationID], r)
		tried++
	}
	p.mu.Unlock()
	for _, id := range order {
		if err := p.processIntegration(ctx, id, byIntegration[id]); err != nil {
			return tried, err
		}
	}
	return tried, nil
}

// processIntegration applies one integration's events in one newer-wins batch.
func (p *Processor) processIntegration(ctx context.Context, integrationID string, rows []store.InboxEvent) error {
	pl := newPlan(integrationID)
	for _, r := range rows {
		pl.add(r)
	}
	failed := map[int64]string{}
	if len(pl.fetch) > 0 || len(pl.created) > 0 {
		p.fetchMissing(ctx, pl, failed)
	}
	ids := make([]int64, 0, len(pl.tickets))
	for _, c := range pl.tickets {
		ids = append(ids, c.rec.ID)
	}
	stored, err := p.deps.Inbox.TicketVersions(ctx, integrationID, ids)
	if err != nil {
		return err
	}
	versions := pl.resolve(stored)
	applied, err := p.deps.Records.Apply(ctx, pl.batch)
	if err != nil {
		for _, id := range pl.done {
			failed[id] = err.Error()
		}
		pl.done, versions = nil, nil
	}
	changed := applied.Tickets + applied.Comments
	for _, t := range pl.deleted {
		if ok, err := p.deps.Records.MarkTicketDeleted(ctx, integrationID, t); err != nil {
			return err
		} else if ok {
			changed++
		}
	}
	for t, into := range pl.merged {
		if into == 0 {
			continue // the merge comment fills it in when it is stored
		}
		if ok, err := p.deps.Records.MarkTicketMerged(ctx, integrationID, t, into); err != nil {
			return err
		} else if ok {
			changed++
		}
	}
	if err := p.deps.Inbox.Settle(ctx, integrationID, versions, pl.done, p.now()); err != nil {
		return err
	}
	p.settle(ctx, rows, failed)
	if changed > 0 {
		p.notify.call(integrationID)
	}
	return nil
}

// settle records failures: each failed event is retried later, and given up (marked processed
// with its error) after maxAttempts; polling repairs what it missed.
func (p *Processor) settle(ctx context.Context, rows []store.InboxEvent, failed map[int64]string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, r := range rows {
		msg, bad := failed[r.ID]
		if !bad {
			delete(p.notBefore, r.ID)
			continue
		}
		giveUp := r.Attempts+1 >= p.maxAttempts
		if err := p.deps.Inbox.MarkFailed(ctx, r.ID, msg, giveUp, p.now()); err != nil {
			p.log.Warn("recording a failed webhook event", "inbox_id", r.ID, "err", err)
		}
		if giveUp {
			delete(p.notBefore, r.ID)
			p.log.Warn("webhook event given up", "inbox_id", r.ID, "integration_id", r.IntegrationID, "err", msg)
			continue
		}
		p.notBefore[r.ID] = p.now().Add(p.retryAfter << r.Attempts)
	}
}
