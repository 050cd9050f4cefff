package emulator

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/seed"
)

// idEnv is a running emulator with one small account "demo", reached over real HTTP.
type idEnv struct {
	t     testing.TB
	srv   *Server
	acct  *Account
	http  *httptest.Server
	clock *emutest.Clock
}

// newIDEnv starts the account's clock at the real time (to the second), so nothing the emulator
// derives from it meets the wall clock far apart (cookie jars, oauth2's token expiry).
func newIDEnv(t testing.TB) *idEnv {
	t.Helper()
	return newIDEnvAt(t, time.Now().UTC().Truncate(time.Second))
}

// newIDEnvAt is newIDEnv with the account's clock starting at start: tests that prove the
// emulator's clock never leaks into what a browser judges by the wall clock pass a start far
// from now.
func newIDEnvAt(t testing.TB, start time.Time) *idEnv {
	t.Helper()
	clk := emutest.NewClock(start)
	srv, acct, ts := startEmulator(t, Options{Clock: clk.Now}, "demo", SeedConfig{Tickets: -1, Users: 5, Organizations: 1, Groups: 1, Articles: -1})
	return &idEnv{t: t, srv: srv, acct: acct, http: ts, clock: clk}
}

func (e *idEnv) url(path string) string { return e.http.URL + path }

// agent returns a seeded agent (not an admin).
func (e *idEnv) agent() User {
	for id := seed.UserBase + 1; id < seed.UserBase+10; id++ {
		if u, ok := e.acct.UserByID(id); ok && u.Role == "agent" {
			return u
		}
	}
	e.t.Fatal("no agent seeded")
	return User{}
}

// browser is an http.Client with a cookie jar that follows redirects within the emulator but
// stops at any other host (the app's redirect URI is not listening in these tests).
func (e *idEnv) browser() *http.Client {
	jar, _ := cookiejar.New(nil)
	host := strings.TrimPrefix(e.http.URL, "http://")
	return &http.Client{Jar: jar, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if req.URL.Host != host {
			return http.ErrUseLastResponse
		}
		return nil
	}}
}

