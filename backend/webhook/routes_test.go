package webhook

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"zensync/backend/store"
)

func TestListenerRoutesOnlyPostDeliveriesAndHealth(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s3cret")
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		method, path string
		status       int
		allow, body  string
	}{
		{"GET", PathPrefix + in.ID, 405, "POST", `{"status":"method not allowed"}`},
		{"PUT", PathPrefix + in.ID, 405, "POST", `{"status":"method not allowed"}`},
		{"POST", "/healthz", 405, "GET, HEAD", `{"status":"method not allowed"}`},
		{"GET", "/healthz", 200, "", `{"status":"ok"}`},
		{"POST", "/webhooks//zendesk/" + in.ID, 404, "", `{"status":"not found"}`}, // the mux would redirect, repeating the path
		{"POST", PathPrefix + in.ID + "/extra", 404, "", `{"status":"unknown or deleted integration"}`},
		{"POST", PathPrefix, 404, "", `{"status":"unknown or deleted integration"}`},
		{"GET", "/", 404, "", `{"status":"not found"}`},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, e.base+tc.path, strings.NewReader("x"))
			resp, err := noRedirect.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.status || resp.Header.Get("Allow") != tc.allow || strings.TrimSpace(string(b)) != tc.body {
				t.Fatalf("%d Allow=%q %s; want %d Allow=%q %s", resp.StatusCode, resp.Header.Get("Allow"), b, tc.status, tc.allow, tc.body)
			}
		})
	}
}

// lockedInbox fails every commit the way SQLite does when another process holds the file.
type lockedInbox struct{}

func (lockedInbox) InsertBatch(context.Context, []store.InboxEvent) ([]store.InsertOutcome, error) {
	return nil, errors.New("committing webhook events: database is locked (5) (SQLITE_BUSY)")
}

func TestListenerAnswersAStoreFailureWithAFixedText(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s3cret")
	l := NewListener(Config{Addr: "127.0.0.1:0", ActivityInterval: 20 * time.Millisecond},
		ListenerDeps{Integrations: e.repo, Secrets: e.secrets, Inbox: lockedInbox{}})
	if err := l.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	defer l.Stop(t.Context())
	body := ticketEvent("ev-1", "status_changed", 42, "x", time.Now())
	ts := nowStamp()
	req, _ := http.NewRequest(http.MethodPost, "http://"+l.Addr()+PathPrefix+in.ID, strings.NewReader(string(body)))
	req.Header.Set(HeaderTimestamp, ts)
	req.Header.Set(HeaderSignature, Sign("s3cret", ts, body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" ||
		strings.TrimSpace(string(b)) != `{"status":"temporarily unavailable, retry later"}` {
		t.Fatalf("%d Retry-After=%q %s; want 503 with a fixed text", resp.StatusCode, resp.Header.Get("Retry-After"), b)
	}
}
