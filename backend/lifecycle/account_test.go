package lifecycle

import (
	"errors"
	"testing"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// An account that does not exist is refused before anything is saved or a browser opens; a
// check that cannot reach Zendesk does not block saving.
func TestAnUnknownAccountIsRefusedOnSaveAndConnect(t *testing.T) {
	ctx := t.Context()
	f := newFixture(t)
	typo := helpdesk("Typo")
	typo.Domain = "acmee"

	if err := f.svc.CheckAccount(ctx, "https://acmee.zendesk.com/agent"); err == nil || err.Error() != "No Zendesk account at acmee.zendesk.com — check the spelling." {
		t.Fatalf("CheckAccount(acmee) = %v", err)
	}
	if err := f.svc.CheckAccount(ctx, "acme"); err != nil {
		t.Fatalf("CheckAccount(acme) = %v", err)
	}
	var fe integration.FieldErrors
	if err := f.svc.CheckAccount(ctx, "support.acme.com"); !errors.As(err, &fe) || fe[integration.FieldDomain] == "" {
		t.Fatalf("CheckAccount(host-mapped) = %v, want the domain field's message", err)
	}

	_, err := f.svc.Create(ctx, typo)
	if !errors.As(err, &fe) || fe[integration.FieldDomain] != "No Zendesk account at acmee.zendesk.com — check the spelling." {
		t.Fatalf("Create(acmee) = %v", err)
	}
	if list, _ := f.repo.List(ctx); len(list) != 0 {
		t.Fatalf("a refused form was saved: %d rows", len(list))
	}

	a := f.create(t, helpdesk("Support"))
	if _, err := f.svc.Update(ctx, a.ID, typo, false); !errors.As(err, &fe) {
		t.Fatalf("Update to acmee = %v", err)
	}
	if got, _ := f.repo.Get(ctx, a.ID); got.Domain != "acme" {
		t.Fatalf("a refused edit changed the domain to %q", got.Domain)
	}

	// Connect on a row whose account went away (or was saved offline) opens no browser.
	gone := a
	gone.Domain = "acmee"
	var nf *AccountNotFoundError
	if _, _, err := f.svc.Connect(ctx, gone); !errors.As(err, &nf) || !errors.Is(err, zendesk.ErrDomainNotFound) {
		t.Fatalf("Connect(acmee) = %v", err)
	}
	for _, step := range f.calls.got() {
		if step == "tokens.connect:acmee" {
			t.Fatal("the sign-in started for an account that does not exist")
		}
	}

	// Offline: nothing is known, the save goes on.
	f.calls.fail["tokens.check"] = zendesk.ErrOffline
	if _, err := f.svc.Create(ctx, helpdesk("Offline")); err != nil {
		t.Fatalf("Create while the check is offline = %v", err)
	}
}

func TestEstimateAtZendesksExportLimit(t *testing.T) {
	cases := []struct {
		tickets, pages, minutes int64
		text                    string
	}{
		{0, 1, 1, "0 tickets in Zendesk: about 1 minute at Zendesk's export limit (1,000 tickets a page, 10 pages a minute)."},
		{5000, 5, 1, "5,000 tickets in Zendesk: about 1 minute at Zendesk's export limit (1,000 tickets a page, 10 pages a minute)."},
		{10001, 11, 2, "10,001 tickets in Zendesk: about 2 minutes at Zendesk's export limit (1,000 tickets a page, 10 pages a minute)."},
		{2_500_000, 2500, 250, "2,500,000 tickets in Zendesk: about 250 minutes at Zendesk's export limit (1,000 tickets a page, 10 pages a minute)."},
	}
	for _, c := range cases {
		e := EstimateFor(c.tickets)
		if e.Pages != c.pages || e.Minutes != c.minutes || e.Text() != c.text {
			t.Errorf("EstimateFor(%d) = %+v %q, want %d pages, %d minutes, %q", c.tickets, e, e.Text(), c.pages, c.minutes, c.text)
		}
	}
	f := newFixture(t)
	a := f.connected(t, helpdesk("Support"))
	e, err := f.svc.EstimateSync(t.Context(), a.ID)
	if err != nil || e.Tickets != 5000 {
		t.Fatalf("EstimateSync = %+v, %v", e, err)
	}
	crm := helpdesk("People")
	crm.Capability = integration.CRM
	b := f.connected(t, crm)
	if _, err := f.svc.EstimateSync(t.Context(), b.ID); !errors.Is(err, ErrNoTickets) {
		t.Fatalf("EstimateSync(CRM) = %v, want ErrNoTickets", err)
	}
}
