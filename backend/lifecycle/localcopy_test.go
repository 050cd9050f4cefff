package lifecycle

import (
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/syncer"
	"zensync/backend/testenv/emuenv"
)

// TestEditingTheAccountKeepsTheLocalCopyTrue: with the real syncer and store, a new domain drops
// the old account's records and checkpoints; a new Pull Record By or backfill start keeps the
// records but walks the exports again; any other edit changes nothing.
func TestEditingTheAccountKeepsTheLocalCopyTrue(t *testing.T) {
	ctx := t.Context()
	acct := emuenv.StartAccount(t, "acme", emulator.SeedConfig{Seed: 4, Tickets: 60, Articles: -1}, "read")
	db, repo, records := acct.DB, acct.Integrations, acct.Records
	s := syncer.New(syncer.Options{Records: records, Integrations: repo, Clients: acct.Clients})
	defer s.Shutdown(ctx)
	c := &calls{}
	svc := New(Deps{Repo: repo, Secrets: secrets.NewMemory(), Tokens: fakeTokens{c: c, repo: repo, sec: secrets.NewMemory()},
		Webhooks: fakeWebhooks{c}, Syncs: s, Records: records})
	in := acct.CreateHelpdesk(t, "h")
	if err := repo.SetConnected(ctx, "h", nil); err != nil {
		t.Fatal(err)
	}
	sync := func() {
		t.Helper()
		if _, err := s.Run(ctx, "h"); err != nil {
			t.Fatal(err)
		}
	}
	counts := func() (tickets int64, checkpoints int64) {
		t.Helper()
		c, err := records.Counts(ctx, "h")
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Read().Raw(`SELECT count(*) FROM sync_state WHERE integration_id = ?`, "h").Scan(&checkpoints).Error; err != nil {
			t.Fatal(err)
		}
		return c.Tickets, checkpoints
	}
	edit := func(after integration.Integration) { svc.afterEdit(ctx, in, after, Diff(in, after)) }

	sync()
	if tickets, cps := counts(); tickets != 60 || cps == 0 {
		t.Fatalf("after the first sync: %d tickets, %d checkpoints", tickets, cps)
	}
	renamed := in
	renamed.Name = "renamed"
	edit(renamed)
	if tickets, cps := counts(); tickets != 60 || cps == 0 {
		t.Errorf("a rename changed the local copy: %d tickets, %d checkpoints", tickets, cps)
	}
	created := in
	created.PullRecordBy = integration.PullByCreatedTime
	edit(created)
	if tickets, cps := counts(); tickets != 60 || cps != 0 {
		t.Errorf("a new Pull Record By: %d tickets, %d checkpoints; want the records and no checkpoints", tickets, cps)
	}
	sync()
	earlier := in
	earlier.BackfillStart = in.BackfillStart.AddDate(-1, 0, 0)
	edit(earlier)
	if tickets, cps := counts(); tickets != 60 || cps != 0 {
		t.Errorf("a new backfill start: %d tickets, %d checkpoints; want the records and no checkpoints", tickets, cps)
	}
	sync()
	moved := in
	moved.Domain = "other"
	edit(moved)
	if tickets, cps := counts(); tickets != 0 || cps != 0 {
		t.Errorf("a new domain kept the old account's data: %d tickets, %d checkpoints", tickets, cps)
	}
}
