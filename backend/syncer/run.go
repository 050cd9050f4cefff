package syncer

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// run is one sync of one integration.
type run struct {
	s            *Syncer
	in           integration.Integration
	client       *zendesk.Client
	gate         *recentGate
	budget       *budget // the account's, shared with its other integrations
	pacer        *pacer
	mode         store.WriteMode
	createdSince time.Time // Created Time: records created before the backfill start are skipped
	cancel       context.CancelFunc
	done         chan struct{}
	started      time.Time

	mu        sync.Mutex
	streams   map[string]*streamProgress
	lastSent  time.Time
	changed   bool // tickets or comments changed since the last tickets:changed
	waited    bool // a stream has waited for the rate limit (or a backoff) in this run
	finishing bool
}

type streamProgress struct {
	records, pages int64
	waitUntil      time.Time
	first, last    time.Time // the current segment of the export timeline the pages covered
	segPages       int64     // pages in the current segment
	until          time.Time // where the current phase ends (zero = now)
	recent         bool      // in a first walk's recent phase
	err            string
}

// streamsFor lists the streams of a capability.
func (r *run) streamsFor(c integration.Capability) []stream {
	switch c {
	case integration.Helpdesk:
		// Every user, not only those tickets refer to (side-loaded with the tickets): an admin
		// or agent who has touched no ticket yet is still someone the admin looks for in Users;
		// with the user and organization field definitions, their field values have titles.
		streams := []stream{ticketStream{r}, commentStream{r}, userStream{r: r, directory: true}}
		return append(append(streams, helpdeskDefinitions(r)...), personDefinitions(r)...)
	case integration.CRM:
		return append([]stream{userStream{r: r}, orgStream{r}}, personDefinitions(r)...)
	case integration.ContentManagement:
		return []stream{helpCenterStream{r}}
	}
	return nil
}

// startTime is where a first export starts: the backfill start, never in the last minute.
func (r *run) startTime() int64 {
	start := r.in.BackfillStart
	if latest := r.s.o.Now().Add(-holdBack); start.After(latest) {
		start = latest
	}
	if start.IsZero() {
		return 0
	}
	return start.Unix()
}

// timeCheckpoint reads a time-based checkpoint ("" = the start time).
func (r *run) timeCheckpoint(cp string) int64 {
	if v, err := strconv.ParseInt(cp, 10, 64); err == nil && cp != "" {
		return v
	}
	return r.startTime()
}

// Run syncs one integration now and returns when every stream has finished (or ctx ends). It
// refuses with ErrRunning when a sync of the same integration is running, and with
// ErrNotConnected when it never signed in. Failed streams do not
// stop the others; their errors are in Result.Message and the returned error.
func (s *Syncer) Run(ctx context.Context, integrationID string) (Result, error) {
	if err := s.checkConnected(ctx, integrationID); err != nil {
		return Result{IntegrationID: integrationID, Message: Describe(err)}, err
	}
	r, err := s.begin(ctx, integrationID)
	if err != nil {
		return Result{IntegrationID: integrationID, Message: err.Error()}, err
	}
	return r.execute(ctx)
}

// begin registers a run for integrationID, or fails if one is running or the syncer is closed.
func (s *Syncer) begin(ctx context.Context, integrationID string) (*run, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrStopped
	}
	if _, busy := s.running[integrationID]; busy {
		return nil, fmt.Errorf("%s: %w", integrationID, ErrRunning)
	}
	r := &run{s: s, in: integration.Integration{ID: integrationID}, done: make(chan struct{}),
		started: s.o.Now(), streams: map[string]*streamProgress{}}
	s.running[integrationID] = r
	return r, nil
}

func (s *Syncer) end(r *run) {
	s.mu.Lock()
	delete(s.running, r.in.ID)
	s.mu.Unlock()
	close(r.done)
}

// execute runs every stream of the integration concurrently and records the outcome.
func (r *run) execute(ctx context.Context) (Result, error) {
	defer r.s.end(r)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.mu.Lock()
	r.cancel = cancel
	r.mu.Unlock()
	res := Result{IntegrationID: r.in.ID, Started: r.started}
	err := r.prepare(ctx)
	if err == nil {
		err = r.runStreams(ctx)
	}
	res.Finished = r.s.o.Now()
	res.Records, res.Pages = r.totals()
	res.OK = err == nil
	res.Cancelled = err != nil && ctx.Err() != nil
	if res.Cancelled {
		err = fmt.Errorf("%w", context.Canceled)
	}
	if err != nil {
		res.Message = Describe(err)
	} else {
		res.Message = fmt.Sprintf("Synced %s in %s.", plural(res.Records, "record"), plural(res.Pages, "page"))
	}
	r.mu.Lock()
	r.finishing = true
	r.mu.Unlock()
	r.report(true)
	r.record(res)
	if err != nil {
		return res, err
	}
	return res, nil
}

