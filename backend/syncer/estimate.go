package syncer

import (
	"fmt"
	"math"
	"time"
)

// exportStreams are the streams whose every page is an incremental-export request.
var exportStreams = map[string]bool{StreamTickets: true, StreamComments: true, StreamUsers: true, StreamOrganizations: true}

// pagesLeft estimates a stream's remaining pages from the pace of the current segment of its
// export timeline — pages per span of time between its first and last page — and the span still
// ahead (-1 = unknown: fewer than two pages in, or in the recent phase, whose history is still
// to come).
func (sp *streamProgress) pagesLeft(now time.Time) float64 {
	span := sp.last.Sub(sp.first)
	if sp.segPages < 2 || span <= 0 || sp.recent {
		return -1
	}
	until := sp.until
	if until.IsZero() {
		until = now
	}
	ahead := max(until.Sub(sp.last), 0)
	return float64(sp.segPages-1) * float64(ahead) / float64(span)
}

// track moves the stream's timeline on with a committed page's position. A position before the
// last one is the history phase starting: a new segment.
func (sp *streamProgress) track(pg page) {
	if pg.position.IsZero() {
		return
	}
	if sp.first.IsZero() || pg.position.Before(sp.last) {
		sp.first, sp.segPages = pg.position, 0
	}
	sp.segPages++
	sp.last, sp.until, sp.recent = pg.position, pg.until, pg.recent
}

// limitETA is the least time Zendesk's export limit allows for the export pages still to fetch,
// and the limit it assumed (per minute; 0 when it is not known).
func (r *run) limitETA(now time.Time) (time.Duration, int) {
	limit, window := r.exportLimit()
	if limit <= 0 {
		return 0, 0
	}
	var left float64
	for name, sp := range r.streams {
		if !exportStreams[name] {
			continue
		}
		if n := sp.pagesLeft(now); n > 0 { // streams not far enough in to tell add nothing yet
			left += n
		}
	}
	return time.Duration(math.Ceil(left) / float64(limit) * float64(window)), limit
}

// exportLimit is the account's export limit and window, from its answers or the fixed setting.
func (r *run) exportLimit() (int, time.Duration) {
	if r.budget != nil {
		if n, w := r.budget.exportLimit(); n > 0 && w > 0 {
			return n, w
		}
	}
	return r.s.o.IncrementalPerMinute, time.Minute
}

// estimateWords says the ETA in words, naming the export limit when that is what bounds it.
func estimateWords(eta time.Duration, limit int, byLimit bool) string {
	if eta <= 0 {
		return ""
	}
	var left string
	switch {
	case eta < time.Minute:
		left = "less than a minute left"
	case eta < 90*time.Minute:
		left = fmt.Sprintf("about %d min left", int(math.Round(eta.Minutes())))
	default:
		left = fmt.Sprintf("about %.1f h left", eta.Hours())
	}
	if byLimit {
		return fmt.Sprintf("%s at Zendesk's limit of %d export requests a minute", left, limit)
	}
	return left
}
