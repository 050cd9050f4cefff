package webhook

import (
	"context"
	"errors"
	"time"

	"zensync/backend/store"
)

// ErrStopped is returned to a request that arrives while the listener shuts down.
var ErrStopped = errors.New("webhook listener is stopping")

// InboxStore is the inbox as the listener and processor use it (store.InboxRepo).
type InboxStore interface {
	InsertBatch(ctx context.Context, events []store.InboxEvent) ([]store.InsertOutcome, error)
}

// committer is a group commit: requests queue their event, one goroutine writes everything queued
// in one transaction and then answers each request. Under load many events share one commit;
// alone, an event waits at most window. No request is answered before its transaction commits.
type committer struct {
	inbox    InboxStore
	queue    chan commitReq
	window   time.Duration
	maxBatch int
	after    func() // called after a commit that stored something (wakes the processor)
}

type commitReq struct {
	ev   store.InboxEvent
	done chan commitResult
}

type commitResult struct {
	outcome store.InsertOutcome
	err     error
}

func newCommitter(inbox InboxStore, window time.Duration, maxBatch int, after func()) *committer {
	if maxBatch <= 0 {
		maxBatch = 256
	}
	return &committer{inbox: inbox, queue: make(chan commitReq, maxBatch*4), window: window, maxBatch: maxBatch, after: after}
}

// submit queues ev and waits until it is committed (or refused).
func (c *committer) submit(ctx context.Context, ev store.InboxEvent) (store.InsertOutcome, error) {
	req := commitReq{ev: ev, done: make(chan commitResult, 1)}
	select {
	case c.queue <- req:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	select {
	case res := <-req.done:
		return res.outcome, res.err
	case <-ctx.Done():
		// The commit may still happen; a retry from Zendesk is then a harmless duplicate.
		return 0, ctx.Err()
	}
}

// run commits batches until ctx ends; then it fails what is still queued with ErrStopped.
func (c *committer) run(ctx context.Context) {
	for {
		var first commitReq
		select {
		case <-ctx.Done():
			c.drain()
			return
		case first = <-c.queue:
		}
		batch := c.collect(ctx, first)
		c.commit(batch)
	}
}

// collect gathers what is queued, waiting up to window for more while the batch is not full.
func (c *committer) collect(ctx context.Context, first commitReq) []commitReq {
	batch := []commitReq{first}
	var deadline <-chan time.Time
	if c.window > 0 {
		t := time.NewTimer(c.window)
		defer t.Stop()
		deadline = t.C
	}
	for len(batch) < c.maxBatch {
		select {
		case r := <-c.queue:
			batch = append(batch, r)
			continue
		default:
		}
		if deadline == nil {
			return batch
		}
		select {
		case r := <-c.queue:
			batch = append(batch, r)
		case <-deadline:
			return batch
		case <-ctx.Done():
			return batch
		}
	}
	return batch
}

func (c *committer) commit(batch []commitReq) {
	events := make([]store.InboxEvent, len(batch))
	for i, r := range batch {
		events[i] = r.ev
	}
	// The write is not cancelled by shutdown: the requests in it are waiting for their answer.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	outcomes, err := c.inbox.InsertBatch(ctx, events)
	stored := false
	for i, r := range batch {
		if err != nil {
			r.done <- commitResult{err: err}
			continue
		}
		stored = stored || outcomes[i] == store.Inserted
		r.done <- commitResult{outcome: outcomes[i]}
	}
	if stored && c.after != nil {
		c.after()
	}
}

func (c *committer) drain() {
	for {
		select {
		case r := <-c.queue:
			r.done <- commitResult{err: ErrStopped}
		default:
			return
		}
	}
}