// prepare loads the integration and its client and decides the write mode.
func (r *run) prepare(ctx context.Context) error {
	in, err := r.s.o.Integrations.Get(ctx, r.in.ID)
	if err != nil {
		return err
	}
	r.in = in
	if in.PullRecordBy == integration.PullByCreatedTime && in.Capability != integration.ContentManagement {
		r.mode, r.createdSince = store.InsertOnce, in.BackfillStart
	}
	c, err := r.s.o.Clients.Client(ctx, in)
	if err != nil {
		return err
	}
	r.client = c
	r.budget, r.pacer = r.s.budgetFor(c.BaseURL())
	return nil
}

// runStreams runs the capability's streams side by side; one failing does not stop the others.
func (r *run) runStreams(ctx context.Context) error {
	streams := r.streamsFor(r.in.Capability)
	if len(streams) == 0 {
		return fmt.Errorf("capability %q has nothing to sync", r.in.Capability)
	}
	var phased []string
	for _, st := range streams {
		if _, ok := st.(phasedStream); ok {
			phased = append(phased, st.name())
		}
	}
	r.gate = newRecentGate(phased)
	errs := make([]error, len(streams))
	r.mu.Lock()
	for _, st := range streams {
		r.progressFor(st.name())
	}
	r.mu.Unlock()
	var wg sync.WaitGroup
	for i, st := range streams {
		wg.Go(func() {
			if err := r.runStream(ctx, st); err != nil {
				errs[i] = fmt.Errorf("%s: %w", st.name(), err)
				r.streamFailed(ctx, st.name(), err)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// streamFailed records a stream's error in words (and a rate limit's end) on its state.
func (r *run) streamFailed(ctx context.Context, name string, err error) {
	var until time.Time
	var rl *zendesk.RateLimitError
	if errors.As(err, &rl) {
		until = r.s.o.Now().Add(rl.RetryAfter)
	}
	r.mu.Lock()
	r.progressFor(name).err = Describe(err)
	r.mu.Unlock()
	if ctx.Err() != nil {
		ctx = context.WithoutCancel(ctx)
	}
	if e := r.s.o.Records.SetStreamError(ctx, r.in.ID, name, Describe(err), until); e != nil {
		r.s.log.Warn("saving stream error", "integration_id", r.in.ID, "stream", name, "err", e)
	}
	r.s.log.Warn("stream failed", "integration_id", r.in.ID, "stream", name, "err", err)
}

// record stores the run's outcome on the integration and in the activity log, and reports it.
func (r *run) record(res Result) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	lastError := ""
	if !res.OK {
		lastError = res.Message
	}
	// A cancelled run is not a sync: the last complete sync and its error stay as they were.
	if !res.Cancelled {
		if err := r.s.o.Integrations.SetLastSync(ctx, r.in.ID, res.Finished, lastError); err != nil {
			r.s.log.Warn("saving last sync", "integration_id", r.in.ID, "err", err)
		}
	}
	if r.s.o.Activity != nil {
		level := store.LevelInfo
		switch {
		case res.Cancelled:
			level = store.LevelWarn
		case !res.OK:
			level = store.LevelError
		}
		msg := res.Message
		if res.Cancelled {
			msg = fmt.Sprintf("Sync cancelled after %d records; the next sync resumes from there.", res.Records)
		}
		if res.OK {
			msg = fmt.Sprintf("Sync finished: %s in %s (%s).", plural(res.Records, "record"), plural(res.Pages, "page"),
				res.Finished.Sub(res.Started).Round(time.Millisecond))
		}
		if _, err := r.s.o.Activity.Add(ctx, store.Activity{IntegrationID: r.in.ID, Kind: store.ActivitySync,
			Level: level, Message: msg}); err != nil {
			r.s.log.Warn("adding sync activity", "integration_id", r.in.ID, "err", err)
		}
	}
	r.s.log.Info("sync finished", "integration_id", r.in.ID, "ok", res.OK, "records", res.Records,
		"pages", res.Pages, "took_ms", res.Finished.Sub(res.Started).Milliseconds())
	if r.s.o.OnFinished != nil {
		r.s.o.OnFinished(res)
	}
}

// plural writes a count with its noun: "1 page", "3 pages".
func plural[N ~int | ~int64](n N, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
