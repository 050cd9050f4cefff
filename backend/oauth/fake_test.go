package oauth

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"zensync/backend/emulator/emutest"
)

// fakeZendesk is a small stand-in for Zendesk's OAuth and users/me, served at /acme, for unit
// tests that need to steer time and failures precisely. emulator_test.go runs the same flow
// against the real emulator.
type fakeZendesk struct {
	srv *httptest.Server

	mu           sync.Mutex
	clk          *emutest.Clock
	lifetime     time.Duration
	role         string
	deny         bool                             // the authorization page answers error=access_denied
	badState     bool                             // the authorization page sends back another state
	codeExpired  bool                             // every code is refused at the token endpoint (expired or used)
	meAnswer     func(w http.ResponseWriter) bool // when set and true, users/me was answered by it
	codes        map[string]string                // code -> PKCE challenge
	access       map[string]time.Time
	refresh      map[string]string // refresh -> its access token
	refreshCalls int
	revoked      int
}

func newFakeZendesk(t *testing.T) *fakeZendesk {
	// The fake's clock starts at the real time (to the second): the manager under test also reads
	// the wall clock (token expiry from expires_in), so the two must not lie far apart.
	f := &fakeZendesk{clk: emutest.NowClock(), lifetime: time.Hour, role: "admin",
		codes: map[string]string{}, access: map[string]time.Time{}, refresh: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /acme/oauth/authorizations/new", f.authorize)
	mux.HandleFunc("POST /acme/oauth/tokens", f.tokens)
	mux.HandleFunc("GET /acme/api/v2/users/me.json", f.me)
	mux.HandleFunc("DELETE /acme/api/v2/oauth/tokens/current.json", f.revoke)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeZendesk) clock() time.Time { return f.clk.Now() }

func (f *fakeZendesk) advance(d time.Duration) { f.clk.Advance(d) }

func (f *fakeZendesk) template() string { return f.srv.URL + "/{subdomain}" }

func (f *fakeZendesk) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	target, _ := url.Parse(q.Get("redirect_uri"))
	back := url.Values{"state": {q.Get("state")}}
	f.mu.Lock()
	switch {
	case q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" || q.Get("response_type") != "code":
		back.Set("error", "invalid_request")
	case f.deny:
		back.Set("error", "access_denied")
		back.Set("error_description", "The end-user or authorization server denied the request.")
	default:
		code := fmt.Sprintf("code-%d", len(f.codes)+1)
		f.codes[code] = q.Get("code_challenge")
		back.Set("code", code)
		if f.badState {
			back.Set("state", "forged")
		}
	}
	f.mu.Unlock()
	target.RawQuery = back.Encode()
	http.Redirect(w, r, target.String(), http.StatusFound)
}

func (f *fakeZendesk) tokens(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	switch r.PostForm.Get("grant_type") {
	case "authorization_code":
		challenge, ok := f.codes[r.PostForm.Get("code")]
		sum := sha256.Sum256([]byte(r.PostForm.Get("code_verifier")))
		if !ok || challenge == "" || f.codeExpired || base64.RawURLEncoding.EncodeToString(sum[:]) != challenge {
			oauthError(w, "invalid_grant")
			return
		}
		f.codes[r.PostForm.Get("code")] = "" // single use
	case "refresh_token":
		f.refreshCalls++
		old, ok := f.refresh[r.PostForm.Get("refresh_token")]
		if !ok {
			oauthError(w, "invalid_grant")
			return
		}
		delete(f.refresh, r.PostForm.Get("refresh_token"))
		delete(f.access, old)
	default:
		oauthError(w, "unsupported_grant_type")
		return
	}
	n := len(f.access) + len(f.refresh) + f.refreshCalls*100 + len(f.codes)*10000
	now := f.clk.Now()
	access, refresh := fmt.Sprintf("AT-secret-%d-%d", n, now.UnixNano()), fmt.Sprintf("RT-secret-%d-%d", n, now.UnixNano())
	f.access[access] = now.Add(f.lifetime)
	f.refresh[refresh] = access
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"access_token": access, "token_type": "bearer", "scope": "read write", "refresh_token": refresh,
		"expires_in": int(f.lifetime.Seconds()), "refresh_token_expires_in": 30 * 24 * 3600,
	})
}

func oauthError(w http.ResponseWriter, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	_, _ = fmt.Fprintf(w, `{"error":%q,"error_description":"refused"}`, code)
}

// bearer returns the live access token of the request, or answers 401.
func (f *fakeZendesk) bearer(w http.ResponseWriter, r *http.Request) (string, bool) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	f.mu.Lock()
	exp, ok := f.access[tok]
	live := ok && f.clk.Now().Before(exp)
	f.mu.Unlock()
	if !live {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}`))
		return "", false
	}
	return tok, true
}

func (f *fakeZendesk) me(w http.ResponseWriter, r *http.Request) {
	if _, ok := f.bearer(w, r); !ok {
		return
	}
	f.mu.Lock()
	role, answer := f.role, f.meAnswer
	f.mu.Unlock()
	if answer != nil && answer(w) {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = fmt.Fprintf(w, `{"user":{"id":7,"name":"Jane Admin","email":"jane@acme.test","role":%q}}`, role)
}

func (f *fakeZendesk) revoke(w http.ResponseWriter, r *http.Request) {
	tok, ok := f.bearer(w, r)
	if !ok {
		return
	}
	f.mu.Lock()
	delete(f.access, tok)
	for rt, at := range f.refresh {
		if at == tok {
			delete(f.refresh, rt)
		}
	}
	f.revoked++
	f.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// revokeAll kills every token pair, as an admin revoking the grant in Admin Center would.
func (f *fakeZendesk) revokeAll() {
	f.mu.Lock()
	f.access, f.refresh = map[string]time.Time{}, map[string]string{}
	f.mu.Unlock()
}

func (f *fakeZendesk) refreshes() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.refreshCalls
}

// liveTokens counts access tokens Zendesk would still accept.
func (f *fakeZendesk) liveTokens() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.access)
}

// freeAddr returns a loopback address nothing listens on (for the redirect listener).
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// browse plays the browser: it follows authURL through Zendesk's redirect to the loopback
// listener and returns the page the listener answered with.
func browse(t *testing.T, authURL string) (int, string) {
	t.Helper()
	status, page, err := browseErr(authURL)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	return status, page
}

// browseErr is browse for use outside the test goroutine.
func browseErr(authURL string) (int, string, error) {
	resp, err := http.Get(authURL)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp.StatusCode, b.String(), nil
}
