package oauth

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/integration"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/zendesk"
)

// emuEnv is the real emulator over HTTP with a settable clock, and a harness whose
// integration uses an OAuth client registered for the harness's redirect URL.
type emuEnv struct {
	*harness
	t     *testing.T
	srv   *emulator.Server
	acct  *emulator.Account
	http  *httptest.Server
	clock *emutest.Clock
}

func newEmuEnv(t *testing.T) *emuEnv {
	t.Helper()
	clock := emutest.NowClock()
	srv, ts := emuenv.Serve(t, emulator.Options{Clock: clock.Now, TokenLifetime: time.Hour})
	acct, err := srv.AddAccount("acme", emulator.SeedConfig{Tickets: 3, Users: 5, Organizations: 1, Groups: 1, Articles: -1})
	if err != nil {
		t.Fatal(err)
	}
	e := &emuEnv{t: t, srv: srv, acct: acct, http: ts, clock: clock}
	e.harness = newHarness(t, ts.URL+"/{subdomain}", clock.Now)
	// Register a client whose redirect URL is this test's listener.
	clientID := "zensync_test"
	e.control("POST", "/oauth_clients", map[string]any{
		"identifier": clientID, "name": "Zensync test", "kind": "public",
		"redirect_urls": []string{e.m.RedirectURL()},
	}, nil)
	in := e.in
	in.OAuthClientID = clientID
	if e.in, err = e.repo.Update(t.Context(), in); err != nil {
		t.Fatal(err)
	}
	return e
}

// newConnectedEmuEnv is newEmuEnv with the integration connected: the seeded admin signed in
// and allowed access.
func newConnectedEmuEnv(t *testing.T) *emuEnv {
	t.Helper()
	e := newEmuEnv(t)
	if err := e.connect(t, e.allowAs(e.acct.Admin().Email, "allow", nil)); err != nil {
		t.Fatal(err)
	}
	return e
}

// control calls the emulator's control API for the account.
func (e *emuEnv) control(method, path string, body, out any) {
	e.t.Helper()
	emuenv.Control(e.t, e.http.URL, method, "acme", path, body, out)
}

// allowAs returns a browser function that signs in as email and clicks decision.
func (e *emuEnv) allowAs(email, decision string, pageOut *emuenv.Page) func(string) error {
	return func(authURL string) error {
		c := emuenv.NewBrowser()
		allow, err := emuenv.SignIn(c, e.http.URL, "acme", authURL, email)
		if err != nil {
			return err
		}
		p, err := allow.Submit(c, url.Values{"decision": {decision}})
		if pageOut != nil {
			*pageOut = p
		}
		return err
	}
}

func (e *emuEnv) agentEmail() string {
	admin := e.acct.Admin()
	for id := admin.ID + 1; id < admin.ID+20; id++ {
		if u, ok := e.acct.UserByID(id); ok && u.Role == "agent" {
			return u.Email
		}
	}
	e.t.Fatal("no agent seeded")
	return ""
}

