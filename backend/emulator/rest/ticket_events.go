package rest

import (
	"net/http"
	"strconv"
	"time"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
)

// The time-based ticket events export (/api/v2/incremental/ticket_events.json). Each seeded
// comment is one "Audit" event (the first also creates the ticket, the last sets its final
// status); each change-log entry is one more. With include=comment_events the comments ride
// along as "Comment" child events, which is how clients fetch comments in bulk.

const logAuditBase int64 = 800_000_000_000

type eventWriter struct {
	b        []byte
	count    int
	comments bool
}

func (ew *eventWriter) audit(id, ticketID int64, at time.Time, updater int64, via string, merged []int64, children func(first bool) bool) {
	if ew.count > 0 {
		ew.b = append(ew.b, ',')
	}
	b := ew.b
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, id, 10)
	b = append(b, `,"ticket_id":`...)
	b = strconv.AppendInt(b, ticketID, 10)
	b = append(b, `,"timestamp":`...)
	b = strconv.AppendInt(b, at.Unix(), 10)
	b = append(b, `,"created_at":`...)
	b = record.AppendTime(b, at)
	b = append(b, `,"updater_id":`...)
	b = strconv.AppendInt(b, updater, 10)
	b = append(b, `,"via":`...)
	b = record.AppendString(b, via)
	b = append(b, `,"system":{},"event_type":"Audit","merged_ticket_ids":`...)
	b = record.AppendInt64s(b, merged)
	b = append(b, `,"child_events":[`...)
	ew.b = b
	children(true)
	ew.b = append(ew.b, "]}"...)
	ew.count++
}

// child appends one child event object (without the surrounding comma handling by caller).
func (ew *eventWriter) child(first *bool, write func(b []byte) []byte) {
	if !*first {
		ew.b = append(ew.b, ',')
	}
	*first = false
	ew.b = write(ew.b)
}

func appendChange(b []byte, id int64, eventType, field string, value, previous any, withPrevious bool) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, id, 10)
	b = append(b, `,"event_type":`...)
	b = record.AppendString(b, eventType)
	b = append(b, `,"field_name":`...)
	b = record.AppendString(b, field)
	b = append(b, `,"value":`...)
	b = record.AppendAny(b, value)
	if withPrevious {
		b = append(b, `,"previous_value":`...)
		b = record.AppendAny(b, previous)
	}
	return append(b, '}')
}

func appendCommentEvent(b []byte, c *record.Comment) []byte {
	b = record.AppendComment(b, c)
	b = append(b[:len(b)-1], `,"event_type":"Comment"}`...)
	return b
}

func viaName(channel string) string {
	switch channel {
	case "email":
		return "Mail"
	case "web":
		return "Web form"
	case "api":
		return "API"
	}
	return "Web service"
}

func (a *API) handleTicketEvents(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	q := r.URL.Query()
	n, start, e := timeWindow(q, maxExportPage, a.Now())
	if e != nil {
		return e
	}
	bp := getBuf()
	defer putBuf(bp)
	ew := &eventWriter{b: append((*bp)[:0], `{"ticket_events":[`...), comments: includes(r)["comment_events"]}
	last, more := a.writeTicketEvents(ew, start, n, r.base)
	end := timeBasedEnd(start, ew.count, more, func() time.Time { return last })
	b := appendTimeTail(ew.b, r, end, ew.count, !more)
	b = append(b, '}')
	*bp = b
	writeBuf(w, b)
	return nil
}

// writeTicketEvents writes up to n events at or after start; it returns the last event's
// time and whether more events are available.
func (a *API) writeTicketEvents(ew *eventWriter, start time.Time, n int, base string) (time.Time, bool) {
	a.RLock()
	defer a.RUnlock()
	s, ds := a.StoreLocked(), a.DataLocked()
	var last time.Time
	from := s.PositionAt(start)
	cutoff := a.NowLocked().Add(-holdBack)
	for p := from; p <= s.SeededN(); p++ {
		cs := ds.SeededComments(p, base)
		var t *record.Ticket
		for j := range cs {
			c := &cs[j]
			if c.CreatedAt.Before(start) {
				continue
			}
			if ew.count == n {
				return last, true
			}
			if t == nil {
				tt := ds.SeededTicket(p)
				t = &tt
			}
			first, lastComment := j == 0, j == len(cs)-1 && j > 0
			ew.audit(c.AuditID, p, c.CreatedAt, c.AuthorID, viaName(c.Via.Channel), nil, func(bool) bool {
				f := true
				if first {
					ew.child(&f, func(b []byte) []byte {
						return appendChange(b, c.AuditID*4+1, "Create", "subject", t.Subject, nil, false)
					})
					ew.child(&f, func(b []byte) []byte { return appendChange(b, c.AuditID*4+2, "Create", "status", "new", nil, false) })
				}
				if ew.comments {
					ew.child(&f, func(b []byte) []byte { return appendCommentEvent(b, c) })
				}
				if lastComment && t.Status != "new" {
					ew.child(&f, func(b []byte) []byte {
						return appendChange(b, c.AuditID*4+3, "Change", "status", t.Status, "new", true)
					})
				}
				return true
			})
			last = c.CreatedAt
		}
	}
	for i := range s.Log {
		en := &s.Log[i]
		if en.At.Before(start) {
			continue
		}
		if en.At.After(cutoff) {
			return last, false
		}
		if ew.count == n {
			return last, true
		}
		updater := en.ActorID
		ew.audit(logAuditBase+en.Seq, en.TicketID, en.At, updater, "API", en.Merged, func(bool) bool {
			f := true
			kind := "Change"
			if en.Kind == record.TicketCreated {
				kind = "Create"
			}
			for k, ch := range en.Changes {
				ew.child(&f, func(b []byte) []byte {
					return appendChange(b, (logAuditBase+en.Seq)*4+int64(k%3)+1, kind, ch.Field, ch.Value, ch.Previous, kind == "Change")
				})
			}
			if ew.comments && en.Comment != nil {
				ew.child(&f, func(b []byte) []byte { return appendCommentEvent(b, en.Comment) })
			}
			return true
		})
		last = en.At
	}
	return last, false
}
