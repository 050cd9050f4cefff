package emuenv

import (
	"context"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
)

// Account is an emulator over real HTTP serving one seeded account, and a fresh database with
// its integration and record repositories: what the tests of the syncer's users start from.
type Account struct {
	Domain       string
	Emu          *emulator.Server
	Clients      Clients // clients for the emulator (a syncer.ClientSource)
	DB           *store.DB
	Integrations *store.IntegrationRepo
	Records      *store.RecordRepo
}

// StartAccount serves account domain seeded with seed on a new emulator whose every request
// acts as the admin with scopes, and opens a new database; all of it stops when the test ends.
func StartAccount(t testing.TB, domain string, seed emulator.SeedConfig, scopes ...string) Account {
	t.Helper()
	emu, srv := Start(t, scopes...)
	if _, err := emu.AddAccount(domain, seed); err != nil {
		t.Fatal(err)
	}
	db := OpenStore(t)
	return Account{Domain: domain, Emu: emu, Clients: Clients{Base: srv.URL}, DB: db,
		Integrations: store.NewIntegrationRepo(db, nil), Records: store.NewRecordRepo(db, nil)}
}

// CreateHelpdesk saves a Helpdesk integration id (named id) over the account, pulled by
// updated time; it is not connected.
func (a Account) CreateHelpdesk(t testing.TB, id string) integration.Integration {
	t.Helper()
	in, err := a.Integrations.Create(context.Background(), integration.Integration{ID: id, Name: id,
		Capability: integration.Helpdesk, Domain: a.Domain, PullRecordBy: integration.PullByUpdatedTime})
	if err != nil {
		t.Fatal(err)
	}
	return in
}
