package emulator_test

import (
	"encoding/json"
	"errors"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/seed"

	"github.com/nukosuke/go-zendesk/zendesk"
)

// A Zendesk client no one here wrote must read the emulator as it reads Zendesk.
func TestGoZendeskClient(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 230, Users: 120, Organizations: 15})
	ctx := t.Context()
	client := func(token string) *zendesk.Client {
		c, err := zendesk.NewClient(e.TS.Client())
		if err != nil {
			t.Fatal(err)
		}
		if err := c.SetEndpointURL(e.TS.URL + "/acme/api/v2"); err != nil {
			t.Fatal(err)
		}
		c.SetCredential(zendesk.NewBearerTokenCredential(token))
		return c
	}
	z := client(emutest.AdminToken)
	live := e.Acct.State().Tickets

	t.Run("users/me", func(t *testing.T) {
		raw, err := z.Get(ctx, "/users/me.json")
		if err != nil {
			t.Fatal(err)
		}
		var me struct{ User zendesk.User }
		if err := json.Unmarshal(raw, &me); err != nil {
			t.Fatal(err)
		}
		if me.User.Email != "admin@acme.test" || me.User.Role != "admin" || me.User.ID != seed.UserBase+1 {
			t.Fatalf("me: %+v", me.User)
		}
	})
	t.Run("show a ticket", func(t *testing.T) {
		tk, err := z.GetTicket(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		if tk.ID != 7 || tk.Subject == "" || tk.RequesterID == 0 || tk.CreatedAt.IsZero() || tk.Via.Channel == "" {
			t.Fatalf("ticket: %+v", tk)
		}
	})
	t.Run("list tickets with offset pages", func(t *testing.T) {
		tickets, page, err := z.GetTickets(ctx, &zendesk.TicketListOptions{PageOptions: zendesk.PageOptions{PerPage: 100, Page: 1}})
		if err != nil {
			t.Fatal(err)
		}
		if len(tickets) != 100 || !page.HasNext() || page.Count != int64(live) {
			t.Fatalf("%d tickets, next %v, count %d", len(tickets), page.HasNext(), page.Count)
		}
	})
	t.Run("page through every ticket with the cursor iterator", func(t *testing.T) {
		if n := countPages(t, z.GetTicketsIterator(ctx, zendesk.NewPaginationOptions())); n != live {
			t.Fatalf("%d tickets, want %d", n, live)
		}
	})
	t.Run("page through users with offset pages", func(t *testing.T) {
		opts := zendesk.NewPaginationOptions()
		opts.IsCBP, opts.PageSize = false, 50
		if n := countPages(t, z.GetUsersIterator(ctx, opts)); n != 120 {
			t.Fatalf("%d users", n)
		}
		u, err := z.GetUser(ctx, seed.UserBase+5)
		if err != nil || u.ID != seed.UserBase+5 || u.Email == "" {
			t.Fatalf("user: %+v %v", u, err)
		}
	})
	t.Run("organizations", func(t *testing.T) {
		orgs, _, err := z.GetOrganizations(ctx, &zendesk.OrganizationListOptions{PageOptions: zendesk.PageOptions{PerPage: 100}})
		if err != nil || len(orgs) != 15 {
			t.Fatalf("%d orgs, %v", len(orgs), err)
		}
		o, err := z.GetOrganization(ctx, seed.OrgBase+3)
		if err != nil || o.Name == "" || len(o.DomainNames) == 0 {
			t.Fatalf("org: %+v %v", o, err)
		}
	})
	t.Run("create a ticket", func(t *testing.T) {
		tk, err := z.CreateTicket(ctx, zendesk.Ticket{Subject: "From go-zendesk", Comment: &zendesk.TicketComment{Body: "Hello"}})
		if err != nil || tk.ID == 0 || tk.Subject != "From go-zendesk" {
			t.Fatalf("created %+v, %v", tk, err)
		}
	})
	t.Run("a 404 as Zendesk's", func(t *testing.T) {
		_, err := z.GetTicket(ctx, 99999999)
		var ze zendesk.Error
		if !errors.As(err, &ze) || ze.Status() != 404 {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("a 401 as Zendesk's", func(t *testing.T) {
		_, err := client("not-a-token").GetTicket(ctx, 7)
		var ze zendesk.Error
		if !errors.As(err, &ze) || ze.Status() != 401 {
			t.Fatalf("err %v", err)
		}
	})
}

// countPages reads every page of a go-zendesk iterator and counts the records.
func countPages[T any](t *testing.T, it interface {
	HasMore() bool
	GetNext() ([]T, error)
}) int {
	t.Helper()
	n := 0
	for it.HasMore() {
		page, err := it.GetNext()
		if err != nil {
			t.Fatal(err)
		}
		n += len(page)
	}
	return n
}
