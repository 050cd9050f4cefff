package oauth

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

func TestConnectSavesTheTokenAndMarksConnected(t *testing.T) {
	f := newFakeZendesk(t)
	h := newHarness(t, f.template(), f.clock)
	if err := h.connect(t, follow); err != nil {
		t.Fatalf("connect: %v", err)
	}
	tok := h.saved(t)
	if tok.AccessToken == "" || tok.RefreshToken == "" {
		t.Fatal("no token pair in the keyring")
	}
	if h.in.Status != integration.StatusConnected || h.in.ConnectedAt == nil {
		t.Errorf("status = %s, connected at %v", h.in.Status, h.in.ConnectedAt)
	}
	// The row shows when the admin must sign in again: the refresh token's expiry (30 days).
	if want := f.clock().Add(30 * 24 * time.Hour); h.in.TokenExpiresAt == nil || !h.in.TokenExpiresAt.Equal(want) {
		t.Errorf("token_expires_at = %v, want %v", h.in.TokenExpiresAt, want)
	}
}

func TestRegenerateTokenReplacesTheTokenAndKeepsTheIntegration(t *testing.T) {
	f, h := newConnected(t)
	first := h.saved(t)
	created := h.in.CreatedAt
	f.advance(time.Minute)
	if err := h.connect(t, follow); err != nil {
		t.Fatal(err)
	}
	second := h.saved(t)
	if second.AccessToken == first.AccessToken || second.RefreshToken == first.RefreshToken {
		t.Error("Re-generate Token kept the old token")
	}
	f.mu.Lock()
	revoked := f.revoked
	f.mu.Unlock()
	live := f.liveTokens()
	if revoked != 1 || live != 1 {
		t.Errorf("after Re-generate Token: %d grants revoked, %d live; want the replaced one revoked and one live", revoked, live)
	}
	if h.in.ID != "5f0c7a52-0000-4000-8000-000000000001" || h.in.Name != "Acme" || !h.in.CreatedAt.Equal(created) {
		t.Errorf("the integration changed: %+v", h.in)
	}
	if r := h.m.TestConnection(t.Context(), h.in); !r.OK {
		t.Errorf("Test Connection after Re-generate Token: %+v", r)
	}
}

func TestAFailedSignInChangesNothing(t *testing.T) {
	failures := []struct {
		name  string
		setup func(f *fakeZendesk)
		want  error
	}{
		{"deny", func(f *fakeZendesk) { f.deny = true }, ErrDenied},
		{"expired code", func(f *fakeZendesk) { f.codeExpired = true }, ErrInvalidGrant},
	}
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeZendesk(t)
			h := newHarness(t, f.template(), f.clock)
			if err := h.connect(t, follow); err != nil {
				t.Fatal(err)
			}
			before, row := h.saved(t), h.get(t)
			tt.setup(f)
			if err := h.connect(t, follow); !errors.Is(err, tt.want) {
				t.Fatalf("connect = %v, want %v", err, tt.want)
			}
			after, rowAfter := h.saved(t), h.get(t)
			if after.AccessToken != before.AccessToken || after.RefreshToken != before.RefreshToken {
				t.Error("the earlier token was replaced")
			}
			if rowAfter.Status != row.Status || !rowAfter.UpdatedAt.Equal(row.UpdatedAt) {
				t.Errorf("the integration row changed: %+v", rowAfter)
			}
			if r := h.m.TestConnection(t.Context(), h.in); !r.OK {
				t.Errorf("the earlier token stopped working: %+v", r)
			}
		})
	}
	t.Run("a failure on a new integration leaves it not connected and the keyring empty", func(t *testing.T) {
		f := newFakeZendesk(t)
		f.deny = true
		h := newHarness(t, f.template(), f.clock)
		if err := h.connect(t, follow); !errors.Is(err, ErrDenied) {
			t.Fatalf("connect = %v", err)
		}
		if h.sec.Len() != 0 || h.get(t).Status != integration.StatusNotConnected {
			t.Error("a denied sign-in left something behind")
		}
	})
}

