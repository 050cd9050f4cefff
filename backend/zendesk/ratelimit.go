package zendesk

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Limit is one rate limit as an answer's headers report it. Known is false when the answer
// did not carry it; Reset is zero when the answer did not say when the window ends.
type Limit struct {
	Known     bool
	Total     int
	Remaining int
	Reset     time.Duration
}

// RateLimit is what one answer says about the account's limits (ZENDESK_API.md §3):
// Account from X-Rate-Limit / X-Rate-Limit-Remaining (or ratelimit-limit / ratelimit-remaining,
// with ratelimit-reset), Export from Zendesk-RateLimit-incremental-exports
// ("total=10; remaining=9; resets=41"), RetryAfter from a 429's (or 503's) Retry-After.
type RateLimit struct {
	Path       string // the request's path (no query)
	Status     int
	At         time.Time // when the answer arrived
	Account    Limit
	Export     Limit
	RetryAfter time.Duration
}

// IsExport reports whether path is an incremental export (they have their own, stricter limit).
func IsExport(path string) bool { return strings.Contains(path, "/incremental/") }

// ParseRateLimit reads the rate-limit headers of an answer that arrived at `at`.
func ParseRateLimit(h http.Header, status int, path string, at time.Time) RateLimit {
	rl := RateLimit{Path: path, Status: status, At: at}
	total, ok1 := headerInt(h, "X-Rate-Limit", "ratelimit-limit")
	left, ok2 := headerInt(h, "X-Rate-Limit-Remaining", "ratelimit-remaining")
	if ok1 && ok2 {
		rl.Account = Limit{Known: true, Total: total, Remaining: left, Reset: headerSeconds(h.Get("ratelimit-reset"))}
	}
	if v := h.Get("Zendesk-RateLimit-incremental-exports"); v != "" {
		rl.Export = parseLimitField(v)
	}
	if status == http.StatusTooManyRequests || (status == http.StatusServiceUnavailable && h.Get("Retry-After") != "") {
		rl.RetryAfter = retryAfter(h, at, defaultRetryAfter)
	}
	return rl
}

// parseLimitField reads Zendesk's "total=N; remaining=N; resets=S" header value.
func parseLimitField(v string) Limit {
	var l Limit
	var seen int
	for _, part := range strings.Split(v, ";") {
		k, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			continue
		}
		n, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || n < 0 {
			continue
		}
		switch strings.ToLower(k) {
		case "total":
			l.Total, seen = int(n), seen+1
		case "remaining":
			l.Remaining, seen = int(n), seen+1
		case "resets":
			l.Reset = time.Duration(n * float64(time.Second))
		}
	}
	l.Known = seen == 2
	return l
}

func headerInt(h http.Header, names ...string) (int, bool) {
	for _, name := range names {
		if n, err := strconv.Atoi(strings.TrimSpace(h.Get(name))); err == nil && n >= 0 {
			return n, true
		}
	}
	return 0, false
}

// headerSeconds reads a whole or decimal number of seconds (0 when absent or unreadable).
func headerSeconds(v string) time.Duration {
	if n, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && n > 0 {
		return time.Duration(n * float64(time.Second))
	}
	return 0
}

// Pacer spaces a client's requests by the account's rate limits. Wait is called before each
// request with its path and may block (returning ctx's error when ctx ends); Done is called once
// for each request that Wait let through, with what its answer's headers say (Status 0 when no
// answer came). Both are called from the goroutine making the call.
type Pacer interface {
	Wait(ctx context.Context, path string) error
	Done(rl RateLimit)
}

// WithPacer returns a copy of the client whose requests go through p (the syncer's per-account
// budget). The copy shares the original's HTTP client.
func (c *Client) WithPacer(p Pacer) *Client {
	cp := *c
	cp.pacer = p
	return &cp
}

// send sends req through the client's pacer, if it has one.
func (c *Client) send(ctx context.Context, req *http.Request) (*http.Response, error) {
	if c.pacer == nil {
		return c.hc.Do(req)
	}
	if err := c.pacer.Wait(ctx, req.URL.Path); err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		c.pacer.Done(RateLimit{Path: req.URL.Path, At: time.Now()})
		return nil, err
	}
	c.pacer.Done(ParseRateLimit(resp.Header, resp.StatusCode, req.URL.Path, time.Now()))
	return resp, nil
}
