package zendesk

import (
	"net/http"
	"testing"
	"time"
)

func TestParseRateLimit(t *testing.T) {
	at := time.Unix(1_700_000_000, 0)
	cases := []struct {
		name    string
		status  int
		headers map[string]string
		account Limit
		export  Limit
		retry   time.Duration
	}{
		{"classic headers only", 200, map[string]string{"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "699"},
			Limit{Known: true, Total: 700, Remaining: 699}, Limit{}, 0},
		{"ratelimit-* with reset", 200, map[string]string{"ratelimit-limit": "400", "ratelimit-remaining": "12", "ratelimit-reset": "41"},
			Limit{Known: true, Total: 400, Remaining: 12, Reset: 41 * time.Second}, Limit{}, 0},
		{"export header, scaled reset", 200, map[string]string{"Zendesk-RateLimit-incremental-exports": "total=10; remaining=3; resets=0.25"},
			Limit{}, Limit{Known: true, Total: 10, Remaining: 3, Reset: 250 * time.Millisecond}, 0},
		{"429 with Retry-After", 429, map[string]string{"Retry-After": "7", "X-Rate-Limit": "200", "X-Rate-Limit-Remaining": "0"},
			Limit{Known: true, Total: 200}, Limit{}, 7 * time.Second},
		{"unreadable values are unknown", 200, map[string]string{"X-Rate-Limit": "many", "Zendesk-RateLimit-incremental-exports": "total=ten"},
			Limit{}, Limit{}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range c.headers {
				h.Set(k, v)
			}
			rl := ParseRateLimit(h, c.status, "/api/v2/x", at)
			if rl.Account != c.account || rl.Export != c.export || rl.RetryAfter != c.retry {
				t.Errorf("got account %+v export %+v retry %s", rl.Account, rl.Export, rl.RetryAfter)
			}
		})
	}
	if !IsExport("/acme/api/v2/incremental/tickets/cursor.json") || IsExport("/acme/api/v2/tickets/1.json") {
		t.Error("IsExport")
	}
}