func TestEmulatorConnectTestAndUse(t *testing.T) {
	e := newEmuEnv(t)
	admin := e.acct.Admin()
	var landed emuenv.Page
	if err := e.connect(t, e.allowAs(admin.Email, "allow", &landed)); err != nil {
		t.Fatalf("connect: %v", err)
	}
	if landed.Status != http.StatusOK || !strings.Contains(landed.Body, "You can close this tab and return to Zensync") {
		t.Fatalf("the browser ended on %d %.300s", landed.Status, landed.Body)
	}
	if e.in.Status != integration.StatusConnected {
		t.Fatalf("status = %s", e.in.Status)
	}
	ctx := t.Context()
	r := e.m.TestConnection(ctx, e.in)
	if !r.OK || r.Message != fmt.Sprintf("Signed in as %s (admin)", admin.Name) || r.UserEmail != admin.Email {
		t.Fatalf("Test Connection: %+v", r)
	}

	// The authenticated client reaches the REST API. Its token reads, and writes only webhooks.
	c, err := e.m.Client(ctx, e.in)
	if err != nil {
		t.Fatal(err)
	}
	pub := true
	if _, err := c.CreateTicket(ctx, zendesk.TicketInput{Subject: "x", Comment: &zendesk.NewComment{Body: "x", Public: &pub}}); !errors.Is(err, zendesk.ErrForbidden) {
		t.Fatalf("CreateTicket with a Helpdesk token: %v, want ErrForbidden (it asks for no ticket write)", err)
	}
	hook, err := c.CreateWebhook(ctx, zendesk.Webhook{Name: "Zensync scope test", Status: "active", Endpoint: "https://example.test/hook",
		HTTPMethod: "POST", RequestFormat: "json", Subscriptions: []string{"zen:event-type:ticket.created"}})
	if err != nil {
		t.Fatalf("CreateWebhook with webhooks:write: %v", err)
	}
	if err := c.DeleteWebhook(ctx, hook.ID); err != nil {
		t.Fatalf("DeleteWebhook: %v", err)
	}
	// Tickets written by an agent in Zendesk, read through the token.
	var made struct {
		Ticket struct {
			ID int64 `json:"id"`
		} `json:"ticket"`
	}
	e.control("POST", "/tickets", map[string]any{"ticket": map[string]any{"subject": "Printer on fire",
		"comment": map[string]any{"body": "Smoke everywhere", "public": true}}}, &made)
	created := zendesk.Ticket{ID: made.Ticket.ID}
	e.control("PUT", fmt.Sprintf("/tickets/%d", created.ID), map[string]any{"ticket": map[string]any{"status": "pending",
		"comment": map[string]any{"body": "On it", "public": false}}}, nil)
	got, err := c.ShowTicket(ctx, created.ID)
	if err != nil || got.Subject != "Printer on fire" || got.Status != "pending" {
		t.Fatalf("ShowTicket = %+v, %v", got, err)
	}
	comments, err := c.TicketComments(ctx, created.ID)
	if err != nil || len(comments) != 2 || comments[0].Body != "Smoke everywhere" {
		t.Fatalf("TicketComments = %d comments, %v", len(comments), err)
	}
	many, err := c.ShowTickets(ctx, []int64{created.ID, 999999999})
	if err != nil || len(many) != 1 {
		t.Fatalf("ShowTickets = %d, %v", len(many), err)
	}
	if _, err := c.ShowTicket(ctx, 999999999); !errors.Is(err, zendesk.ErrNotFound) {
		t.Fatalf("ShowTicket(missing) = %v, want ErrNotFound", err)
	}
}

func TestEmulatorSignInFailures(t *testing.T) {
	t.Run("Deny", func(t *testing.T) {
		e := newEmuEnv(t)
		var landed emuenv.Page
		err := e.connect(t, e.allowAs(e.acct.Admin().Email, "deny", &landed))
		if !errors.Is(err, ErrDenied) || !strings.Contains(landed.Body, "denied") {
			t.Fatalf("connect = %v, page %.200s", err, landed.Body)
		}
		if e.sec.Len() != 0 || e.get(t).Status != integration.StatusNotConnected {
			t.Error("a denied sign-in changed something")
		}
	})
	t.Run("a code that expired before it came back", func(t *testing.T) {
		e := newEmuEnv(t)
		err := e.connect(t, func(authURL string) error {
			c := emuenv.NewBrowser()
			allow, err := emuenv.SignIn(c, e.http.URL, "acme", authURL, e.acct.Admin().Email)
			if err != nil {
				return err
			}
			// Stop at the redirect, let the code expire, then deliver it.
			c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
			p, err := allow.Submit(c, url.Values{"decision": {"allow"}})
			if err != nil {
				return err
			}
			e.clock.Advance(3 * time.Minute)
			loc, err := p.URL.Parse(p.Header.Get("Location"))
			if err != nil {
				return err
			}
			_, _, err = browseErr(loc.String())
			return err
		})
		if !errors.Is(err, ErrInvalidGrant) {
			t.Fatalf("connect = %v, want ErrInvalidGrant", err)
		}
	})
}

