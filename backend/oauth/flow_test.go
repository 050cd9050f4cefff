package oauth

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func newTestFlow(t *testing.T, f *fakeZendesk, limit time.Duration) *Flow {
	t.Helper()
	return NewFlow(FlowConfig{Addr: freeAddr(t), TimeLimit: limit, Now: f.clock})
}

func startFake(t *testing.T, flow *Flow, f *fakeZendesk) (string, func(context.Context) (Token, error)) {
	t.Helper()
	authURL, wait, err := flow.Start(t.Context(), Request{
		Key: "int-1", BaseURL: f.srv.URL + "/acme", ClientID: "zensync_desktop", Scopes: []string{"read", "write"},
	})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	return authURL, wait
}

func TestFlowSignsInWithPKCE(t *testing.T) {
	f := newFakeZendesk(t)
	flow := newTestFlow(t, f, time.Minute)
	authURL, wait := startFake(t, flow, f)

	u, _ := url.Parse(authURL)
	q := u.Query()
	if u.Path != "/acme/oauth/authorizations/new" || q.Get("code_challenge_method") != "S256" ||
		q.Get("client_id") != "zensync_desktop" || q.Get("scope") != "read write" ||
		q.Get("redirect_uri") != flow.RedirectURL() || len(q.Get("state")) < 20 {
		t.Fatalf("authorization URL lacks what Zendesk needs: %s", authURL)
	}
	status, page := browse(t, authURL)
	if status != http.StatusOK || !strings.Contains(page, "You can close this tab and return to Zensync") {
		t.Fatalf("browser got %d %q", status, page)
	}
	tok, err := wait(t.Context())
	if err != nil {
		t.Fatalf("wait: %v", err)
	}
	if !strings.HasPrefix(tok.AccessToken, "AT-") || !strings.HasPrefix(tok.RefreshToken, "RT-") ||
		tok.Scope != "read write" || !tok.Expiry.After(f.clock()) || tok.RefreshExpiry.IsZero() {
		t.Fatalf("token not filled in: expiry %v refresh expiry %v scope %q", tok.Expiry, tok.RefreshExpiry, tok.Scope)
	}
	// Single use: the port is free again and a second redirect finds nobody.
	if _, err := http.Get(flow.RedirectURL() + "?code=x&state=y"); err == nil {
		t.Error("the redirect listener still answers after the sign-in ended")
	}
}

func TestFlowFailures(t *testing.T) {
	viaBrowser := func(_ *Flow, u string) string { _, p, _ := browseErr(u); return p }
	tests := []struct {
		name     string
		setup    func(f *fakeZendesk)
		act      func(flow *Flow, authURL string) (page string)
		want     error
		pageSays string
	}{
		{name: "deny", setup: func(f *fakeZendesk) { f.deny = true }, act: viaBrowser,
			want: ErrDenied, pageSays: "denied"},
		{name: "a forged state is ignored and the sign-in keeps waiting", setup: func(f *fakeZendesk) { f.badState = true },
			act: viaBrowser, want: ErrTimeout, pageSays: "does not belong to the sign-in in progress"},
		{name: "an expired or replayed code", setup: func(f *fakeZendesk) { f.codeExpired = true }, act: viaBrowser,
			want: ErrInvalidGrant, pageSays: "expired or already used"},
		{name: "no answer within the time limit", act: func(*Flow, string) string { return "" }, want: ErrTimeout},
		{name: "cancel", act: func(flow *Flow, _ string) string {
			if !flow.Cancel("int-1") {
				return "Cancel found no sign-in"
			}
			return ""
		}, want: ErrCancelled},
		{name: "a new sign-in replaces this one", act: func(flow *Flow, _ string) string {
			if _, _, err := flow.Start(t.Context(), Request{Key: "int-2", BaseURL: "http://127.0.0.1:1/x", ClientID: "c"}); err != nil {
				return "second Start: " + err.Error()
			}
			flow.Cancel("int-2")
			return ""
		}, want: ErrCancelled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeZendesk(t)
			if tt.setup != nil {
				tt.setup(f)
			}
			flow := newTestFlow(t, f, 500*time.Millisecond)
			authURL, wait := startFake(t, flow, f)
			pages := make(chan string, 1)
			go func() { pages <- tt.act(flow, authURL) }()
			_, err := wait(t.Context())
			if !errors.Is(err, tt.want) {
				t.Fatalf("wait = %v, want %v", err, tt.want)
			}
			page := <-pages
			if tt.pageSays == "" && page != "" {
				t.Fatal(page)
			}
			if !strings.Contains(page, tt.pageSays) {
				t.Errorf("page %q does not say %q", page, tt.pageSays)
			}
		})
	}
}

func TestFlowPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	flow := NewFlow(FlowConfig{Addr: ln.Addr().String()})
	_, _, err = flow.Start(t.Context(), Request{Key: "a", BaseURL: "http://127.0.0.1:1/x", ClientID: "c"})
	var pe *PortInUseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrPortInUse) {
		t.Fatalf("Start = %v, want a PortInUseError", err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	want := "Port " + port + " is in use — close the other program or change the OAuth port"
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err.Error(), want)
	}
}

func TestFlowEndsWhenItsContextEnds(t *testing.T) {
	f := newFakeZendesk(t)
	flow := newTestFlow(t, f, time.Minute)
	ctx, cancel := context.WithCancel(t.Context())
	_, wait, err := flow.Start(ctx, Request{Key: "a", BaseURL: f.srv.URL + "/acme", ClientID: "c"})
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	if _, err := wait(t.Context()); !errors.Is(err, ErrCancelled) || !errors.Is(err, context.Canceled) {
		t.Fatalf("wait = %v, want ErrCancelled", err)
	}
}

func TestFlowAnswersOtherPathsWith404(t *testing.T) {
	f := newFakeZendesk(t)
	flow := newTestFlow(t, f, time.Minute)
	startFake(t, flow, f)
	defer flow.Cancel("int-1")
	resp, err := http.Get(strings.Replace(flow.RedirectURL(), "/oauth/callback", "/favicon.ico", 1))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("status = %d, want 404", resp.StatusCode)
	}
}
