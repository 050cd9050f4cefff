package rest

import (
	"net/http"
	"sort"
	"strconv"
	"time"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
	"zensync/backend/zendesk/wire"
)

// handleIncrementalUsersCursor serves /api/v2/incremental/users/cursor.json. Users are seeded
// only, with updated_at increasing with id, so a position is an index into ds.users.
func (a *API) handleIncrementalUsersCursor(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	q := r.URL.Query()
	n, e := perPage(q, maxExportPage)
	if e != nil {
		return e
	}
	ds := a.Data()
	epoch := a.CursorEpoch()
	var from int
	if c := q.Get("cursor"); c != "" {
		p, ok := decodePos(epoch, c)
		if !ok {
			return httpjson.BadRequest("InvalidValue", "cursor is invalid")
		}
		from = int(p)
	} else {
		start, e := exportStart(q, a.Now())
		if e != nil {
			return e
		}
		from = sort.Search(len(ds.Users), func(i int) bool { return !ds.Users[i].UpdatedAt.Before(start) })
	}
	from = min(from, len(ds.Users))
	to := min(from+n, len(ds.Users))
	users := mapSlice(ds.Users[from:to], func(u wire.User) wire.User { return withUserURL(r.base, u) })
	after, before := EncodePos(epoch, int64(to)), EncodePos(epoch, int64(from))
	out := map[string]any{
		"users": users, "after_cursor": after, "before_cursor": before,
		"after_url": exportURL(r, "cursor", after), "before_url": exportURL(r, "cursor", before),
		"end_of_stream": to == len(ds.Users),
	}
	if includes(r)["organizations"] {
		out["organizations"] = orgsOf(ds, r.base, users)
	}
	httpjson.Write(w, http.StatusOK, out)
	return nil
}

// handleIncrementalOrgs serves the time-based /api/v2/incremental/organizations.json.
func (a *API) handleIncrementalOrgs(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	q := r.URL.Query()
	n, start, e := timeWindow(q, maxExportPage, a.Now())
	if e != nil {
		return e
	}
	ds := a.Data()
	i := sort.Search(len(ds.Orgs), func(i int) bool { return !ds.Orgs[i].UpdatedAt.Before(start) })
	j := min(i+n, len(ds.Orgs))
	orgs := mapSlice(ds.Orgs[i:j], func(o wire.Organization) wire.Organization { return withOrgURL(r.base, o) })
	end := timeBasedEnd(start, len(orgs), len(orgs) == n, func() time.Time { return orgs[len(orgs)-1].UpdatedAt })
	httpjson.Write(w, http.StatusOK, map[string]any{
		"organizations": orgs, "count": len(orgs), "end_time": end, "end_of_stream": len(orgs) < n,
		"next_page": exportURL(r, "start_time", strconv.FormatInt(end, 10)),
	})
	return nil
}

// timeBasedEnd is a time-based page's end_time: the last record's time (start_time when the
// page is empty), moved one second on when a full page did not leave start_time.
func timeBasedEnd(start time.Time, count int, more bool, last func() time.Time) int64 {
	if count == 0 {
		return start.Unix()
	}
	end := last().Unix()
	if end == start.Unix() && more {
		end++ // a full page inside one second: move on rather than loop
	}
	return end
}

// appendTimeTail closes a time-based export page's JSON after its records: next_page (from
// end), end_time, count and end_of_stream.
func appendTimeTail(b []byte, r *apiRequest, end int64, count int, endOfStream bool) []byte {
	b = append(b, `],"next_page":`...)
	b = record.AppendString(b, exportURL(r, "start_time", strconv.FormatInt(end, 10)))
	b = append(b, `,"end_time":`...)
	b = strconv.AppendInt(b, end, 10)
	b = append(b, `,"count":`...)
	b = strconv.AppendInt(b, int64(count), 10)
	b = append(b, `,"end_of_stream":`...)
	return strconv.AppendBool(b, endOfStream)
}
