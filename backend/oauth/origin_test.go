package oauth

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/zendesk"
)

// otherHost is a second server (another port: another origin) that records what reaches it.
type otherHost struct {
	srv  *httptest.Server
	mu   sync.Mutex
	auth []string
}

func newOtherHost(t *testing.T) *otherHost {
	o := &otherHost{}
	o.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		o.auth = append(o.auth, r.Header.Get("Authorization"))
		o.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"user":{"id":1,"name":"x","email":"x@x.test","role":"admin"}}`))
	}))
	t.Cleanup(o.srv.Close)
	return o
}

func (o *otherHost) requests() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]string(nil), o.auth...)
}

func TestTheTokenNeverFollowsARedirectToAnotherHost(t *testing.T) {
	for _, status := range []int{http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			f, _, c := connectedClient(t)
			other := newOtherHost(t)
			f.mu.Lock()
			f.meAnswer = func(w http.ResponseWriter) bool {
				w.Header().Set("Location", other.srv.URL+"/api/v2/users/me.json")
				w.WriteHeader(status)
				return true
			}
			f.mu.Unlock()
			_, err := c.Me(t.Context())
			if !errors.Is(err, zendesk.ErrForeignURL) || !strings.Contains(err.Error(), "refusing to send the token") {
				t.Errorf("Me after a redirect to another host = %v, want a refusal", err)
			}
			for _, a := range other.requests() {
				if a != "" {
					t.Fatalf("the other host received Authorization %q", a)
				}
			}
		})
	}
}

func TestTheBearerTransportRefusesAnotherOrigin(t *testing.T) {
	f, h, c := connectedClient(t)
	other := newOtherHost(t)
	// Called directly (no redirect): the transport itself refuses.
	tr := &bearerTransport{m: h.m, in: h.in, origin: mustURL(t, c.BaseURL()), base: http.DefaultTransport}
	for _, target := range []string{other.srv.URL + "/x", strings.Replace(f.srv.URL, "http://", "https://", 1) + "/acme/x"} {
		req, _ := http.NewRequest(http.MethodGet, target, nil)
		if resp, err := tr.RoundTrip(req); !errors.Is(err, zendesk.ErrForeignURL) {
			if resp != nil {
				resp.Body.Close()
			}
			t.Errorf("RoundTrip(%s) = %v, want ErrForeignURL", target, err)
		}
	}
	if got := other.requests(); len(got) != 0 {
		t.Errorf("the other host got %d requests", len(got))
	}
	// Same origin still works.
	if _, err := c.Me(t.Context()); err != nil {
		t.Errorf("Me on the account = %v", err)
	}
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// A token refresh re-sends its form (the refresh token) on a 307/308; the Manager must not
// follow it to another host.
func TestATokenRefreshDoesNotFollowARedirectToAnotherHost(t *testing.T) {
	var mu sync.Mutex
	var leaked []string
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		mu.Lock()
		leaked = append(leaked, r.PostForm.Get("refresh_token")+r.Header.Get("Authorization"))
		mu.Unlock()
	}))
	defer other.Close()
	account := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+r.URL.Path, http.StatusTemporaryRedirect)
	}))
	defer account.Close()
	now := func() time.Time { return time.Unix(1_800_000_000, 0) }
	h := newHarness(t, account.URL+"/{subdomain}", now)
	expired := Token{AccessToken: "AT-old", RefreshToken: "RT-secret", Expiry: now().Add(-time.Minute), IssuedAt: now().Add(-time.Hour)}
	if err := (tokenStore{secrets: h.sec}).save(t.Context(), h.in.ID, expired); err != nil {
		t.Fatal(err)
	}
	c, err := h.m.Client(t.Context(), h.in)
	if err == nil {
		_, err = c.Me(t.Context())
	}
	if !errors.Is(err, zendesk.ErrForeignURL) {
		t.Errorf("a call whose refresh is redirected = %v, want a refused redirect", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(leaked) != 0 {
		t.Errorf("the other host received %q", leaked)
	}
}
