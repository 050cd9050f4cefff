package gate

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"zensync/backend/emulator/internal/httpjson"
)

// RateLimiter applies Zendesk's per-minute limits: one for every API request of the account
// and a stricter one for incremental exports. Windows are fixed clock minutes; a refused
// request gets 429 with Retry-After (seconds to the next minute).
type RateLimiter struct {
	mu          sync.Mutex
	perMinute   int // 0 = off
	incremental int // 0 = off
	window      int64
	used        int
	usedIncr    int
}

// RateLimits are an account's limits per minute (0 = off).
type RateLimits struct {
	PerMinute   int `json:"per_minute"`
	Incremental int `json:"incremental_per_minute"`
}

// NewRateLimiter returns a limiter with these per-minute limits (0 = off).
func NewRateLimiter(perMinute, incremental int) *RateLimiter {
	return &RateLimiter{perMinute: perMinute, incremental: incremental}
}

// Set replaces the limits; the current minute's counts stay.
func (l *RateLimiter) Set(rl RateLimits) {
	l.mu.Lock()
	l.perMinute, l.incremental = rl.PerMinute, rl.Incremental
	l.mu.Unlock()
}

// Get returns the limits.
func (l *RateLimiter) Get() RateLimits {
	l.mu.Lock()
	defer l.mu.Unlock()
	return RateLimits{PerMinute: l.perMinute, Incremental: l.incremental}
}

func isIncremental(path string) bool {
	return strings.HasPrefix(path, "/api/v2/incremental/") || strings.HasPrefix(path, "/api/v2/help_center/incremental/")
}

// Allow counts the request and answers 429 when over a limit.
func (l *RateLimiter) Allow(w http.ResponseWriter, path string, now time.Time) bool {
	l.mu.Lock()
	win := now.Unix() / 60
	if win != l.window {
		l.window, l.used, l.usedIncr = win, 0, 0
	}
	retry := 60 - int(now.Unix()%60)
	h := w.Header()
	if l.perMinute > 0 {
		if l.used >= l.perMinute {
			l.mu.Unlock()
			return refuse(w, l.perMinute, retry, "APIRateLimitExceeded")
		}
		l.used++
		h.Set("X-Rate-Limit", strconv.Itoa(l.perMinute))
		h.Set("X-Rate-Limit-Remaining", strconv.Itoa(l.perMinute-l.used))
		h.Set("ratelimit-limit", strconv.Itoa(l.perMinute))
		h.Set("ratelimit-remaining", strconv.Itoa(l.perMinute-l.used))
		h.Set("ratelimit-reset", strconv.Itoa(retry))
	}
	if l.incremental > 0 && isIncremental(path) {
		if l.usedIncr >= l.incremental {
			l.mu.Unlock()
			return refuse(w, l.incremental, retry, "TooManyRequests")
		}
		l.usedIncr++
		h.Set("Zendesk-RateLimit-incremental-exports", "total="+strconv.Itoa(l.incremental)+"; remaining="+strconv.Itoa(l.incremental-l.usedIncr)+"; resets="+strconv.Itoa(retry))
	}
	l.mu.Unlock()
	return true
}

func refuse(w http.ResponseWriter, limit, retry int, code string) bool {
	h := w.Header()
	h.Set("Retry-After", strconv.Itoa(retry))
	h.Set("X-Rate-Limit", strconv.Itoa(limit))
	h.Set("X-Rate-Limit-Remaining", "0")
	httpjson.Write(w, http.StatusTooManyRequests, map[string]string{"error": code, "description": "Number of allowed API requests per minute exceeded"})
	return false
}
