package auth_test

import (
	"bytes"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/emutest"
)

// setCookieRecorder is an http.RoundTripper that keeps every Set-Cookie header it sees, so a
// test can read what the emulator told the browser (a cookie jar hides Expires and Max-Age).
type setCookieRecorder struct {
	mu   sync.Mutex
	seen []string
}

func (r *setCookieRecorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil {
		r.mu.Lock()
		r.seen = append(r.seen, resp.Header.Values("Set-Cookie")...)
		r.mu.Unlock()
	}
	return resp, err
}

func (r *setCookieRecorder) sessionCookies() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, c := range r.seen {
		if strings.HasPrefix(c, auth.SessionCookie+"=") {
			out = append(out, c)
		}
	}
	return out
}

// The account's clock may be anywhere (tests and the control API move it): the sign-in still
// works through a real cookie jar, which judges cookies by the wall clock, and the cookie
// carries no absolute time taken from the account's clock.
func TestSignInWorksWhateverTheAccountClockSays(t *testing.T) {
	now := time.Now().UTC().Truncate(time.Second)
	for _, tc := range []struct {
		name  string
		start time.Time
	}{
		{"a month behind the computer", now.AddDate(0, -1, 0)},
		{"on the computer's time", now},
		{"a year ahead of the computer", now.AddDate(1, 0, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newFlowAt(t, tc.start)
			c := e.browser()
			rec := &setCookieRecorder{}
			c.Transport = rec
			_, challenge := pkcePair("v")
			allow := e.signInToAllow(c, e.authorizeURL(challenge, "s"), "admin@demo.test")
			if q := e.decide(c, allow, "allow"); q.Get("code") == "" {
				t.Fatalf("Allow gave no code: %v", q)
			}
			set := rec.sessionCookies()
			if len(set) != 1 {
				t.Fatalf("Set-Cookie %s = %q, want exactly one", auth.SessionCookie, set)
			}
			lower := strings.ToLower(set[0])
			if strings.Contains(lower, "expires=") || strings.Contains(lower, "max-age=") {
				t.Fatalf("session cookie %q carries a lifetime; want a browser-session cookie checked on the server", set[0])
			}
		})
	}
}

// The session's 8 hours run on the account's clock and are enforced by the server: advancing the
// clock through the control API ends the session even though the browser still holds the cookie.
func TestSignInSessionEndsOnTheServerWhenTheAccountClockPassesItsLifetime(t *testing.T) {
	for _, tc := range []struct {
		name     string
		advance  time.Duration
		signedIn bool
	}{
		{"a minute before the end", auth.SignInSessionLife - time.Minute, true},
		{"at the end", auth.SignInSessionLife, false},
		{"a day later", 24 * time.Hour, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newFlow(t)
			c := e.browser()
			_, challenge := pkcePair("v")
			allow := e.signInToAllow(c, e.authorizeURL(challenge, "s"), "admin@demo.test")

			st, b := e.PostJSON("/_emulator/demo/clock", map[string]int64{"advance_seconds": int64(tc.advance / time.Second)}, nil)
			if st != http.StatusOK {
				t.Fatalf("advance the clock: %d %s", st, b)
			}
			st, _, page := e.Raw(c, "GET", e.authorizeURL(challenge, "s2"), "", nil, nil)
			if st != http.StatusOK {
				t.Fatalf("authorization page: %d %s", st, page)
			}
			gotAllow := bytes.Contains(page, []byte(">Allow</button>"))
			gotSignIn := bytes.Contains(page, []byte(">Sign in</button>"))
			if tc.signedIn && !gotAllow {
				t.Fatalf("still within the session: want the Allow page, got:\n%s", page)
			}
			if !tc.signedIn && (!gotSignIn || gotAllow) {
				t.Fatalf("session over: want the sign-in page, got:\n%s", page)
			}
			if tc.signedIn {
				return
			}
			// The Allow form the browser still shows is refused too: it goes back to sign-in and
			// no code is handed out.
			form := hiddenFields(allow)
			form.Set("decision", "allow")
			noFollow := emutest.NoFollow()
			noFollow.Jar = c.Jar
			st, hdr, body := e.postForm(noFollow, "/demo/oauth/authorizations", form)
			loc := hdr.Get("Location")
			if st != http.StatusSeeOther || !strings.Contains(loc, "/demo/access/login?") || strings.Contains(loc, "code=") {
				t.Fatalf("Allow after the session ended: %d Location %q %s", st, loc, body)
			}
		})
	}
}
