// Package gate is what an account's requests pass before the API sees them: injected faults
// (FaultQueue) and Zendesk's per-minute rate limits (RateLimiter), both set through the
// control API.
package gate

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"zensync/backend/emulator/internal/httpjson"
)

// FaultKind is a way the emulator can fail on purpose.
type FaultKind string

const (
	FaultStatus    FaultKind = "status"    // answer Status (default 503) with Zendesk-ish JSON
	FaultDelay     FaultKind = "delay"     // wait DelayMS, then serve normally
	FaultMalformed FaultKind = "malformed" // answer 200 with a truncated JSON body
	FaultDrop      FaultKind = "drop"      // hijack the connection and close it without a reply
)

// Fault is an injected failure for the next Count requests whose path (below /<subdomain>)
// starts with PathPrefix and, when Method is set, whose method matches.
type Fault struct {
	Kind       FaultKind `json:"kind"`
	PathPrefix string    `json:"path_prefix"`
	Method     string    `json:"method,omitempty"`
	Count      int       `json:"count"`
	Status     int       `json:"status,omitempty"`
	RetryAfter int       `json:"retry_after,omitempty"`
	DelayMS    int       `json:"delay_ms,omitempty"`
}

// Validate says what is wrong with a fault the control API was asked to inject.
func (f Fault) Validate() error {
	switch f.Kind {
	case FaultStatus, FaultDelay, FaultMalformed, FaultDrop:
	default:
		return errors.New(`kind must be one of "status", "delay", "malformed", "drop"`)
	}
	if f.Count < 1 {
		return errors.New("count must be at least 1")
	}
	if f.Kind == FaultStatus && f.Status != 0 && (f.Status < 400 || f.Status > 599) {
		return errors.New("status must be 4xx or 5xx")
	}
	return nil
}

// FaultQueue holds the pending faults; the first matching one is used and counted down.
type FaultQueue struct {
	mu     sync.Mutex
	faults []Fault
}

// Add queues f behind the faults already pending.
func (q *FaultQueue) Add(f Fault) {
	q.mu.Lock()
	q.faults = append(q.faults, f)
	q.mu.Unlock()
}

// List returns the pending faults, first match first.
func (q *FaultQueue) List() []Fault {
	q.mu.Lock()
	defer q.mu.Unlock()
	return append([]Fault{}, q.faults...)
}

// Clear drops every pending fault.
func (q *FaultQueue) Clear() {
	q.mu.Lock()
	q.faults = nil
	q.mu.Unlock()
}

func (q *FaultQueue) take(method, path string) (Fault, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, f := range q.faults {
		if !strings.HasPrefix(path, f.PathPrefix) || (f.Method != "" && !strings.EqualFold(f.Method, method)) {
			continue
		}
		q.faults[i].Count--
		if q.faults[i].Count <= 0 {
			q.faults = append(q.faults[:i], q.faults[i+1:]...)
		}
		return f, true
	}
	return Fault{}, false
}

// Apply serves a matching fault; it returns true when the request should go on normally.
func (q *FaultQueue) Apply(w http.ResponseWriter, r *http.Request) bool {
	f, ok := q.take(r.Method, r.URL.Path)
	if !ok {
		return true
	}
	switch f.Kind {
	case FaultDelay:
		select {
		case <-time.After(time.Duration(f.DelayMS) * time.Millisecond):
		case <-r.Context().Done():
		}
		return true
	case FaultMalformed:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"tickets":[{"id":1,"subject":"trunc`))
	case FaultDrop:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return false
			}
		}
		panic(http.ErrAbortHandler) // HTTP/2 or no hijacker: abort the stream
	default:
		status := f.Status
		if status == 0 {
			status = http.StatusServiceUnavailable
		}
		if f.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(f.RetryAfter))
		}
		httpjson.Write(w, status, map[string]string{"error": http.StatusText(status), "description": "Injected fault"})
	}
	return false
}
