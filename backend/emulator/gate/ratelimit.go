package gate

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"zensync/backend/emulator/internal/httpjson"
)

// RateLimiter applies Zendesk's per-minute limits: one for every API request of the account
// and a stricter one shared by all incremental exports. Windows are fixed minutes of the
// account's clock, shortened TimeScale times; a refused request gets 429 with Retry-After (the
// time to the window's end).
type RateLimiter struct {
	mu          sync.Mutex
	perMinute   int // 0 = off
	incremental int // 0 = off
	scale       float64
	window      int64
	used        int
	usedIncr    int
}

// RateLimits are an account's limits per minute (0 = off) and the time scale of their windows:
// with TimeScale N a "minute" lasts 60/N seconds and Retry-After is N times shorter, so a
// benchmark plays an hour of Zendesk's limits in 60/N minutes. 0 or 1 = real time.
type RateLimits struct {
	PerMinute   int     `json:"per_minute"`
	Incremental int     `json:"incremental_per_minute"`
	TimeScale   float64 `json:"time_scale"`
}

// NewRateLimiter returns a limiter with these limits (0 = off) and time scale.
func NewRateLimiter(rl RateLimits) *RateLimiter {
	l := &RateLimiter{}
	l.Set(rl)
	return l
}

// Set replaces the limits; the current window's counts stay unless the time scale changes.
func (l *RateLimiter) Set(rl RateLimits) {
	if rl.TimeScale < 1 {
		rl.TimeScale = 1
	}
	l.mu.Lock()
	if rl.TimeScale != l.scale {
		l.window = 0 // a new window length: start counting afresh
	}
	l.perMinute, l.incremental, l.scale = rl.PerMinute, rl.Incremental, rl.TimeScale
	l.mu.Unlock()
}

// Get returns the limits.
func (l *RateLimiter) Get() RateLimits {
	l.mu.Lock()
	defer l.mu.Unlock()
	return RateLimits{PerMinute: l.perMinute, Incremental: l.incremental, TimeScale: l.scale}
}

func isIncremental(path string) bool {
	return strings.HasPrefix(path, "/api/v2/incremental/") || strings.HasPrefix(path, "/api/v2/help_center/incremental/")
}

// Allow counts the request, sets Zendesk's rate-limit headers on the answer, and answers 429
// when over a limit.
func (l *RateLimiter) Allow(w http.ResponseWriter, path string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	length := int64(float64(time.Minute) / l.scale)
	win := now.UnixNano() / length
	if win != l.window {
		l.window, l.used, l.usedIncr = win, 0, 0
	}
	reset := l.seconds(time.Duration((win+1)*length - now.UnixNano()))
	h := w.Header()
	if l.perMinute > 0 {
		l.used++ // refused requests count too
		left := max(l.perMinute-l.used, 0)
		h.Set("X-Rate-Limit", strconv.Itoa(l.perMinute))
		h.Set("X-Rate-Limit-Remaining", strconv.Itoa(left))
		h.Set("ratelimit-limit", strconv.Itoa(l.perMinute))
		h.Set("ratelimit-remaining", strconv.Itoa(left))
		h.Set("ratelimit-reset", reset)
		if l.used > l.perMinute {
			return refuse(w, reset, "APIRateLimitExceeded")
		}
	}
	if l.incremental > 0 && isIncremental(path) {
		l.usedIncr++
		left := max(l.incremental-l.usedIncr, 0)
		h.Set("Zendesk-RateLimit-incremental-exports", "total="+strconv.Itoa(l.incremental)+"; remaining="+strconv.Itoa(left)+"; resets="+reset)
		if l.usedIncr > l.incremental {
			return refuse(w, reset, "TooManyRequests")
		}
	}
	return true
}

// seconds writes a wait as Zendesk does (whole seconds, rounded up); a time-scaled window
// writes it with millisecond precision instead, since its waits are often below a second.
func (l *RateLimiter) seconds(d time.Duration) string {
	if l.scale == 1 {
		return strconv.FormatInt(int64(math.Ceil(d.Seconds())), 10)
	}
	return strconv.FormatFloat(math.Ceil(d.Seconds()*1000)/1000, 'f', -1, 64)
}

func refuse(w http.ResponseWriter, retry, code string) bool {
	w.Header().Set("Retry-After", retry)
	httpjson.Write(w, http.StatusTooManyRequests, map[string]string{"error": code, "description": "Number of allowed API requests per minute exceeded"})
	return false
}