func TestRefreshRotatesAndSavesThePairBeforeUse(t *testing.T) {
	f, h := newConnected(t)
	old := h.saved(t)
	ctx := t.Context()
	c, err := h.m.Client(ctx, h.in)
	if err != nil {
		t.Fatal(err)
	}
	// Well within the lifetime: no refresh.
	f.advance(30 * time.Minute)
	if _, err := c.Me(ctx); err != nil || f.refreshes() != 0 {
		t.Fatalf("Me = %v after %d refreshes", err, f.refreshes())
	}
	// Less than a fifth of the hour left: refreshed before use.
	f.advance(20 * time.Minute)
	if _, err := c.Me(ctx); err != nil {
		t.Fatalf("Me after refresh: %v", err)
	}
	if f.refreshes() != 1 {
		t.Fatalf("refreshes = %d, want 1", f.refreshes())
	}
	fresh := h.saved(t)
	if fresh.RefreshToken == old.RefreshToken || fresh.AccessToken == old.AccessToken {
		t.Fatal("the rotated pair was not saved to the keyring")
	}
	if f.liveTokens() != 1 {
		t.Errorf("live access tokens = %d, want 1 (the old pair is deleted)", f.liveTokens())
	}
	if exp := h.get(t).TokenExpiresAt; exp == nil || !exp.Equal(fresh.RefreshExpiry) {
		t.Errorf("token_expires_at = %v, want %v", exp, fresh.RefreshExpiry)
	}
	// A new Manager (the app restarted) reads the new pair from the keyring and it works.
	m2 := NewManager(ManagerConfig{URLTemplate: f.template(), Flow: NewFlow(FlowConfig{}), Secrets: h.sec, Store: h.repo, Now: f.clock})
	if r := m2.TestConnection(ctx, h.in); !r.OK {
		t.Errorf("after a restart: %+v", r)
	}
}

