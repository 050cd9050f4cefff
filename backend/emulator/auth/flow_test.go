package auth_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"html"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/emutest"
)

// flow is the emulator's "demo" account (emutest.NewDemo) with the steps of the browser sign-in
// and OAuth flow.
type flow struct{ *emutest.Env }

func newFlow(t testing.TB) flow { return flow{emutest.NewDemo(t)} }

func newFlowAt(t testing.TB, start time.Time) flow { return flow{emutest.NewDemoAt(t, start)} }

// browser is an http.Client with a cookie jar that follows redirects within the emulator but
// stops at any other host (the app's redirect URI is not listening in these tests).
func (e flow) browser() *http.Client {
	jar, _ := cookiejar.New(nil)
	host := strings.TrimPrefix(e.TS.URL, "http://")
	return &http.Client{Jar: jar, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if req.URL.Host != host {
			return http.ErrUseLastResponse
		}
		return nil
	}}
}

func (e flow) postForm(c *http.Client, path string, v url.Values) (int, http.Header, []byte) {
	return e.Raw(c, "POST", e.URL(path), "application/x-www-form-urlencoded", strings.NewReader(v.Encode()), nil)
}

// latestCode reads the newest 2FA code mailed to email from the outbox.
func (e flow) latestCode(email string) string {
	e.T.Helper()
	st, _, b := e.Raw(nil, "GET", e.URL("/_emulator/demo/outbox?to="+url.QueryEscape(email)), "", nil, nil)
	var mails []auth.OutboxMail
	if st != http.StatusOK || json.Unmarshal(b, &mails) != nil || len(mails) == 0 {
		e.T.Fatalf("outbox: %d %s", st, b)
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

// authorizeQuery is the query of the seeded client's authorization link for scope, with a
// PKCE S256 challenge.
func authorizeQuery(challenge, state, scope string) url.Values {
	return url.Values{
		"response_type": {"code"}, "client_id": {auth.SeededClientID}, "redirect_uri": {auth.DefaultRedirectURL},
		"scope": {scope}, "state": {state}, "code_challenge": {challenge}, "code_challenge_method": {"S256"},
	}
}

// authorizeURL is the app's authorization link for the seeded client.
func (e flow) authorizeURL(challenge, state string) string {
	return e.URL("/demo/oauth/authorizations/new?" + authorizeQuery(challenge, state, "read write").Encode())
}

// signInToCode opens authorize in browser c, signs in as email with the right password and
// returns the 2FA page.
func (e flow) signInToCode(c *http.Client, authorize, email string) []byte {
	e.T.Helper()
	st, _, page := e.Raw(c, "GET", authorize, "", nil, nil)
	if st != http.StatusOK || !bytes.Contains(page, []byte(">Sign in</button>")) {
		e.T.Fatalf("sign-in page: %d %s", st, page)
	}
	form := url.Values{"email": {email}, "password": {emulator.DefaultPassword}, "return_to": {hiddenFields(page).Get("return_to")}}
	st, _, page = e.postForm(c, "/demo/access/login", form)
	if st != http.StatusOK || !bytes.Contains(page, []byte("Enter the verification code we emailed you")) {
		e.T.Fatalf("2FA page: %d %s", st, page)
	}
	return page
}

// verify submits code for the 2FA challenge in browser c.
func (e flow) verify(c *http.Client, challenge, code string) (int, http.Header, []byte) {
	return e.postForm(c, "/demo/access/verify", url.Values{"challenge": {challenge}, "code": {code}})
}

// signInToAllow plays sign-in and 2FA in browser c and returns the Allow page.
func (e flow) signInToAllow(c *http.Client, authorize, email string) []byte {
	e.T.Helper()
	page := e.signInToCode(c, authorize, email)
	st, _, page := e.verify(c, hiddenFields(page).Get("challenge"), e.latestCode(email))
	if st != http.StatusOK || !bytes.Contains(page, []byte(">Allow</button>")) {
		e.T.Fatalf("Allow page after 2FA: %d %s", st, page)
	}
	return page
}

// decide submits the seeded client's Allow page with decision and returns the redirect's query.
func (e flow) decide(c *http.Client, allowPage []byte, decision string) url.Values {
	e.T.Helper()
	return e.decideTo(c, allowPage, decision, auth.DefaultRedirectURL)
}

// decideTo submits the Allow page with decision and returns the query of the redirect, which
// must go to redirectURI.
func (e flow) decideTo(c *http.Client, allowPage []byte, decision, redirectURI string) url.Values {
	e.T.Helper()
	form := hiddenFields(allowPage)
	form.Set("decision", decision)
	st, hdr, body := e.postForm(c, "/demo/oauth/authorizations", form)
	if st != http.StatusFound {
		e.T.Fatalf("decision %s: %d %s", decision, st, body)
	}
	loc, err := url.Parse(hdr.Get("Location"))
	if err != nil || !strings.HasPrefix(loc.String(), redirectURI+"?") {
		e.T.Fatalf("redirect to %q, want the client's redirect URI", hdr.Get("Location"))
	}
	return loc.Query()
}

// codeGrant is the seeded client's authorization_code grant for code and its PKCE verifier.
func codeGrant(code, verifier string) map[string]string {
	return map[string]string{
		"grant_type": "authorization_code", "code": code, "client_id": auth.SeededClientID,
		"redirect_uri": auth.DefaultRedirectURL, "code_verifier": verifier,
	}
}

// refreshGrant is the seeded client's refresh_token grant.
func refreshGrant(refresh string) map[string]string {
	return map[string]string{"grant_type": "refresh_token", "refresh_token": refresh, "client_id": auth.SeededClientID}
}

// postToken posts the grant p to /oauth/tokens as a form (what golang.org/x/oauth2, and so
// Zensync, sends) when asForm, else as JSON.
func (e flow) postToken(p map[string]string, asForm bool) (int, []byte) {
	if !asForm {
		return e.PostJSON("/demo/oauth/tokens", p, nil)
	}
	form := url.Values{}
	for k, v := range p {
		form.Set(k, v)
	}
	st, _, b := e.postForm(nil, "/demo/oauth/tokens", form)
	return st, b
}

// exchange posts the authorization_code grant as JSON.
func (e flow) exchange(code, verifier string) (int, map[string]any) {
	st, b := e.postToken(codeGrant(code, verifier), false)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return st, out
}
