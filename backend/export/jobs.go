package export

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
)

// Update is what a running export reports: progress while it runs, then one final update with
// State "done", "cancelled" or "failed".
type Update struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Path  string `json:"path"`
	Done  int64  `json:"done"`
	Total int64  `json:"total"`
	State string `json:"state"` // running, done, cancelled, failed
	Error string `json:"error,omitempty"`
}

// Job is the work of one export: it writes, reports through progress, stops when ctx is
// cancelled, and returns the path it finally wrote (a folder export names its own).
type Job func(ctx context.Context, progress Progress) (path string, err error)

// Jobs runs exports in the background, one goroutine each, and lets the UI cancel them.
type Jobs struct {
	log    *slog.Logger
	notify func(Update)
	seq    atomic.Int64
	mu     sync.Mutex
	cancel map[string]context.CancelFunc
	wg     sync.WaitGroup
	base   context.Context
	stop   context.CancelFunc
}

// NewJobs returns a runner; notify receives every Update (throttled by the writers).
func NewJobs(log *slog.Logger, notify func(Update)) *Jobs {
	base, stop := context.WithCancel(context.Background())
	return &Jobs{log: log.With("component", "export"), notify: notify, cancel: map[string]context.CancelFunc{}, base: base, stop: stop}
}

// Start runs job in the background and returns its id at once.
func (j *Jobs) Start(kind, path string, job Job) string {
	id := fmt.Sprintf("export-%d", j.seq.Add(1))
	ctx, cancel := context.WithCancel(j.base)
	j.mu.Lock()
	j.cancel[id] = cancel
	j.mu.Unlock()
	j.wg.Add(1)
	go func() {
		defer j.wg.Done()
		defer j.forget(id)
		var last Update
		progress := func(done, total int64) {
			last = Update{ID: id, Kind: kind, Path: path, Done: done, Total: total, State: "running"}
			j.notify(last)
		}
		out, err := job(ctx, progress)
		final := Update{ID: id, Kind: kind, Path: path, Done: last.Done, Total: last.Total, State: "done"}
		switch {
		case err == nil:
			final.Path = out
		case errors.Is(err, context.Canceled):
			final.State = "cancelled"
		default:
			final.State, final.Error = "failed", err.Error()
		}
		j.log.Info("export finished", "id", id, "kind", kind, "state", final.State, "rows", final.Done, "err", err)
		j.notify(final)
	}()
	return id
}

// Cancel stops a running export (its partial file is removed); an unknown id is not an error,
// since the export may have just finished.
func (j *Jobs) Cancel(id string) {
	j.mu.Lock()
	cancel := j.cancel[id]
	j.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// Close cancels every running export and waits for them to clean up.
func (j *Jobs) Close() {
	j.stop()
	j.wg.Wait()
}

func (j *Jobs) forget(id string) {
	j.mu.Lock()
	if c := j.cancel[id]; c != nil {
		c()
	}
	delete(j.cancel, id)
	j.mu.Unlock()
}
