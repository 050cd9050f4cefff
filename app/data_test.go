package app

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/syncer"
	"zensync/backend/testenv"
	"zensync/backend/testenv/emuenv"
)

// TestSyncThenBrowseThroughTheFacades syncs from the emulator through SyncAPI and reads the
// result through DataAPI, checking the JSON names the front end relies on.
func TestSyncThenBrowseThroughTheFacades(t *testing.T) {
	ctx := t.Context()
	log := slogDiscard()
	acct := emuenv.StartAccount(t, "acme", emulator.SeedConfig{Seed: 4, Tickets: 150, Articles: 10}, "read")
	db, repo, records := acct.DB, acct.Integrations, acct.Records
	events := &recorder{}
	progress, finished, changed := syncEvents(events.emit)
	s := syncer.New(syncer.Options{Records: records, Integrations: repo, Clients: acct.Clients,
		OnProgress: progress, OnFinished: finished, OnTicketsChanged: changed})
	defer s.Shutdown(ctx)
	api, data := NewSyncAPI(s, repo, records, log), NewDataAPI(db, records.Generation, log)
	acct.CreateHelpdesk(t, "h")

	if err := api.SyncNow("nope"); err == nil || !strings.Contains(err.Error(), `"not_found"`) {
		t.Errorf("SyncNow of an unknown integration: %v", err)
	}
	// Never connected: "connect first", and nothing is recorded.
	if err := api.SyncNow("h"); err == nil || !strings.Contains(err.Error(), `"not_connected"`) || !strings.Contains(err.Error(), "Connect first") {
		t.Errorf("SyncNow before Connect: %v, want not_connected saying to connect first", err)
	}
	if st, _ := api.Status("h"); st.LastSyncAt != "" || st.LastAttemptAt != "" {
		t.Errorf("a refused sync was recorded: %+v", st)
	}
	if err := repo.SetConnected(ctx, "h", nil); err != nil {
		t.Fatal(err)
	}
	if err := api.SyncNow("h"); err != nil {
		t.Fatal(err)
	}
	if err := api.SyncNow("h"); err == nil || !strings.Contains(err.Error(), `"busy"`) {
		t.Errorf("second SyncNow: %v, want busy", err)
	}
	testenv.Poll(30*time.Second, func() bool { return !s.Running("h") })
	st, err := api.Status("h")
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.LastSyncAt == "" || st.LastAttemptAt != st.LastSyncAt || st.LastError != "" || st.Counts.Tickets != 150 || len(st.Streams) != 8 { // tickets, comments, users, ticket fields, forms, brands, user and organization fields
		t.Errorf("status = %+v", st)
	}
	if err := api.Cancel("h"); err != nil {
		t.Errorf("Cancel when idle: %v", err)
	}
	names := strings.Join(events.events, " ")
	for _, ev := range []string{EventSyncProgress, EventSyncFinished, EventTicketsChanged} {
		if !strings.Contains(names, ev) {
			t.Errorf("event %s not emitted (got %s)", ev, names)
		}
	}

	page, err := data.Tickets(TicketQuery{IntegrationID: "h", Limit: 20})
	if err != nil || page.Total != 150 || len(page.Rows) != 20 {
		t.Fatalf("tickets: %d rows of %d, %v", len(page.Rows), page.Total, err)
	}
	detail, err := data.Ticket("h", page.Rows[0].ID)
	if err != nil || len(detail.Comments) == 0 {
		t.Fatalf("ticket detail: %+v %v", detail, err)
	}
	word := strings.Fields(detail.Comments[len(detail.Comments)-1].PlainBody)[0]
	found, err := data.Tickets(TicketQuery{Search: word})
	if err != nil || found.Total == 0 {
		t.Errorf("search for %q: %+v %v", word, found, err)
	}
	byNumber, err := data.Tickets(TicketQuery{Search: fmt.Sprintf("#%d", detail.ID)})
	if err != nil || byNumber.Total != 1 || byNumber.Rows[0].ID != detail.ID {
		t.Errorf("search for #%d: %+v %v", detail.ID, byNumber, err)
	}
	if _, err := data.Tickets(TicketQuery{Search: "foo:bar"}); err == nil ||
		!strings.Contains(err.Error(), `"code":"invalid_input"`) || !strings.Contains(err.Error(), `"search":"Unknown keyword 'foo:'`) {
		t.Errorf("unknown keyword: %v", err)
	}
	if _, err := data.Ticket("h", 999999); err == nil || !strings.Contains(err.Error(), `"not_found"`) {
		t.Errorf("unknown ticket: %v", err)
	}
	if f, err := data.TicketFilters(""); err != nil || len(f.Statuses) == 0 || len(f.Assignees) == 0 {
		t.Errorf("filters: %+v %v", f, err)
	}
	if u, err := data.Users(DirectoryQuery{IntegrationID: "h", Limit: 5}); err != nil || u.Total == 0 {
		t.Errorf("users: %+v %v", u, err)
	}
	if o, err := data.Organizations(DirectoryQuery{Limit: 5}); err != nil || o.Total == 0 {
		t.Errorf("organizations: %+v %v", o, err)
	}

	// connectAndSync stores a connected integration and runs its sync to the end.
	connectAndSync := func(in integration.Integration) {
		t.Helper()
		if _, err := repo.Create(ctx, in); err != nil {
			t.Fatal(err)
		}
		if err := repo.SetConnected(ctx, in.ID, nil); err != nil {
			t.Fatal(err)
		}
		if res, err := s.Run(ctx, in.ID); err != nil {
			t.Fatalf("%s sync: %+v %v", in.Capability, res, err)
		}
	}
	connectAndSync(integration.Integration{ID: "c", Name: "c", Capability: integration.ContentManagement, Domain: "acme"})
	tree, err := data.HelpCenter("c")
	if err != nil || len(tree.Categories) == 0 || len(tree.Categories[0].Sections) == 0 || len(tree.Categories[0].Sections[0].Articles) == 0 {
		t.Fatalf("help center: %+v %v", tree, err)
	}
	first := tree.Categories[0].Sections[0].Articles[0]
	art, err := data.Article("c", first.ID, first.Locale)
	if err != nil || art.BodyHTML == "" || art.SectionName == "" || art.CategoryName == "" {
		t.Errorf("article: %+v %v", art, err)
	}

	// CRM: users and organizations with their field values, named by the synced field lists.
	connectAndSync(integration.Integration{ID: "crm", Name: "crm", Capability: integration.CRM, Domain: "acme",
		PullRecordBy: integration.PullByUpdatedTime})
	users, err := data.Users(DirectoryQuery{IntegrationID: "crm", Limit: 1})
	if err != nil || len(users.Rows) == 0 {
		t.Fatalf("crm users: %+v %v", users, err)
	}
	uf, err := data.UserFields("crm", users.Rows[0].ID)
	if err != nil || len(uf) != 1 || uf[0].Title != "Plan" || !strings.HasSuffix(uf[0].Value, " plan") {
		t.Errorf("user fields: %+v %v, want Plan with its option name", uf, err)
	}
	orgs, err := data.Organizations(DirectoryQuery{IntegrationID: "crm", Limit: 1})
	if err != nil || len(orgs.Rows) == 0 {
		t.Fatalf("crm organizations: %+v %v", orgs, err)
	}
	of, err := data.OrganizationFields("crm", orgs.Rows[0].ID)
	if err != nil || len(of) != 1 || of[0].Title != "Tier" || !strings.HasSuffix(of[0].Value, " plan") {
		t.Errorf("organization fields: %+v %v, want Tier with its option name", of, err)
	}
	if _, err := data.UserFields("crm", 999999999); err == nil || !strings.Contains(err.Error(), `"not_found"`) {
		t.Errorf("unknown user: %v", err)
	}

	b, _ := json.Marshal(detail)
	for _, key := range []string{`"integrationId"`, `"requesterName"`, `"mergedInto"`, `"groupName"`, `"comments"`, `"htmlBody"`, `"plainBody"`, `"authorName"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("ticket JSON lacks %s: %s", key, b[:200])
		}
	}
	b, _ = json.Marshal(st)
	for _, key := range []string{`"lastSyncAt"`, `"lastAttemptAt"`, `"runRecords"`, `"counts"`, `"organizations"`, `"streams"`, `"waitingUntil"`, `"checkpoint"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("status JSON lacks %s: %s", key, b)
		}
	}
}
