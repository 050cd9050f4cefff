package oauth

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"zensync/backend/testenv"
)

// get requests u over real HTTP and returns the status and (bounded) body.
func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, string(b)
}

func stateOf(t *testing.T, authURL string) string {
	t.Helper()
	u, err := url.Parse(authURL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query().Get("state")
}

func TestCallbackIgnoresRequestsWithoutItsState(t *testing.T) {
	f := newFakeZendesk(t)
	flow := newTestFlow(t, f, time.Minute)
	authURL, wait := startFake(t, flow, f)
	state := stateOf(t, authURL)
	forged := []string{
		"?error=access_denied", // what an <img> on any web page can send
		"?error=access_denied&state=",
		"?error=access_denied&state=" + url.QueryEscape(state+"x"),
		"?error=invalid_scope&error_description=" + strings.Repeat("A", 5000),
		"?code=code-1",
		"?code=code-1&state=forged",
		"?state=" + url.QueryEscape(state[:len(state)-1]),
		"",
	}
	for _, q := range forged {
		status, page := get(t, flow.RedirectURL()+q)
		if status != http.StatusBadRequest || !strings.Contains(page, "does not belong to the sign-in in progress") {
			t.Errorf("%q: got %d %q", q, status, page)
		}
		if strings.Contains(page, "access_denied") || strings.Contains(page, "AAAA") || strings.Contains(page, "code-1") {
			t.Errorf("%q: the page echoes the request: %q", q, page)
		}
	}
	// The sign-in is still waiting, and the real answer still completes it.
	status, page := browse(t, authURL)
	if status != http.StatusOK || !strings.Contains(page, "You can close this tab") {
		t.Fatalf("the real answer after forged ones got %d %q", status, page)
	}
	if _, err := wait(t.Context()); err != nil {
		t.Fatalf("wait = %v; forged requests ended the sign-in", err)
	}
}

func TestCallbackCapsWhatItEchoes(t *testing.T) {
	f := newFakeZendesk(t)
	logs := &testenv.Buffer{}
	flow := NewFlow(FlowConfig{Addr: freeAddr(t), TimeLimit: time.Minute, Now: f.clock, Log: newTestLogger(logs)})
	authURL, wait := startFake(t, flow, f)
	huge := strings.Repeat("B", 900<<10)
	q := url.Values{"state": {stateOf(t, authURL)}, "error": {"invalid_scope" + strings.Repeat("C", 5000)},
		"error_description": {"line one\nline two " + huge}}
	status, page := get(t, flow.RedirectURL()+"?"+q.Encode())
	_, err := wait(t.Context())
	if !errors.Is(err, ErrAuthorization) {
		t.Fatalf("wait = %v, want ErrAuthorization", err)
	}
	if status != http.StatusBadRequest || !strings.Contains(page, "line one line two BBB") {
		t.Errorf("page %d %.300q", status, page)
	}
	if n := len(err.Error()); n > 2*maxEchoed+maxErrorCode+100 {
		t.Errorf("the error (shown in the window and Activity) is %d bytes long", n)
	}
	if n := len(page); n > 4096 {
		t.Errorf("the page is %d bytes long", n)
	}
	if n := len(logs.String()); n > 4096 {
		t.Errorf("the log got %d bytes", n)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("the error keeps a line break: %q", err)
	}
}

func TestCapText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"abcd", "abcd"},
		{"abcdef", "abcd…"},
		{"a\nb\x00", "a b"},
		{"ééééé", "éééé…"},
		{"", ""},
	} {
		if got := capText(tt.in, 4); got != tt.want {
			t.Errorf("capText(%q, 4) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func newTestLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
