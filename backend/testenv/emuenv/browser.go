package emuenv

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"time"

	"zensync/backend/emulator"
)

// Page is what a browser shows after a request: where it landed, the status, headers and body.
type Page struct {
	URL    *url.URL
	Status int
	Header http.Header
	Body   string
}

var (
	formActionRE = regexp.MustCompile(`<form method="post" action="([^"]+)"`)
	hiddenRE     = regexp.MustCompile(`<input type="hidden" name="([^"]+)" value="([^"]*)">`)
)

// NewBrowser is an HTTP client with a cookie jar, as a browser keeps a sign-in session.
func NewBrowser() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 10 * time.Second}
}

// Open gets u in browser c and returns where it lands.
func Open(c *http.Client, u string) (Page, error) {
	resp, err := c.Get(u)
	if err != nil {
		return Page{}, err
	}
	return read(resp)
}

// Submit posts the page's form (its hidden fields plus fields) in browser c and returns where
// it lands.
func (p Page) Submit(c *http.Client, fields url.Values) (Page, error) {
	m := formActionRE.FindStringSubmatch(p.Body)
	if m == nil {
		return Page{}, fmt.Errorf("no form on %s: %.300s", p.URL, p.Body)
	}
	form := url.Values{}
	for _, h := range hiddenRE.FindAllStringSubmatch(p.Body, -1) {
		form.Set(h[1], html.UnescapeString(h[2]))
	}
	for k, v := range fields {
		form[k] = v
	}
	target, err := p.URL.Parse(html.UnescapeString(m[1]))
	if err != nil {
		return Page{}, err
	}
	resp, err := c.PostForm(target.String(), form)
	if err != nil {
		return Page{}, err
	}
	return read(resp)
}

func read(resp *http.Response) (Page, error) {
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return Page{URL: resp.Request.URL, Status: resp.StatusCode, Header: resp.Header, Body: string(b)}, err
}

// SignIn plays the person with email in browser c on the emulator at base: it opens authURL
// (an OAuth authorization URL of account sub), signs in with the seeded password, reads the 2FA
// code from the account's outbox, verifies it, and returns the Allow page. It fails with an
// error rather than the test, so it can run outside the test goroutine.
func SignIn(c *http.Client, base, sub, authURL, email string) (Page, error) {
	p, err := Open(c, authURL)
	if err != nil {
		return Page{}, err
	}
	if !strings.Contains(p.Body, "Sign in") {
		return p, fmt.Errorf("not the sign-in page: %.300s", p.Body)
	}
	p, err = p.Submit(c, url.Values{"email": {email}, "password": {emulator.DefaultPassword}})
	if err != nil {
		return p, err
	}
	var mails []struct {
		Code string `json:"code"`
	}
	resp, err := http.Get(base + "/_emulator/" + sub + "/outbox?to=" + url.QueryEscape(email))
	if err != nil {
		return p, err
	}
	err = json.NewDecoder(resp.Body).Decode(&mails)
	resp.Body.Close()
	if err != nil || len(mails) == 0 {
		return p, fmt.Errorf("no 2FA code in the outbox (%v)", err)
	}
	p, err = p.Submit(c, url.Values{"code": {mails[len(mails)-1].Code}})
	if err != nil {
		return p, err
	}
	if !strings.Contains(p.Body, ">Allow</button>") {
		return p, fmt.Errorf("no Allow page after 2FA: %.300s", p.Body)
	}
	return p, nil
}
