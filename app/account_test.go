package app

import (
	"net/http/httptest"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/lifecycle"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
)

func TestCheckAccountAsksTheEmulatorLikeZendesk(t *testing.T) {
	srv := emulator.New(emulator.Options{})
	if _, err := srv.AddAccount("acme", emulator.SeedConfig{Tickets: -1, Users: 2, Organizations: 1, Groups: 1, Articles: -1}); err != nil {
		t.Fatal(err)
	}
	emu := httptest.NewServer(srv)
	t.Cleanup(func() { emu.Close(); srv.Close() })
	db := emuenv.OpenStore(t)
	repo := store.NewIntegrationRepo(db, nil)
	sec := secrets.NewMemory()
	check := func(zendeskURL string) *IntegrationsAPI {
		tokens := newTokenManager(Config{ZendeskURL: zendeskURL, OAuthAddr: "127.0.0.1:0"}, slogDiscard(), repo, sec)
		life := lifecycle.New(lifecycle.Deps{Repo: repo, Secrets: sec, Tokens: tokens})
		return NewIntegrationsAPI(IntegrationsDeps{Life: life, Repo: repo})
	}
	online, offline := check(emu.URL+"/{subdomain}"), check("http://127.0.0.1:1/{subdomain}")
	cases := []struct {
		api  *IntegrationsAPI
		raw  string
		want AccountCheck
	}{
		{online, "https://acme.zendesk.com/agent/tickets/5", AccountCheck{"found", "Zendesk account found at acme.zendesk.com."}},
		{online, "demoo", AccountCheck{"not_found", "No Zendesk account at demoo.zendesk.com — check the spelling."}},
		{online, "support.acme.com", AccountCheck{Result: "invalid"}},
		{offline, "acme", AccountCheck{"unknown", "Zensync could not check the account: Zendesk cannot be reached (offline?)."}},
	}
	for _, c := range cases {
		got := c.api.CheckAccount(c.raw)
		if got.Result != c.want.Result || c.want.Message != "" && got.Message != c.want.Message || got.Message == "" {
			t.Errorf("CheckAccount(%q) = %+v, want %+v", c.raw, got, c.want)
		}
	}
}
