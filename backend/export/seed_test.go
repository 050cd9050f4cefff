package export

import (
	"fmt"
	"testing"
	"time"

	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
)

var t0 = time.Now().UTC().Truncate(time.Second).Add(-30 * 24 * time.Hour)

// seedStore opens a real SQLite database in a temp folder with n tickets (plus people, a
// conversation and a Help Center) and returns its reader.
func seedStore(t *testing.T, n int) StoreSource {
	t.Helper()
	ctx := t.Context()
	db := emuenv.OpenStore(t)
	repo := store.NewRecordRepo(db, nil)
	subjects := []string{"Printer on fire", `Invoice "Q3", late`, "=HYPERLINK(\"http://evil\")", "Line one\nline two", "Refund request"}
	statuses := []string{"open", "pending", "solved", "new"}
	tickets := make([]store.TicketRecord, n)
	for i := range tickets {
		id := int64(i + 1)
		tickets[i] = store.TicketRecord{ID: id, Subject: fmt.Sprintf("%s %d", subjects[i%len(subjects)], id),
			Description: "about ticket", Status: statuses[i%len(statuses)], Priority: []string{"low", "normal", "high"}[i%3],
			RequesterID: 100, AssigneeID: []int64{0, 200}[i%2], OrganizationID: []int64{0, 300}[i%2],
			Tags: [][]string{{"vip"}, {"billing", "vip"}, nil}[i%3], CreatedAt: t0.Add(time.Duration(id) * time.Minute),
			UpdatedAt: t0.Add(time.Duration(n-i) * time.Minute)}
	}
	_, err := repo.Apply(ctx, store.Batch{IntegrationID: "i1",
		Users: []store.UserRecord{{ID: 100, Name: "Rita Requester", Email: "rita@x.test", Role: "end-user", OrganizationID: 300, Active: true},
			{ID: 200, Name: "Alan Agent", Role: "agent", Active: true}},
		Organizations: []store.OrganizationRecord{{ID: 300, Name: "Acme, Inc.", DomainNames: []string{"acme.test"}, Tags: []string{"gold"}}},
		Groups:        []store.GroupRecord{{ID: 400, Name: "Support"}},
		Tickets:       tickets,
		Comments: []store.CommentRecord{
			{ID: 1, TicketID: 1, AuthorID: 100, Public: true, Body: "It is on fire", CreatedAt: t0,
				HTMLBody: `<p onclick="alert(1)">It is <b>on fire</b></p><script>alert(2)</script><img src="https://tracker.test/p.gif" alt="pixel">`},
			{ID: 2, TicketID: 1, AuthorID: 200, Public: false, Body: "internal: check the toner", CreatedAt: t0.Add(time.Minute)},
			{ID: 3, TicketID: 2, AuthorID: 100, Public: true, Body: "The quarterly statement never arrived", CreatedAt: t0},
		},
		Categories: []store.CategoryRecord{{ID: 10, Locale: "en-us", Name: "Guides", UpdatedAt: t0}},
		Sections:   []store.SectionRecord{{ID: 20, Locale: "en-us", CategoryID: 10, Name: "Printers", UpdatedAt: t0}},
		Articles: []store.ArticleRecord{
			{ID: 30, Locale: "en-us", SectionID: 20, AuthorID: 200, Title: "Putting out a printer fire", Position: 1,
				Body:       `<h2>Steps</h2><p style="background:url(https://x.test/a.png)">Unplug it.</p><iframe src="https://x.test"></iframe>`,
				LabelNames: []string{"fire", "printer"}, HTMLURL: "https://acme.zendesk.com/hc/en-us/articles/30", CreatedAt: t0, UpdatedAt: t0},
			{ID: 31, Locale: "en-us", SectionID: 20, Title: "Toner", Position: 2, Body: "<p>Shake it.</p>", CreatedAt: t0, UpdatedAt: t0},
		}})
	if err != nil {
		t.Fatal(err)
	}
	return StoreSource{store.NewTicketReader(db, repo.Generation), store.NewHelpCenterReader(db)}
}
