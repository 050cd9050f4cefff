package auth_test

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator/auth"
)

func TestBrowserSignInWith2FAThenAllowGivesWorkingTokens(t *testing.T) {
	e := newFlow(t)
	c := e.browser()
	verifier, challenge := pkcePair("v")
	allow := e.signInToAllow(c, e.authorizeURL(challenge, "st-1"), "admin@demo.test")
	if !bytes.Contains(allow, []byte("Allow Zensync to access your account?")) || !bytes.Contains(allow, []byte(">Deny</button>")) {
		t.Fatalf("Allow page does not name the client or lacks Deny:\n%s", allow)
	}
	q := e.decide(c, allow, "allow")
	if q.Get("state") != "st-1" || len(q.Get("code")) < 20 {
		t.Fatalf("redirect query = %v, want code and state st-1", q)
	}
	st, tok := e.exchange(q.Get("code"), verifier)
	if st != http.StatusOK {
		t.Fatalf("token exchange: %d %v", st, tok)
	}
	for _, k := range []string{"access_token", "refresh_token", "scope", "token_type", "expires_in", "refresh_token_expires_in"} {
		if _, ok := tok[k]; !ok {
			t.Errorf("token answer lacks %q: %v", k, tok)
		}
	}
	if tok["token_type"] != "bearer" || tok["scope"] != "read write" || tok["expires_in"] != float64(7200) {
		t.Errorf("token answer = %v, want bearer, read write, 7200 s", tok)
	}
	if st, b := e.API("GET", "/demo/api/v2/webhooks", tok["access_token"].(string), nil); st != http.StatusOK {
		t.Fatalf("API call with the new token: %d %s", st, b)
	}

	t.Run("a signed-in browser goes straight to Allow", func(t *testing.T) {
		_, ch2 := pkcePair("w")
		st, _, page := e.Raw(c, "GET", e.authorizeURL(ch2, "st-2"), "", nil, nil)
		if st != http.StatusOK || !bytes.Contains(page, []byte(">Allow</button>")) || bytes.Contains(page, []byte("Password")) {
			t.Fatalf("second authorization: %d, want the Allow page directly:\n%s", st, page)
		}
	})
	t.Run("the session cookie is scoped to the account prefix", func(t *testing.T) {
		u, _ := url.Parse(e.URL("/demo/oauth/authorizations/new"))
		if len(c.Jar.Cookies(u)) != 1 {
			t.Fatalf("cookies under /demo = %v", c.Jar.Cookies(u))
		}
		other, _ := url.Parse(e.URL("/other/oauth/authorizations/new"))
		if len(c.Jar.Cookies(other)) != 0 {
			t.Fatalf("session cookie leaks to /other: %v", c.Jar.Cookies(other))
		}
	})
}

func TestSignInMistakesShowThePageAgainWithAMessage(t *testing.T) {
	e := newFlow(t)
	c := e.browser()
	_, challenge := pkcePair("v")
	st, _, page := e.Raw(c, "GET", e.authorizeURL(challenge, "s"), "", nil, nil)
	if st != http.StatusOK {
		t.Fatalf("sign-in page: %d", st)
	}
	returnTo := hiddenFields(page).Get("return_to")
	for _, label := range []string{`<label for="email">Email</label>`, `<label for="password">Password</label>`} {
		if !bytes.Contains(page, []byte(label)) {
			t.Errorf("sign-in page lacks %s", label)
		}
	}

	_, _, page = e.postForm(c, "/demo/access/login", url.Values{"email": {"admin@demo.test"}, "password": {"wrong"}, "return_to": {returnTo}})
	if !bytes.Contains(page, []byte("Invalid email or password.")) || !bytes.Contains(page, []byte(">Sign in</button>")) {
		t.Fatalf("wrong password: want the sign-in page with a message:\n%s", page)
	}
	if hiddenFields(page).Get("return_to") != returnTo {
		t.Fatalf("wrong password lost return_to")
	}

}

// Each case signs in, waits, then submits the codes in turn; the page after the last one is
// checked.
func TestVerificationCodes(t *testing.T) {
	const wrong = "000000x"
	cases := []struct {
		name  string
		wait  time.Duration
		codes []string // "" stands for the code mailed to the user
		want  []string
	}{
		{"a wrong code shows the code page again with a message", 0, []string{wrong},
			[]string{"That verification code is not valid. Try again.", `<label for="code">Verification code</label>`}},
		{"the right code after a wrong one goes on to Allow", 0, []string{wrong, ""}, []string{">Allow</button>"}},
		{"an expired code sends back to sign-in", auth.VerificationLifetime + time.Second, []string{""},
			[]string{"Your verification code has expired"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newFlow(t)
			c := e.browser()
			_, challenge := pkcePair("v")
			id := hiddenFields(e.signInToCode(c, e.authorizeURL(challenge, "s"), "admin@demo.test")).Get("challenge")
			e.Clock.Advance(tc.wait)
			var page []byte
			for _, code := range tc.codes {
				if code == "" {
					code = e.latestCode("admin@demo.test")
				}
				_, _, page = e.verify(c, id, code)
			}
			for _, want := range tc.want {
				if !bytes.Contains(page, []byte(want)) {
					t.Fatalf("page lacks %q:\n%s", want, page)
				}
			}
		})
	}
}

func TestDenyRedirectsWithAccessDenied(t *testing.T) {
	e := newFlow(t)
	c := e.browser()
	_, challenge := pkcePair("v")
	q := e.decide(c, e.signInToAllow(c, e.authorizeURL(challenge, "deny-state"), "admin@demo.test"), "deny")
	if q.Get("error") != "access_denied" || q.Get("error_description") == "" || q.Get("state") != "deny-state" || q.Has("code") {
		t.Fatalf("deny redirect query = %v", q)
	}
}

func TestAuthorizationRequestsThatAreRefused(t *testing.T) {
	e := newFlow(t)
	_, challenge := pkcePair("v")
	cases := []struct {
		name      string
		change    func(url.Values)
		wantPage  bool   // a 400 page, no redirect
		wantError string // error= on the redirect
	}{
		{"unknown client", func(v url.Values) { v.Set("client_id", "nope") }, true, ""},
		{"redirect URI not registered", func(v url.Values) { v.Set("redirect_uri", "http://127.0.0.1:47600/other") }, true, ""},
		{"public client without PKCE", func(v url.Values) { v.Del("code_challenge"); v.Del("code_challenge_method") }, false, "invalid_request"},
		{"plain PKCE method", func(v url.Values) { v.Set("code_challenge_method", "plain") }, false, "invalid_request"},
		{"unknown scope", func(v url.Values) { v.Set("scope", "read everything") }, false, "invalid_scope"},
		{"implicit grant", func(v url.Values) { v.Set("response_type", "token") }, false, "unsupported_response_type"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := authorizeQuery(challenge, "s", "read")
			tc.change(v)
			st, hdr, body := e.Raw(e.browser(), "GET", e.URL("/demo/oauth/authorizations/new?"+v.Encode()), "", nil, nil)
			if tc.wantPage {
				if st != http.StatusBadRequest || !bytes.Contains(body, []byte("This sign-in link is not valid")) {
					t.Fatalf("got %d %s, want a 400 page", st, body)
				}
				return
			}
			loc, _ := url.Parse(hdr.Get("Location"))
			if st != http.StatusFound || !strings.HasPrefix(loc.String(), auth.DefaultRedirectURL) || loc.Query().Get("error") != tc.wantError {
				t.Fatalf("got %d Location %q, want a redirect with error=%s", st, loc, tc.wantError)
			}
		})
	}
}