func TestConcurrentCallsRefreshOnce(t *testing.T) {
	f, h := newConnected(t)
	ctx := t.Context()
	f.advance(59 * time.Minute)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Go(func() {
			c, err := h.m.Client(ctx, h.in)
			if err == nil {
				_, err = c.Me(ctx)
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("Me: %v", err)
		}
	}
	if f.refreshes() != 1 {
		t.Errorf("refreshes = %d, want exactly 1", f.refreshes())
	}
}

func TestTestConnectionSaysWhatIsWrong(t *testing.T) {
	answer := func(status int, header, body string) func(w http.ResponseWriter) bool {
		return func(w http.ResponseWriter) bool {
			if header != "" {
				k, v, _ := strings.Cut(header, ": ")
				w.Header().Set(k, v)
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			_, _ = w.Write([]byte(body))
			return true
		}
	}
	tests := []struct {
		name       string
		template   func(f *fakeZendesk) string
		connect    bool
		after      func(f *fakeZendesk)
		kind       TestKind
		message    string
		wantStatus integration.Status
		capability integration.Capability // default: the harness's Helpdesk
	}{
		{name: "an admin succeeds", connect: true, kind: TestSuccess, message: "Signed in as Jane Admin (admin)", wantStatus: integration.StatusConnected},
		{name: "an agent is not enough", connect: true, after: func(f *fakeZendesk) { f.role = "agent" },
			kind: TestNotAdmin, message: "Zensync needs an admin"},
		{name: "an agent may read a Help Center", connect: true, after: func(f *fakeZendesk) { f.role = "agent" },
			capability: integration.ContentManagement, kind: TestSuccess, message: "(agent)", wantStatus: integration.StatusConnected},
		{name: "an end-user cannot read a Help Center", connect: true, after: func(f *fakeZendesk) { f.role = "end-user" },
			capability: integration.ContentManagement, kind: TestNotAdmin, message: "takes an agent or an admin"},
		{name: "a revoked token", connect: true, after: func(f *fakeZendesk) { f.revokeAll() },
			kind: TestTokenExpired, message: "expired or was revoked", wantStatus: integration.StatusTokenExpired},
		{name: "an expired token whose refresh is refused", connect: true,
			after: func(f *fakeZendesk) { f.revokeAll(); f.advance(2 * time.Hour) },
			kind:  TestTokenExpired, message: "Re-generate", wantStatus: integration.StatusTokenExpired},
		{name: "a missing scope", connect: true,
			after: func(f *fakeZendesk) {
				f.meAnswer = answer(403, "", `{"error":"Forbidden","description":"You do not have access to this page."}`)
			}, kind: TestMissingScope, message: "scopes"},
		{name: "rate limited", connect: true,
			after: func(f *fakeZendesk) { f.meAnswer = answer(429, "Retry-After: 42", `{}`) },
			kind:  TestRateLimited, message: "42 seconds"},
		{name: "not connected", kind: TestNotConnected, message: "click Connect"},
		{name: "an unknown subdomain", connect: true,
			template: func(f *fakeZendesk) string { return f.srv.URL + "/{subdomain}" },
			after: func(f *fakeZendesk) {
				f.meAnswer = func(w http.ResponseWriter) bool {
					w.WriteHeader(404)
					_, _ = w.Write([]byte("<html>Oops! This help center no longer exists</html>"))
					return true
				}
			}, kind: TestDomainNotFound, message: "acme.zendesk.com"},
		{name: "offline", connect: true, after: func(f *fakeZendesk) { f.srv.Close() }, kind: TestOffline, message: "Cannot reach acme.zendesk.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeZendesk(t)
			h := newHarness(t, f.template(), f.clock)
			if tt.connect {
				if err := h.connect(t, follow); err != nil {
					t.Fatal(err)
				}
			}
			if tt.after != nil {
				f.mu.Lock()
				after := tt.after
				f.mu.Unlock()
				after(f)
			}
			if tt.capability != "" {
				h.in.Capability = tt.capability
			}
			r := h.m.TestConnection(t.Context(), h.in)
			if r.Kind != tt.kind || r.OK != (tt.kind == TestSuccess) || !strings.Contains(r.Message, tt.message) {
				t.Errorf("result = %+v, want kind %s saying %q", r, tt.kind, tt.message)
			}
			if tt.kind == TestRateLimited && r.RetryAfterSeconds != 42 {
				t.Errorf("retryAfterSeconds = %d", r.RetryAfterSeconds)
			}
			wantRole := "admin"
			if tt.capability == integration.ContentManagement {
				wantRole = "agent"
			}
			if tt.kind == TestSuccess && (r.UserName != "Jane Admin" || r.UserEmail != "jane@acme.test" || r.Role != wantRole) {
				t.Errorf("user = %+v", r)
			}
			if tt.wantStatus != "" {
				if got := h.get(t).Status; got != tt.wantStatus {
					t.Errorf("row status = %s, want %s", got, tt.wantStatus)
				}
			}
		})
	}
}

func TestDisconnectRevokesAndForgets(t *testing.T) {
	f, h := newConnected(t)
	ctx := t.Context()
	if err := h.m.Disconnect(ctx, h.in); err != nil {
		t.Fatal(err)
	}
	if f.revoked != 1 || f.liveTokens() != 0 {
		t.Errorf("revoked = %d, live = %d", f.revoked, f.liveTokens())
	}
	if h.sec.Len() != 0 {
		t.Error("the token is still in the keyring")
	}
	in := h.get(t)
	if in.Status != integration.StatusNotConnected || in.TokenExpiresAt != nil {
		t.Errorf("after Disconnect: status %s, expiry %v", in.Status, in.TokenExpiresAt)
	}
	if _, err := h.m.Client(ctx, in); !errors.Is(err, ErrNotConnected) {
		t.Errorf("Client after Disconnect = %v, want ErrNotConnected", err)
	}
	// Revoking offline still forgets the token.
	if err := h.connect(t, follow); err != nil {
		t.Fatal(err)
	}
	f.srv.Close()
	if err := h.m.Revoke(ctx, h.in); err != nil || h.sec.Len() != 0 {
		t.Errorf("Revoke offline = %v, keyring holds %d", err, h.sec.Len())
	}
}

func TestAnExpiredTokenWithoutRefreshIsUnauthorized(t *testing.T) {
	f := newFakeZendesk(t)
	h := newHarness(t, f.template(), f.clock)
	tok := Token{AccessToken: "AT-only", Expiry: f.clock().Add(-time.Minute), IssuedAt: f.clock().Add(-time.Hour)}
	if err := (tokenStore{secrets: h.sec}).save(t.Context(), h.in.ID, tok); err != nil {
		t.Fatal(err)
	}
	c, err := h.m.Client(t.Context(), h.in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Me(t.Context()); !errors.Is(err, zendesk.ErrUnauthorized) {
		t.Errorf("Me = %v, want ErrUnauthorized", err)
	}
}

// TestTokensNeverReachTheDatabaseOrTheLogs connects, refreshes, tests, disconnects, and then
// looks for every token string in the SQLite files and in every captured log line.
func TestTokensNeverReachTheDatabaseOrTheLogs(t *testing.T) {
	f := newFakeZendesk(t)
	h := newHarness(t, f.template(), f.clock)
	var seen []string
	if err := h.connect(t, follow); err != nil {
		t.Fatal(err)
	}
	first := h.saved(t)
	seen = append(seen, first.AccessToken, first.RefreshToken)
	f.advance(55 * time.Minute)
	if r := h.m.TestConnection(t.Context(), h.in); !r.OK {
		t.Fatalf("test: %+v", r)
	}
	second := h.saved(t)
	seen = append(seen, second.AccessToken, second.RefreshToken)
	if err := h.m.Disconnect(t.Context(), h.in); err != nil {
		t.Fatal(err)
	}
	h.assertNoLeak(t, seen...)
}

// assertNoLeak fails when any of the token strings is in the SQLite files (database, WAL,
// shared memory) or in the captured logs.
func (h *harness) assertNoLeak(t *testing.T, tokens ...string) {
	t.Helper()
	files, _ := filepath.Glob(h.dbPath + "*")
	if len(files) == 0 {
		t.Fatal("no database file found")
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tokens {
			if s == "" {
				t.Fatal("an empty token was checked")
			}
			if strings.Contains(string(b), s) {
				t.Errorf("%s contains a token", filepath.Base(file))
			}
		}
	}
	logs := h.logs.String()
	if !strings.Contains(logs, "integration connected") {
		t.Fatalf("the logs were not captured: %q", logs)
	}
	for _, s := range tokens {
		if strings.Contains(logs, s) {
			t.Errorf("the logs contain a token")
		}
	}
}
