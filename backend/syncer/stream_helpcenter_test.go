package syncer

import (
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/testenv/emuenv"
)

// TestHelpCenterLocales: an empty locale ("every locale", as the form says) stores the articles
// of each locale the Help Center lists (the emulator's en-us, fr and de), as many as Zendesk
// lists per locale; a locale set stores that locale only.
func TestHelpCenterLocales(t *testing.T) {
	e := newEnv(t, nil)
	e.account("acme", emulator.SeedConfig{Seed: 8, Tickets: 1, Articles: 30})
	ctx := t.Context()
	c, _ := emuenv.Clients{Base: e.srv.URL}.Client(ctx, integration.Integration{Domain: "acme"})
	want := map[string]int{}
	for _, loc := range []string{"en-us", "fr", "de"} {
		arts, err := c.HCArticles(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		want[loc] = len(arts)
	}
	if want["fr"] == 0 || want["de"] == 0 {
		t.Fatalf("the emulator lists no fr or de articles: %v", want)
	}

	tests := []struct {
		id, locale string
		want       map[string]int
	}{
		{"every", "", want},
		{"french", "fr", map[string]int{"fr": want["fr"]}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			in := integration.Integration{ID: tt.id, Name: tt.id, Capability: integration.ContentManagement,
				Domain: "acme", HelpCenterLocale: tt.locale}
			if _, err := e.ints.Create(ctx, in); err != nil {
				t.Fatal(err)
			}
			if err := e.ints.SetConnected(ctx, tt.id, nil); err != nil {
				t.Fatal(err)
			}
			if r := e.run(tt.id); !r.OK {
				t.Fatal(r.Message)
			}
			got := map[string]int{}
			rows, err := e.db.Read().Raw(`SELECT locale, count(*) FROM hc_articles WHERE integration_id = ? GROUP BY locale`, tt.id).Rows()
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			for rows.Next() {
				var loc string
				var n int
				if err := rows.Scan(&loc, &n); err != nil {
					t.Fatal(err)
				}
				got[loc] = n
			}
			if len(got) != len(tt.want) {
				t.Errorf("stored locales %v, want %v", got, tt.want)
			}
			for loc, n := range tt.want {
				if got[loc] != n {
					t.Errorf("locale %s: %d articles stored, Zendesk lists %d", loc, got[loc], n)
				}
			}
		})
	}
}
