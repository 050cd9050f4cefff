package hooks

import (
	"strconv"
	"time"

	"zensync/backend/emulator/internal/random"
)

// invocation is one event sent (or refused) to one webhook, with all its attempts.
type invocation struct {
	ID                string          `json:"id"`
	WebhookID         string          `json:"webhook_id"`
	EventType         string          `json:"event_type"`
	Status            string          `json:"status"`
	StatusCode        int             `json:"status_code"`
	CreatedAt         time.Time       `json:"created_at"`
	LatestCompletedAt *time.Time      `json:"latest_completed_at"`
	Attempts          []attemptRecord `json:"-"`
}

// attemptRecord is one HTTP request of an invocation.
type attemptRecord struct {
	ID           string    `json:"id"`
	InvocationID string    `json:"invocation_id"`
	Status       string    `json:"status"`
	StatusCode   int       `json:"status_code"`
	CompletedAt  time.Time `json:"completed_at"`
	DurationMs   int64     `json:"duration_ms"`
	ResponseBody string    `json:"response_body,omitempty"`
	Error        string    `json:"error,omitempty"`
}

// invocationJSON is the API shape of an invocation.
type invocationJSON struct {
	ID                string  `json:"id"`
	WebhookID         string  `json:"webhook_id"`
	EventType         string  `json:"event_type"`
	Status            string  `json:"status"`
	StatusCode        *int    `json:"status_code"`
	CreatedAt         string  `json:"created_at"`
	LatestCompletedAt *string `json:"latest_completed_at"`
	AttemptsCount     int     `json:"attempts_count"`
}

func (inv *invocation) view() invocationJSON {
	v := invocationJSON{ID: inv.ID, WebhookID: inv.WebhookID, EventType: inv.EventType, Status: inv.Status,
		CreatedAt: inv.CreatedAt.UTC().Format(time.RFC3339), AttemptsCount: len(inv.Attempts)}
	if inv.StatusCode != 0 {
		code := inv.StatusCode
		v.StatusCode = &code
	}
	if inv.LatestCompletedAt != nil {
		t := inv.LatestCompletedAt.UTC().Format(time.RFC3339)
		v.LatestCompletedAt = &t
	}
	return v
}

// newInvocationLocked starts an invocation for a delivery to e, dropping the oldest once more
// than cfg.KeepInvocations (plus a quarter, trimmed in one go) are kept. Callers hold s.mu for writing.
func (s *State) newInvocationLocked(e *hookEntry, eventType string, now time.Time) *invocation {
	inv := &invocation{ID: random.ULID(now), WebhookID: e.hook.ID, EventType: eventType, Status: "accepted", CreatedAt: now}
	if keep := s.cfg.KeepInvocations; len(e.invocations) >= keep+keep/4 {
		// Trim in batches so a busy webhook does not copy the whole history per event.
		e.invocations = append(e.invocations[:0], e.invocations[len(e.invocations)-keep+1:]...)
	}
	e.invocations = append(e.invocations, inv)
	return inv
}

// recordAttempt adds an attempt to d's invocation; the latest attempt's status is the
// invocation's (so an invocation waiting for a retry shows the status that caused it).
func (s *State) recordAttempt(d *delivery, rec attemptRecord) {
	s.mu.Lock()
	defer s.mu.Unlock()
	inv := d.invocation
	if rec.CompletedAt.IsZero() {
		rec.CompletedAt = time.Now().UTC()
	}
	rec.ID = inv.ID + "-" + strconv.Itoa(len(inv.Attempts)+1)
	rec.InvocationID = inv.ID
	inv.Attempts = append(inv.Attempts, rec)
	inv.Status, inv.StatusCode = rec.Status, rec.StatusCode
	t := rec.CompletedAt
	inv.LatestCompletedAt = &t
}

// finishInvocation marks an invocation that was never attempted (throttled).
func (s *State) finishInvocation(inv *invocation, status string, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now().UTC()
	inv.Status, inv.StatusCode, inv.LatestCompletedAt = status, code, &now
}

// breaker pauses a webhook whose endpoint keeps failing.
type breaker struct {
	windowStart   time.Time
	total, failed int
	open, probing bool
	openUntil     time.Time
}

// breakerAllow says whether a request may be sent now, and whether it is the probe that
// decides if an open breaker closes.
func (s *State) breakerAllow(hookID string) (probe, allowed bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.hooks[hookID]
	if !ok {
		return false, false
	}
	b := &e.breaker
	switch now := time.Now(); {
	case !b.open:
		return false, true
	case now.Before(b.openUntil) || b.probing:
		return false, false
	default:
		b.probing = true
		return true, true
	}
}

// breakerRecord counts an attempt's outcome and opens or closes the breaker.
func (s *State) breakerRecord(hookID string, success, probe bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.hooks[hookID]
	if !ok {
		return
	}
	b, now := &e.breaker, time.Now()
	if probe {
		b.probing = false
		if success {
			*b = breaker{windowStart: now}
		} else {
			b.openUntil = now.Add(s.cfg.BreakerPause)
		}
		return
	}
	if now.Sub(b.windowStart) > s.cfg.BreakerWindow {
		b.windowStart, b.total, b.failed = now, 0, 0
	}
	b.total++
	if !success {
		b.failed++
	}
	if b.total >= s.cfg.BreakerMinRequests && float64(b.failed) >= s.cfg.BreakerErrorRate*float64(b.total) {
		b.open, b.openUntil = true, now.Add(s.cfg.BreakerPause)
		b.total, b.failed = 0, 0
		s.acct.Logger().Warn("webhook circuit breaker opened", "webhook_id", hookID)
	}
}
