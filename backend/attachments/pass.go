package attachments

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Stats is what one pass did.
type Stats struct {
	Downloaded   int   // new files stored
	Deduplicated int   // downloads whose bytes were stored already
	TooLarge     int   // over the per-file limit
	Failed       int   // given up (reason recorded)
	Retry        int   // failed this time, left pending for a later pass
	Skipped      int   // the integration could not be reached (not connected, signed out)
	Bytes        int64 // bytes downloaded
	Full         bool  // stopped at the total cap
}

// pass is one walk over the pending attachments.
type pass struct {
	d       *Downloader
	mu      sync.Mutex
	stats   Stats
	used    int64 // bytes stored plus bytes reserved by downloads under way
	clients map[string]clientOrErr
}

type clientOrErr struct {
	c   *zendesk.Client
	err error
}

const pageSize = 200

// RunOnce downloads every pending attachment it can (a few at a time) and returns what it did.
// Passes never overlap; what a cancelled pass did not finish stays pending.
func (d *Downloader) RunOnce(ctx context.Context) (Stats, error) {
	d.passMu.Lock()
	defer d.passMu.Unlock()
	folder := Folder{Dir: d.o.Dir}
	folder.cleanTemp()
	sum, err := d.Summary(ctx)
	if err != nil {
		return Stats{}, err
	}
	p := &pass{d: d, used: sum.UsedBytes, clients: map[string]clientOrErr{}}
	more := p.listArticles(ctx) // articles.go: queue the attachments of new and changed articles
	tasks := make(chan task)
	var wg sync.WaitGroup
	for range d.o.Concurrency {
		wg.Go(func() {
			for t := range tasks {
				p.one(ctx, folder, t)
			}
		})
	}
	err = p.feed(ctx, tasks, d.o.Repo)
	if err == nil && d.o.Articles != nil && !p.isFull() {
		err = p.feed(ctx, tasks, d.o.Articles)
	}
	close(tasks)
	wg.Wait()
	d.mu.Lock()
	d.full = p.stats.Full
	d.mu.Unlock()
	if err == nil {
		err = ctx.Err()
	}
	st := p.stats
	if d.o.OnChanged != nil && st.Downloaded+st.Deduplicated+st.TooLarge+st.Failed > 0 {
		if s, serr := d.Summary(context.WithoutCancel(ctx)); serr == nil {
			d.o.OnChanged(s)
		}
	}
	if st.Downloaded+st.TooLarge+st.Failed+st.Retry > 0 {
		d.log.Info("attachment pass", "downloaded", st.Downloaded, "deduplicated", st.Deduplicated, "too_large", st.TooLarge,
			"failed", st.Failed, "retry", st.Retry, "skipped", st.Skipped, "bytes", st.Bytes, "full", st.Full)
	}
	if more && ctx.Err() == nil {
		d.Kick() // more articles to list: another pass soon
	}
	return st, err
}

// task is one download and the queue (comment or article attachments) it belongs to.
type task struct {
	store.AttachmentView
	q Repo
}

// feed walks q's pending rows in key order and hands out those that fit the caps.
func (p *pass) feed(ctx context.Context, tasks chan<- task, q Repo) error {
	d := p.d
	afterInteg, afterID := "", int64(0)
	for {
		page, err := q.Pending(ctx, afterInteg, afterID, pageSize)
		if err != nil {
			return err
		}
		for _, t := range page {
			afterInteg, afterID = t.IntegrationID, t.ID
			if t.Size > d.o.MaxFileBytes {
				p.finish(ctx, task{t, q}, store.AttachmentTooLarge, tooLargeReason(d.o.MaxFileBytes))
				continue
			}
			if !p.reserve(t.Size) {
				p.mu.Lock()
				p.stats.Full = true
				p.mu.Unlock()
				return nil // the rest waits for room (a larger cap)
			}
			select {
			case tasks <- task{t, q}:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if len(page) < pageSize {
			return nil
		}
	}
}

// reserve counts size against the total cap before a download starts.
func (p *pass) reserve(size int64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.used+size > p.d.o.MaxTotalBytes {
		return false
	}
	p.used += size
	return true
}

func (p *pass) client(ctx context.Context, integrationID string) (*zendesk.Client, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if ce, ok := p.clients[integrationID]; ok {
		return ce.c, ce.err
	}
	var ce clientOrErr
	in, err := p.d.o.Integrations.Get(ctx, integrationID)
	if err == nil {
		ce.c, ce.err = p.d.o.Clients.Client(ctx, in)
	} else {
		ce.err = err
	}
	p.clients[integrationID] = ce
	return ce.c, ce.err
}

// finish records a final state (too_large, failed).
func (p *pass) finish(ctx context.Context, t task, state, reason string) {
	if err := t.q.SetState(ctx, t.IntegrationID, t.ID, state, reason); err != nil {
		p.d.log.Warn("saving an attachment's state", "attachment_id", t.ID, "err", err)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if state == store.AttachmentTooLarge {
		p.stats.TooLarge++
	} else {
		p.stats.Failed++
	}
}

func tooLargeReason(max int64) string {
	return fmt.Sprintf("Larger than the %s limit", formatMB(max))
}

// formatMB writes a byte count in MB or GB, as the settings do.
func formatMB(n int64) string {
	if n >= 1<<30 && n%(1<<30) == 0 {
		return fmt.Sprintf("%d GB", n>>30)
	}
	return fmt.Sprintf("%d MB", (n+(1<<20)-1)>>20)
}

var errSkip = errors.New("integration not reachable in this pass")
