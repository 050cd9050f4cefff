package bench

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/syncer"
	"zensync/backend/zendesk"
)

// ProfessionalLimits are the emulated Professional-plan limits of the limited benchmarks:
// 400 requests a minute for the account, 10 incremental-export requests a minute.
var ProfessionalLimits = emulator.RateLimits{PerMinute: 400, Incremental: 10}

// LimitedFigures are one first sync under emulated rate limits, in unscaled (Zendesk) time.
type LimitedFigures struct {
	Tickets            int64   `json:"tickets"`
	TimeScale          float64 `json:"time_scale"`
	FirstScreenSeconds float64 `json:"first_screen_s"` // to the newest 100 tickets with their comments
	FirstScreenExports int64   `json:"first_screen_exports"`
	FullSeconds        float64 `json:"full_sync_s"`     // the whole first sync
	Exports            int64   `json:"export_requests"` // incremental-export requests it made
	Requests           int64   `json:"requests"`
	Refused            int64   `json:"refused"` // 429s (the pacing should leave none)
	FloorSeconds       float64 `json:"floor_s"` // exports ÷ the export limit, in minutes
	VsFloor            float64 `json:"full_sync_vs_floor"`
	ResultText         string  `json:"result"`
}

// counter counts the requests the syncer sends and the 429s it gets.
type counter struct {
	requests, exports, refused atomic.Int64
}

func (c *counter) RoundTrip(req *http.Request) (*http.Response, error) {
	c.requests.Add(1)
	if zendesk.IsExport(req.URL.Path) {
		c.exports.Add(1)
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		c.refused.Add(1)
	}
	return resp, err
}

type countedClients struct {
	base string
	c    *counter
}

func (cc countedClients) Client(_ context.Context, in integration.Integration) (*zendesk.Client, error) {
	return zendesk.New(cc.base+"/"+in.Domain, &http.Client{Timeout: time.Minute, Transport: cc.c}, nil), nil
}

// RunLimitedSync runs a first Helpdesk sync of the emulator's Account (seeded with tickets tickets,
// limited by limits at limits.TimeScale) into a new database at dbPath, watching for the newest 100
// tickets to be browsable with their comments. Times are wall times × the time scale: an
// upper bound on Zendesk's time (the local work is not scaled down in Zendesk's time, but it
// counts here TimeScale times), except the first screen when its exports fit in the first window
// (no rate-limit wait before it): then it is the wall time itself.
func RunLimitedSync(ctx context.Context, baseURL, dbPath string, tickets int, limits emulator.RateLimits) (LimitedFigures, error) {
	return runLimited(ctx, baseURL, dbPath, tickets, limits, false)
}

// RunFirstScreen is RunLimitedSync stopped (cancelled) once the newest 100 tickets are browsable:
// for accounts too large to sync whole in a benchmark. Only the first-screen figures are set.
func RunFirstScreen(ctx context.Context, baseURL, dbPath string, tickets int, limits emulator.RateLimits) (LimitedFigures, error) {
	return runLimited(ctx, baseURL, dbPath, tickets, limits, true)
}

func runLimited(ctx context.Context, baseURL, dbPath string, tickets int, limits emulator.RateLimits, stopAtFirst bool) (LimitedFigures, error) {
	scale := max(limits.TimeScale, 1)
	f := LimitedFigures{TimeScale: scale}
	db, repo, records, in, err := openBenchAccount(ctx, dbPath)
	if err != nil {
		return f, err
	}
	defer db.Close()
	cnt := &counter{}
	s := syncer.New(syncer.Options{Records: records, Integrations: repo, Clients: countedClients{base: baseURL, c: cnt}})
	defer s.Shutdown(context.Background())

	var first struct {
		sync.Mutex
		at      time.Duration
		exports int64
	}
	runCtx, stopRun := context.WithCancel(ctx)
	defer stopRun()
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	start := time.Now()
	go func() {
		for watchCtx.Err() == nil {
			if newestReady(watchCtx, db, int64(tickets)) {
				first.Lock()
				first.at, first.exports = time.Since(start), cnt.exports.Load()
				first.Unlock()
				if stopAtFirst {
					stopRun()
				}
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	res, err := s.Run(runCtx, in.ID)
	full := time.Since(start)
	stopWatch()
	f.ResultText = res.Message
	if stopAtFirst && res.Cancelled && ctx.Err() == nil {
		err = nil
	}
	if err != nil {
		return f, fmt.Errorf("limited sync: %w", err)
	}
	c, err := records.Counts(ctx, in.ID)
	if err != nil {
		return f, err
	}
	f.Tickets = c.Tickets
	f.Requests, f.Exports, f.Refused = cnt.requests.Load(), cnt.exports.Load(), cnt.refused.Load()
	first.Lock()
	firstAt, firstExports := first.at, first.exports
	first.Unlock()
	if firstAt == 0 { // the watcher had not seen it before the end: the end is when it was
		firstAt, firstExports = full, f.Exports
	}
	f.FirstScreenExports = firstExports
	f.FirstScreenSeconds = firstAt.Seconds()
	if firstExports > int64(limits.Incremental) {
		f.FirstScreenSeconds *= scale
	}
	if stopAtFirst {
		return f, nil
	}
	f.FullSeconds = full.Seconds() * scale
	f.FloorSeconds = float64(f.Exports) / float64(limits.Incremental) * 60
	f.VsFloor = f.FullSeconds / f.FloorSeconds
	return f, nil
}

// newestReady reports whether the account's newest 100 tickets (seeded ids n-99..n, in time
// order) are stored, each deleted or with its comments.
func newestReady(ctx context.Context, db *store.DB, n int64) bool {
	var ready int64
	err := db.Read().WithContext(ctx).Raw(`SELECT count(*) FROM tickets t WHERE t.integration_id = 'bench' AND t.id > ?
		AND (t.deleted OR EXISTS (SELECT 1 FROM comments c WHERE c.integration_id = 'bench' AND c.ticket_id = t.id))`, n-100).Row().Scan(&ready)
	return err == nil && ready >= 100
}
