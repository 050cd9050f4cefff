package syncer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// page is one fetched export page, converted and ready to commit with its checkpoint.
type page struct {
	batch    store.Batch
	next     string    // the stream's checkpoint once this page is committed
	done     bool      // the stream is caught up
	records  int       // records the page held
	position time.Time // how far in time the stream has reached (for the ETA); zero if unknown
	until    time.Time // where the walk's current phase ends (zero = now)
	recent   bool      // a page of a first walk's recent phase (the history is still to come)
}

// stream is one incremental feed of an integration.
type stream interface {
	name() string
	// fresh reports whether the stream has nothing to fetch yet from checkpoint cp (a time-based
	// export whose start would be less than a minute old).
	fresh(cp string, now time.Time) bool
	// fetch returns the page after checkpoint cp ("" = from the integration's start).
	fetch(ctx context.Context, c *zendesk.Client, cp string) (page, error)
}

type fetched struct {
	p   page
	err error
}

// runStream walks one stream from its saved checkpoint to the end, fetching the next page while
// the current one is committed. Each page's records and checkpoint commit in one transaction.
func (r *run) runStream(ctx context.Context, st stream) (err error) {
	name := st.name()
	defer r.gate.leave(name)
	state, err := r.s.o.Records.SyncState(ctx, r.in.ID, name)
	if err != nil {
		return err
	}
	if !r.startsRecent(state.Checkpoint) {
		r.gate.leave(name)
	}
	if st.fresh(state.Checkpoint, r.s.o.Now()) {
		return nil
	}
	err = r.walk(ctx, st, state.Checkpoint)
	if state.Checkpoint != "" && checkpointRefused(err) {
		// Zendesk no longer accepts the saved cursor (it expired, or the account is not the one
		// it came from): walk the export again from the backfill start. Nothing was committed from
		// the refused cursor, and re-applied records change nothing (newer wins, or insert once).
		r.s.log.Warn("checkpoint refused; walking the export again from the start",
			"integration_id", r.in.ID, "stream", name, "err", err)
		return r.walk(ctx, st, "")
	}
	return err
}

// checkpointRefused reports a 400 answer: Zendesk refusing the cursor or start_time it was sent.
func checkpointRefused(err error) bool {
	var ae *zendesk.APIError
	return errors.As(err, &ae) && ae.Status == http.StatusBadRequest
}

// walk fetches and commits one stream's pages from checkpoint cp to the end.
func (r *run) walk(ctx context.Context, st stream, cp string) (err error) {
	name := st.name()
	fetchCtx, cancel := context.WithCancel(ctx)
	pages := make(chan fetched, maxGroup)
	go r.fetchAll(fetchCtx, st, cp, pages)
	defer func() {
		cancel()
		for range pages { // wait for the fetcher to stop; what it fetched past here is not committed
		}
	}()
	for f := range pages {
		if f.err != nil {
			return f.err
		}
		group, pending := r.gather(f, pages)
		if err := r.commit(ctx, name, group); err != nil {
			return err
		}
		if pending.err != nil {
			return pending.err
		}
		if group[len(group)-1].done {
			return nil
		}
	}
	return ctx.Err()
}

// maxGroup is how many fetched pages may wait, and be committed together, when writing is
// slower than fetching (fewer, larger transactions write less: each commit rewrites the index
// pages it touched and flushes a full-text segment). 8 pages of 1,000 tickets keep a sync of
// 100,000 tickets near 150 MB peak; 3 pages committed ~12% slower.
const maxGroup = 8

// gather takes first and whatever further pages are already waiting (up to maxGroup), stopping
// at the stream's end. A waiting error is returned as pending, to report after the commit.
func (r *run) gather(first fetched, pages <-chan fetched) (group []page, pending fetched) {
	group = []page{first.p}
	for len(group) < maxGroup && !group[len(group)-1].done {
		select {
		case f, ok := <-pages:
			if !ok {
				return group, fetched{}
			}
			if f.err != nil {
				return group, f
			}
			group = append(group, f.p)
		default:
			return group, fetched{}
		}
	}
	return group, fetched{}
}

// commit writes a group of pages and the checkpoint after the last one in one transaction.
func (r *run) commit(ctx context.Context, name string, group []page) error {
	b := group[0].batch
	records := group[0].records
	for _, p := range group[1:] {
		b.Tickets = append(b.Tickets, p.batch.Tickets...)
		b.Comments = append(b.Comments, p.batch.Comments...)
		b.Users = append(b.Users, p.batch.Users...)
		b.Organizations = append(b.Organizations, p.batch.Organizations...)
		b.Groups = append(b.Groups, p.batch.Groups...)
		b.Categories = append(b.Categories, p.batch.Categories...)
		b.Sections = append(b.Sections, p.batch.Sections...)
		b.Articles = append(b.Articles, p.batch.Articles...)
		records += p.records
	}
	last := group[len(group)-1]
	b.IntegrationID, b.Mode = r.in.ID, r.mode
	b.Checkpoint = &store.Checkpoint{Stream: name, Value: last.next, Mode: string(r.in.PullRecordBy),
		Records: records, Pages: len(group)}
	if _, err := r.s.o.Records.Apply(ctx, b); err != nil {
		return fmt.Errorf("saving a page: %w", err)
	}
	for _, p := range group {
		r.pageDone(name, p, len(p.batch.Tickets)+len(p.batch.Comments) > 0)
	}
	return nil
}

// fetchAll fetches pages in order into out until the stream ends, an error, or ctx ends.
func (r *run) fetchAll(ctx context.Context, st stream, cp string, out chan<- fetched) {
	defer close(out)
	waiting := func(d time.Duration) { r.waiting(st.name(), d) }
	client := r.client.WithPacer(gate{b: r.budget, p: r.pacer, onWait: waiting})
	for {
		var pg page
		err := r.s.fetchPolitely(ctx, waiting, func(ctx context.Context) error {
			var err error
			pg, err = st.fetch(ctx, client, cp)
			return err
		})
		if err == nil && !pg.done && pg.next == cp {
			pg.done = true // no progress: never loop on the same page
		}
		select {
		case out <- fetched{pg, err}:
		case <-ctx.Done():
			return
		}
		if err != nil || pg.done {
			return
		}
		cp = pg.next
	}
}
