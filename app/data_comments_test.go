package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/syncer"
)

// TestOpeningATicketFetchesItsConversation: a ticket stored without its comments (the sync has
// not reached them) shows its conversation at once, fetched from Zendesk when it is opened.
func TestOpeningATicketFetchesItsConversation(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	emu := emulator.New(emulator.Options{TestAuth: func(*http.Request) (emulator.Principal, bool) {
		return emulator.Principal{UserID: 1_000_001, Role: "admin", Scopes: []string{"read"}}, true
	}})
	srv := httptest.NewServer(emu)
	defer srv.Close()
	defer emu.Close()
	if _, err := emu.AddAccount("acme", emulator.SeedConfig{Seed: 4, Tickets: 20}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "z.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	repo, records := store.NewIntegrationRepo(db, nil), store.NewRecordRepo(db, nil)
	s := syncer.New(syncer.Options{Records: records, Integrations: repo, Clients: emuTokens{srv.URL}})
	defer s.Shutdown(ctx)
	if _, err := repo.Create(ctx, integration.Integration{ID: "h", Name: "h", Capability: integration.Helpdesk, Domain: "acme",
		PullRecordBy: integration.PullByUpdatedTime}); err != nil {
		t.Fatal(err)
	}
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