// do sends a request and returns status, headers and body.
func (e *idEnv) do(c *http.Client, method, rawURL, contentType string, body io.Reader, hdr map[string]string) (int, http.Header, []byte) {
	e.t.Helper()
	req, err := http.NewRequest(method, rawURL, body)
	if err != nil {
		e.t.Fatalf("new request: %v", err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		e.t.Fatalf("%s %s: %v", method, rawURL, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

func (e *idEnv) postForm(c *http.Client, path string, v url.Values) (int, http.Header, []byte) {
	return e.do(c, "POST", e.url(path), "application/x-www-form-urlencoded", strings.NewReader(v.Encode()), nil)
}

func (e *idEnv) postJSON(path string, v any, hdr map[string]string) (int, []byte) {
	b, _ := json.Marshal(v)
	st, _, body := e.do(nil, "POST", e.url(path), "application/json", bytes.NewReader(b), hdr)
	return st, body
}

func (e *idEnv) api(method, path, token string, v any) (int, []byte) {
	var body io.Reader
	if v != nil {
		b, _ := json.Marshal(v)
		body = bytes.NewReader(b)
	}
	st, _, b := e.do(nil, method, e.url(path), "application/json", body, map[string]string{"Authorization": "Bearer " + token})
	return st, b
}

// controlToken issues a token pair through the control API.
func (e *idEnv) controlToken(email, scope string) (access, refresh string) {
	e.t.Helper()
	st, b := e.postJSON("/_emulator/demo/tokens", map[string]string{"email": email, "scope": scope}, nil)
	if st != http.StatusOK {
		e.t.Fatalf("control token: %d %s", st, b)
	}
	var out struct {
		AccessToken  string `json:"access_token"`
		RefreshToken string `json:"refresh_token"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		e.t.Fatalf("decode: %v", err)
	}
	return out.AccessToken, out.RefreshToken
}

// latestCode reads the newest 2FA code mailed to email from the outbox.
func (e *idEnv) latestCode(email string) string {
	e.t.Helper()
	st, _, b := e.do(nil, "GET", e.url("/_emulator/demo/outbox?to="+url.QueryEscape(email)), "", nil, nil)
	var mails []auth.OutboxMail
	if st != http.StatusOK || json.Unmarshal(b, &mails) != nil || len(mails) == 0 {
		e.t.Fatalf("outbox: %d %s", st, b)
	}
	return mails[len(mails)-1].Code
}

var hiddenRE = regexp.MustCompile(`<input type="hidden" name="([^"]+)" value="([^"]*)">`)

// hiddenFields reads a page's hidden inputs.
func hiddenFields(page []byte) url.Values {
	v := url.Values{}
	for _, m := range hiddenRE.FindAllSubmatch(page, -1) {
		v.Set(string(m[1]), html.UnescapeString(string(m[2])))
	}
	return v
}

// pkcePair returns a verifier and its S256 challenge.
func pkcePair(seed string) (verifier, challenge string) {
	verifier = strings.Repeat(seed+"-", 64)[:64]
	sum := sha256.Sum256([]byte(verifier))
	return verifier, base64.RawURLEncoding.EncodeToString(sum[:])
}

// authorizeURL is the app's authorization link for the seeded client.
func (e *idEnv) authorizeURL(challenge, state string) string {
	q := url.Values{
		"response_type": {"code"}, "client_id": {auth.SeededClientID}, "redirect_uri": {auth.DefaultRedirectURL},
		"scope": {"read write"}, "state": {state}, "code_challenge": {challenge}, "code_challenge_method": {"S256"},
	}
	return e.url("/demo/oauth/authorizations/new?" + q.Encode())
}

// signInToAllow plays sign-in and 2FA in browser c and returns the Allow page.
func (e *idEnv) signInToAllow(c *http.Client, authorize, email string) []byte {
	e.t.Helper()
	st, _, page := e.do(c, "GET", authorize, "", nil, nil)
	if st != http.StatusOK || !bytes.Contains(page, []byte(">Sign in</button>")) {
		e.t.Fatalf("sign-in page: %d %s", st, page)
	}
	form := url.Values{"email": {email}, "password": {DefaultPassword}, "return_to": {hiddenFields(page).Get("return_to")}}
	st, _, page = e.postForm(c, "/demo/access/login", form)
	if st != http.StatusOK || !bytes.Contains(page, []byte("Enter the verification code we emailed you")) {
		e.t.Fatalf("2FA page: %d %s", st, page)
	}
	form = url.Values{"challenge": {hiddenFields(page).Get("challenge")}, "code": {e.latestCode(email)}}
	st, _, page = e.postForm(c, "/demo/access/verify", form)
	if st != http.StatusOK || !bytes.Contains(page, []byte(">Allow</button>")) {
		e.t.Fatalf("Allow page after 2FA: %d %s", st, page)
	}
	return page
}

// decide submits the Allow page with decision and returns the redirect's query.
func (e *idEnv) decide(c *http.Client, allowPage []byte, decision string) url.Values {
	e.t.Helper()
	form := hiddenFields(allowPage)
	form.Set("decision", decision)
	st, hdr, body := e.postForm(c, "/demo/oauth/authorizations", form)
	if st != http.StatusFound {
		e.t.Fatalf("decision %s: %d %s", decision, st, body)
	}
	loc, err := url.Parse(hdr.Get("Location"))
	if err != nil || !strings.HasPrefix(loc.String(), auth.DefaultRedirectURL+"?") {
		e.t.Fatalf("redirect to %q, want the client's redirect URI", hdr.Get("Location"))
	}
	return loc.Query()
}

// exchange posts the authorization_code grant.
func (e *idEnv) exchange(code, verifier string) (int, map[string]any) {
	st, b := e.postJSON("/demo/oauth/tokens", map[string]string{
		"grant_type": "authorization_code", "code": code, "client_id": auth.SeededClientID,
		"redirect_uri": auth.DefaultRedirectURL, "code_verifier": verifier,
	}, nil)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return st, out
}

func decodeMap(t testing.TB, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return m
}
