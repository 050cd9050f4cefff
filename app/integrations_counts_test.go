package app

import (
	"context"
	"errors"
	"testing"
	"time"

	"zensync/backend/store"
)

func TestTheListShowsEachIntegrationsLocalRecordCounts(t *testing.T) {
	ctx := t.Context()
	f := newFixture(t)
	api, records := f.api, f.records
	synced, err := api.Create(helpdesk("Synced"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := api.Create(helpdesk("Empty")); err != nil {
		t.Fatal(err)
	}
	at := fixedNow.Add(-time.Hour)
	if _, err := records.ApplyTickets(ctx, synced.ID, []store.TicketRecord{
		{ID: 1, Subject: "one", Status: "open", CreatedAt: at, UpdatedAt: at},
		{ID: 2, Subject: "two", Status: "new", CreatedAt: at, UpdatedAt: at},
	}); err != nil {
		t.Fatal(err)
	}
	list, err := api.List()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, d := range list {
		got[d.Name] = d.Counts.Tickets
	}
	if got["Synced"] != 2 || got["Empty"] != 0 {
		t.Fatalf("ticket counts = %v, want Synced 2 and Empty 0", got)
	}
	one, err := api.Get(synced.ID)
	if err != nil || one.Counts.Tickets != 2 {
		t.Fatalf("Get counts = %+v, %v; want 2 tickets", one.Counts, err)
	}
}

func TestAFailedCountStillListsTheIntegration(t *testing.T) {
	f := newFixture(t)
	f.api.counts = func(context.Context, string) (store.RecordCounts, error) {
		return store.RecordCounts{}, errors.New("disk gone")
	}
	if _, err := f.api.Create(helpdesk("Acme")); err != nil {
		t.Fatal(err)
	}
	list, err := f.api.List()
	if err != nil || len(list) != 1 || list[0].Counts != (SyncCounts{}) {
		t.Fatalf("List = %+v, %v; want the integration with zero counts", list, err)
	}
}
