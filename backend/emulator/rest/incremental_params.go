package rest

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"zensync/backend/emulator/internal/httpjson"
)

// holdBack is how recent a change may be before exports show it; start_time must be older too.
const holdBack = time.Minute

const maxExportPage = 1000

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 1<<20); return &b }}

func getBuf() *[]byte { return bufPool.Get().(*[]byte) }

func putBuf(b *[]byte) {
	if cap(*b) <= 8<<20 {
		*b = (*b)[:0]
		bufPool.Put(b)
	}
}

// EncodePos writes an export position as an opaque cursor tied to the store's epoch.
func EncodePos(epoch string, p int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte("p" + epoch + "." + strconv.FormatInt(p, 10)))
}

// decodePos reads a cursor written by EncodePos with the same epoch.
func decodePos(epoch string, s string) (int64, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	prefix := "p" + epoch + "."
	if err != nil || len(b) <= len(prefix) || string(b[:len(prefix)]) != prefix {
		return 0, false
	}
	v, err := strconv.ParseInt(string(b[len(prefix):]), 10, 64)
	return v, err == nil && v >= 0
}

// exportStart reads the start_time rules shared by every incremental export.
func exportStart(q url.Values, now time.Time) (time.Time, *httpjson.APIError) {
	raw := q.Get("start_time")
	if raw == "" {
		return time.Time{}, httpjson.BadRequest("InvalidValue", "start_time is required")
	}
	sec, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || sec < 0 {
		return time.Time{}, httpjson.BadRequest("InvalidValue", "start_time must be a Unix epoch time in seconds")
	}
	t := time.Unix(sec, 0).UTC()
	if t.After(now.Add(-holdBack)) {
		return time.Time{}, httpjson.BadRequest("InvalidValue", "Too recent start_time. Use a start_time that is at least one minute in the past")
	}
	return t, nil
}

// timeWindow reads a time-based export's per_page (at most limit) and start_time.
func timeWindow(q url.Values, limit int, now time.Time) (int, time.Time, *httpjson.APIError) {
	n, e := perPage(q, limit)
	if e != nil {
		return 0, time.Time{}, e
	}
	start, e := exportStart(q, now)
	if e != nil {
		return 0, time.Time{}, e
	}
	return n, start, nil
}

func perPage(q url.Values, max int) (int, *httpjson.APIError) {
	n, ok := intParam(q, "per_page", max, 1, max)
	if !ok {
		return 0, httpjson.BadRequest("InvalidValue", "per_page must be a positive integer")
	}
	return n, nil
}

// exportURL is base+path with the request's query, start_time/cursor replaced.
func exportURL(r *apiRequest, key, value string) string {
	q := r.URL.Query()
	q.Del("start_time")
	q.Del("cursor")
	q.Set(key, value)
	return r.base + r.URL.Path + "?" + q.Encode()
}

func writeBuf(w http.ResponseWriter, b []byte) { httpjson.WriteRaw(w, http.StatusOK, b) }
