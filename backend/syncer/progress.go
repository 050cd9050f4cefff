package syncer

import (
	"time"
)

// progressFor returns (creating) a stream's progress; callers hold r.mu.
func (r *run) progressFor(name string) *streamProgress {
	p, ok := r.streams[name]
	if !ok {
		p = &streamProgress{}
		r.streams[name] = p
	}
	return p
}

// pageDone counts a committed page and reports progress (throttled).
func (r *run) pageDone(name string, pg page, ticketsChanged bool) {
	r.mu.Lock()
	sp := r.progressFor(name)
	sp.records += int64(pg.records)
	sp.pages++
	sp.waitUntil = time.Time{}
	sp.track(pg)
	r.changed = r.changed || ticketsChanged
	r.mu.Unlock()
	r.report(false)
}

// waiting records that a stream waits d (0: no longer waiting) and reports it.
func (r *run) waiting(name string, d time.Duration) {
	r.mu.Lock()
	sp := r.progressFor(name)
	if d > 0 {
		sp.waitUntil = r.s.o.Now().Add(d)
		r.waited = true
	} else {
		sp.waitUntil = time.Time{}
	}
	r.mu.Unlock()
	r.report(d > 0)
}

func (r *run) totals() (records, pages int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, sp := range r.streams {
		records += sp.records
		pages += sp.pages
	}
	return records, pages
}

// snapshot sums the streams into one Progress.
func (r *run) snapshot(running bool) Progress {
	now := r.s.o.Now()
	p := Progress{IntegrationID: r.in.ID, Running: running}
	elapsed := now.Sub(r.started).Seconds()
	var latest time.Time
	for name, sp := range r.streams {
		p.Records += sp.records
		p.Pages += sp.pages
		if w := sp.waitUntil.Sub(now).Seconds(); w > p.WaitingSeconds {
			p.WaitingSeconds = w
		}
		if left := sp.pagesLeft(now); left >= 0 && sp.pages > 0 {
			// At the pace so far: the stream fetched its pages in elapsed seconds.
			if eta := elapsed * left / float64(sp.pages); eta > p.ETASeconds && !sp.recent {
				p.ETASeconds = eta
			}
		}
		if sp.pages > 0 && (latest.IsZero() || sp.last.After(latest)) {
			latest, p.Stream = sp.last, name
		}
	}
	// The limit bounds the sync once it has made a stream wait (the local pace then counts the
	// waits too, so the least time the limit allows for the pages left is the better guess), or
	// when it alone accounts for most of the time left.
	limitETA, limit := r.limitETA(now)
	byLimit := limit > 0 && limitETA > 0 && (r.waited || limitETA.Seconds() >= p.ETASeconds/2)
	if byLimit {
		p.ETASeconds = limitETA.Seconds()
	}
	p.Estimate = estimateWords(time.Duration(p.ETASeconds*float64(time.Second)), limit, byLimit)
	if !running {
		p.ETASeconds, p.WaitingSeconds, p.Estimate = 0, 0, ""
	}
	return p
}

// report sends progress at most once per ProgressEvery, unless force (waits and the end).
func (r *run) report(force bool) {
	r.mu.Lock()
	now := r.s.o.Now()
	final := force && r.isFinishing()
	if !force && now.Sub(r.lastSent) < r.s.o.ProgressEvery {
		r.mu.Unlock()
		return
	}
	r.lastSent = now
	p := r.snapshot(!final)
	changed := r.changed
	r.changed = false
	r.mu.Unlock()
	if changed && r.s.o.OnTicketsChanged != nil {
		r.s.o.OnTicketsChanged(r.in.ID)
	}
	if r.s.o.OnProgress != nil {
		r.s.o.OnProgress(p)
	}
}

// isFinishing reports whether every stream goroutine has returned (report(true) from execute).
func (r *run) isFinishing() bool { return r.finishing }
