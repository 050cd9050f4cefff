package rest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
)

// ticketWalk is one page of the ticket export: positions scanned and tickets emitted.
type ticketWalk struct {
	firstPos, lastPos int64 // lastPos: the last position scanned (the cursor to resume after)
	end               bool  // nothing more is available now
	count             int
	lastTime          time.Time
	sideload          []record.Ticket
}

// walkTickets appends up to n tickets from position from onward, encoded, to b.
func (a *API) walkTickets(b []byte, from int64, n int, base string, excludeDeleted, keep bool) ([]byte, ticketWalk) {
	a.RLock()
	defer a.RUnlock()
	s := a.StoreLocked()
	last := s.LastAvailable(a.NowLocked().Add(-holdBack))
	w := ticketWalk{firstPos: from, lastPos: from - 1}
	for p := from; p <= last; p++ {
		if w.count == n {
			return b, w
		}
		w.lastPos = p
		t, ok := s.AtPosition(p)
		if !ok || (excludeDeleted && t.Status == "deleted") {
			continue
		}
		if w.count > 0 {
			b = append(b, ',')
		}
		b = record.AppendTicketBase(b, &t, base, true)
		w.count++
		w.lastTime = t.UpdatedAt
		if keep {
			w.sideload = append(w.sideload, t)
		}
	}
	w.end = true
	return b, w
}

// appendSideloads appends ,"users":[…] etc. for include=.
func (a *API) appendSideloads(b []byte, r *apiRequest, ts []record.Ticket) []byte {
	out := map[string]any{}
	a.ticketSideloads(r)(ts, out)
	for _, k := range []string{"users", "groups", "organizations"} {
		if v, ok := out[k]; ok {
			j, _ := json.Marshal(v)
			b = append(b, `,"`+k+`":`...)
			b = append(b, j...)
		}
	}
	return b
}

// handleIncrementalTicketsCursor serves /api/v2/incremental/tickets/cursor.json.
func (a *API) handleIncrementalTicketsCursor(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	q := r.URL.Query()
	n, e := perPage(q, maxExportPage)
	if e != nil {
		return e
	}
	var from int64
	epoch := a.CursorEpoch()
	if c := q.Get("cursor"); c != "" {
		p, ok := decodePos(epoch, c)
		if !ok {
			return httpjson.BadRequest("InvalidValue", "cursor is invalid")
		}
		from = p + 1
	} else {
		start, e := exportStart(q, a.Now())
		if e != nil {
			return e
		}
		from = a.positionAt(start)
	}
	a.writeTicketPage(w, r, from, n, func(b []byte, wk ticketWalk) []byte {
		after, before := EncodePos(epoch, wk.lastPos), EncodePos(epoch, from-1)
		b = append(b, `],"after_url":`...)
		b = record.AppendString(b, exportURL(r, "cursor", after))
		b = append(b, `,"after_cursor":`...)
		b = record.AppendString(b, after)
		b = append(b, `,"before_url":`...)
		b = record.AppendString(b, exportURL(r, "cursor", before))
		b = append(b, `,"before_cursor":`...)
		b = record.AppendString(b, before)
		b = append(b, `,"end_of_stream":`...)
		return strconv.AppendBool(b, wk.end)
	})
	return nil
}

// handleIncrementalTicketsTime serves the time-based /api/v2/incremental/tickets.json.
func (a *API) handleIncrementalTicketsTime(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	return a.serveTicketsTime(w, r, maxExportPage)
}

// handleIncrementalTicketsSample serves /api/v2/incremental/tickets/sample.json (≤ 50).
func (a *API) handleIncrementalTicketsSample(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	return a.serveTicketsTime(w, r, 50)
}

func (a *API) serveTicketsTime(w http.ResponseWriter, r *apiRequest, limit int) *httpjson.APIError {
	q := r.URL.Query()
	n, start, e := timeWindow(q, limit, a.Now())
	if e != nil {
		return e
	}
	a.writeTicketPage(w, r, a.positionAt(start), n, func(b []byte, wk ticketWalk) []byte {
		end := timeBasedEnd(start, wk.count, !wk.end, func() time.Time { return wk.lastTime })
		return appendTimeTail(b, r, end, wk.count, wk.count < n)
	})
	return nil
}

// positionAt is the first export position at or after start.
func (a *API) positionAt(start time.Time) int64 {
	a.RLock()
	defer a.RUnlock()
	return a.StoreLocked().PositionAt(start)
}

// writeTicketPage answers a ticket export page: up to n tickets from position from, what tail
// appends after them (the paging fields), then the side-loads asked for.
func (a *API) writeTicketPage(w http.ResponseWriter, r *apiRequest, from int64, n int, tail func([]byte, ticketWalk) []byte) {
	inc := includes(r)
	keep := inc["users"] || inc["groups"] || inc["organizations"]
	bp := getBuf()
	defer putBuf(bp)
	b := append((*bp)[:0], `{"tickets":[`...)
	b, wk := a.walkTickets(b, from, n, r.base, r.URL.Query().Get("exclude_deleted") == "true", keep)
	b = tail(b, wk)
	if keep {
		b = a.appendSideloads(b, r, wk.sideload)
	}
	b = append(b, '}')
	*bp = b
	writeBuf(w, b)
}
