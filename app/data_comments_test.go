package app

import (
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/store"
	"zensync/backend/syncer"
	"zensync/backend/testenv/emuenv"
)

// TestOpeningATicketFetchesItsConversation: a ticket stored without its comments (the sync has
// not reached them) shows its conversation at once, fetched from Zendesk when it is opened.
func TestOpeningATicketFetchesItsConversation(t *testing.T) {
	ctx := t.Context()
	log := slogDiscard()
	acct := emuenv.StartAccount(t, "acme", emulator.SeedConfig{Seed: 4, Tickets: 20}, "read")
	db, repo, records := acct.DB, acct.Integrations, acct.Records
	s := syncer.New(syncer.Options{Records: records, Integrations: repo, Clients: acct.Clients})
	defer s.Shutdown(ctx)
	acct.CreateHelpdesk(t, "h")
	now := time.Now().UTC().Truncate(time.Second)
	if _, err := records.ApplyTickets(ctx, "h", []store.TicketRecord{{ID: 3, Subject: "no comments yet", Status: "open",
		CreatedAt: now, UpdatedAt: now}}); err != nil {
		t.Fatal(err)
	}

	offline := NewDataAPI(db, records.Generation, log)
	if d, err := offline.Ticket("h", 3); err != nil || len(d.Comments) != 0 {
		t.Fatalf("without a fetcher: %d comments, %v", len(d.Comments), err)
	}
	data := NewDataAPI(db, records.Generation, log)
	data.fetchComments = s.FetchComments
	d, err := data.Ticket("h", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Comments) == 0 || d.Comments[0].PlainBody == "" {
		t.Fatalf("opened ticket has %d comments: want its conversation from Zendesk", len(d.Comments))
	}
}
