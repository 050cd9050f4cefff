package oauth

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/zendesk"
)

// TestEachCapabilityAsksForItsNarrowestScopes: the authorization URL Connect opens carries the
// scopes of the integration's capability, and nothing more.
func TestEachCapabilityAsksForItsNarrowestScopes(t *testing.T) {
	tests := []struct {
		capability integration.Capability
		want       string
	}{
		{integration.Helpdesk, "read webhooks:write"},
		{integration.CRM, "read webhooks:write"},
		{integration.ContentManagement, "read"},
	}
	h := newHarness(t, "https://{subdomain}.zendesk.com", time.Now)
	for _, tt := range tests {
		t.Run(string(tt.capability), func(t *testing.T) {
			if got := strings.Join(ScopesFor(tt.capability), " "); got != tt.want {
				t.Errorf("ScopesFor = %q, want %q", got, tt.want)
			}
			in := h.in
			in.Capability = tt.capability
			authURL, wait, err := h.m.Connect(t.Context(), in)
			if err != nil {
				t.Fatal(err)
			}
			h.m.Cancel(in.ID)
			_ = wait(t.Context())
			u, err := url.Parse(authURL)
			if err != nil {
				t.Fatal(err)
			}
			if got := u.Query().Get("scope"); got != tt.want {
				t.Errorf("the Allow page is asked for %q, want %q", got, tt.want)
			}
		})
	}
}

// TestContentManagementTokenOnlyReads signs a Content Management integration in through the
// emulator: its Allow page asks to read only, and its token reads the Help Center but cannot
// create a webhook (the emulator checks scopes as Zendesk does).
func TestContentManagementTokenOnlyReads(t *testing.T) {
	e := newEmuEnv(t)
	in := e.in
	in.Capability = integration.ContentManagement
	var err error
	if e.in, err = e.repo.Update(t.Context(), in); err != nil {
		t.Fatal(err)
	}
	var allowPage emuenv.Page
	browser := func(authURL string) error {
		c := emuenv.NewBrowser()
		allow, err := emuenv.SignIn(c, e.http.URL, "acme", authURL, e.acct.Admin().Email)
		if err != nil {
			return err
		}
		allowPage = allow
		_, err = allow.Submit(c, url.Values{"decision": {"allow"}})
		return err
	}
	if err := e.connect(t, browser); err != nil {
		t.Fatalf("connect: %v", err)
	}
	if !strings.Contains(allowPage.Body, "Read all of your data") || strings.Contains(allowPage.Body, "Create, change") {
		t.Errorf("the Allow page asks for more than reading: %.2000s", allowPage.Body)
	}
	ctx := t.Context()
	c, err := e.m.Client(ctx, e.in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.HCCategories(ctx, ""); err != nil && !errors.Is(err, zendesk.ErrHelpCenterDisabled) {
		t.Errorf("reading the Help Center: %v", err)
	}
	_, err = c.CreateWebhook(ctx, zendesk.Webhook{Name: "x", Status: "active", Endpoint: "https://example.test/h",
		HTTPMethod: "POST", RequestFormat: "json", Subscriptions: []string{"zen:event-type:ticket.created"}})
	if !errors.Is(err, zendesk.ErrForbidden) {
		t.Errorf("CreateWebhook with a read-only token: %v, want ErrForbidden", err)
	}
}