func TestEmulatorTokenLifetime(t *testing.T) {
	e := newConnectedEmuEnv(t)
	ctx := t.Context()
	first := e.saved(t)

	// Near the end of the hour the token is refreshed before use; the new pair is saved and
	// Zendesk has deleted the old one.
	e.clock.Advance(55 * time.Minute)
	if r := e.m.TestConnection(ctx, e.in); !r.OK {
		t.Fatalf("after refresh: %+v", r)
	}
	second := e.saved(t)
	if second.RefreshToken == first.RefreshToken || second.AccessToken == first.AccessToken {
		t.Fatal("the token was not rotated")
	}
	resp, err := http.PostForm(e.http.URL+"/acme/oauth/tokens", url.Values{
		"grant_type": {"refresh_token"}, "refresh_token": {first.RefreshToken}, "client_id": {"zensync_test"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("the old refresh token still works: %d", resp.StatusCode)
	}

	// Expired and revoked through the control API: Test Connection says so and the row shows it.
	e.control("POST", "/tokens/expire", map[string]any{"refresh": true}, nil)
	e.control("POST", "/tokens/revoke", map[string]any{}, nil)
	r := e.m.TestConnection(ctx, e.in)
	if r.Kind != TestTokenExpired {
		t.Fatalf("after revoke: %+v", r)
	}
	if got := e.get(t); got.Status != integration.StatusTokenExpired || got.EffectiveStatus(time.Now()) != integration.StatusTokenExpired {
		t.Errorf("row status = %s", got.Status)
	}

	// Re-generate Token: same integration, new token, Test Connection passes again.
	if err := e.connect(t, e.allowAs(e.acct.Admin().Email, "allow", nil)); err != nil {
		t.Fatal(err)
	}
	if r := e.m.TestConnection(ctx, e.in); !r.OK || e.in.Status != integration.StatusConnected {
		t.Fatalf("after Re-generate Token: %+v, status %s", r, e.in.Status)
	}

	// Disconnect revokes at Zendesk.
	tok := e.saved(t)
	if err := e.m.Disconnect(ctx, e.in); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", e.http.URL+"/acme/api/v2/users/me.json", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("the token still works after Disconnect: %d", resp.StatusCode)
	}
	e.assertNoLeak(t, first.AccessToken, first.RefreshToken, second.AccessToken, second.RefreshToken,
		tok.AccessToken, tok.RefreshToken)
}

func TestEmulatorAgentIsNotEnough(t *testing.T) {
	e := newEmuEnv(t)
	if err := e.connect(t, e.allowAs(e.agentEmail(), "allow", nil)); err != nil {
		t.Fatal(err)
	}
	r := e.m.TestConnection(t.Context(), e.in)
	if r.OK || r.Kind != TestNotAdmin || r.Role != "agent" {
		t.Fatalf("agent: %+v", r)
	}
}

func TestEmulatorDomainNotFoundAndOffline(t *testing.T) {
	e := newConnectedEmuEnv(t)
	ctx := t.Context()
	other := e.in
	other.Domain = "nobody-here"
	if r := e.m.TestConnection(ctx, other); r.Kind != TestDomainNotFound || !strings.Contains(r.Message, "nobody-here.zendesk.com") {
		t.Errorf("unknown subdomain: %+v", r)
	}
	e.http.Close()
	if r := e.m.TestConnection(ctx, e.in); r.Kind != TestOffline {
		t.Errorf("emulator down: %+v", r)
	}
}

func TestEmulatorTokenEndedEarlyIsRefreshedAndRetried(t *testing.T) {
	e := newConnectedEmuEnv(t)
	before := e.saved(t)
	// Zendesk ends the access token early, keeping the refresh token: the 401 is answered by
	// one refresh and a retry, and the caller never sees it.
	e.control("POST", "/tokens/expire", map[string]any{}, nil)
	ctx := t.Context()
	c, err := e.m.Client(ctx, e.in)
	if err != nil {
		t.Fatal(err)
	}
	// A POST with a body (what the token may write: a webhook) is retried whole.
	hook, err := c.CreateWebhook(ctx, zendesk.Webhook{Name: "Retried", Status: "active", Endpoint: "https://example.test/hook",
		HTTPMethod: "POST", RequestFormat: "json", Subscriptions: []string{"zen:event-type:ticket.created"}})
	if err != nil || hook.Name != "Retried" {
		t.Fatalf("CreateWebhook after an early expiry = %+v, %v", hook, err)
	}
	after := e.saved(t)
	if after.AccessToken == before.AccessToken || after.RefreshToken == before.RefreshToken {
		t.Error("the pair was not refreshed and saved")
	}
	if got := e.get(t).Status; got != integration.StatusConnected {
		t.Errorf("status = %s", got)
	}
}
