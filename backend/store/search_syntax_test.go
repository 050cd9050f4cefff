package store

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"zensync/backend/search"
)

// seedSearchData stores tickets for the search-syntax table. Most times are relative to now (so
// relative queries like updated<3days hold on any day); tickets 5 and 6 carry fixed 2025 dates,
// which the table compares only with fixed query dates (never with the wall clock).
func seedSearchData(t *testing.T, now time.Time) *TicketReader {
	t.Helper()
	ctx := t.Context()
	db, repo := openRecords(t)
	ago := func(d time.Duration) time.Time { return now.Add(-d) }
	day := 24 * time.Hour
	fixed := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	type tk struct {
		id                                    int64
		subject, desc, status, prio, typ, via string
		req, asg, org, grp                    int64
		tags                                  []string
		created, updated                      time.Time
	}
	rec := func(k tk) TicketRecord {
		return TicketRecord{ID: k.id, Subject: k.subject, Description: k.desc, Status: k.status, Priority: k.prio,
			Type: k.typ, RequesterID: k.req, SubmitterID: k.req, AssigneeID: k.asg, OrganizationID: k.org,
			GroupID: k.grp, Tags: k.tags, ViaChannel: k.via, CreatedAt: k.created, UpdatedAt: k.updated}
	}
	tickets := []tk{
		{1, "Printer on fire", "The office printer is smoking", "open", "urgent", "incident", "email", 100, 200, 300, 400, []string{"hardware", "vip"}, ago(2 * day), ago(time.Hour)},
		{2, "Invoice missing", "Where is my invoice for March", "pending", "normal", "question", "web", 101, 0, 301, 401, []string{"billing"}, ago(10 * day), ago(5 * day)},
		{3, "Password reset", "Cannot log in after password reset", "solved", "low", "question", "email", 100, 201, 300, 0, []string{"account"}, ago(40 * day), ago(20 * day)},
		{4, "Refund request", "Please refund order 4997", "open", "high", "task", "api", 101, 200, 0, 401, []string{"billing", "vip"}, ago(3 * time.Hour), ago(30 * time.Minute)},
		{5, "Printer jam", "Paper stuck in the tray", "new", "", "", "web", 100, 0, 300, 0, []string{"hardware"}, fixed("2025-06-15T12:00:00Z"), fixed("2025-06-20T08:00:00Z")},
		{6, "Closed account question", "Old question about the account", "closed", "normal", "question", "email", 101, 201, 301, 400, nil, fixed("2025-01-10T09:00:00Z"), fixed("2025-02-01T10:00:00Z")},
		{4997, "Ticket number test", "Nothing here", "hold", "low", "problem", "chat", 100, 200, 0, 0, []string{"vip"}, ago(day), ago(2 * time.Hour)},
	}
	b := Batch{IntegrationID: "i1",
		Users: []UserRecord{{ID: 100, Name: "Jane Doe", Email: "jane@example.test"}, {ID: 101, Name: "John Smith", Email: "john@example.test"},
			{ID: 200, Name: "Alan Agent", Role: "agent"}, {ID: 201, Name: "Beth Support", Role: "agent"}},
		Organizations: []OrganizationRecord{{ID: 300, Name: "Acme Corp"}, {ID: 301, Name: "Globex"}},
		Groups:        []GroupRecord{{ID: 400, Name: "Level 2"}, {ID: 401, Name: "Billing Team"}},
		Comments: []CommentRecord{{ID: 1, TicketID: 2, Body: "The quarterly statement never arrived", AuthorID: 101},
			{ID: 2, TicketID: 3, Body: "The reset link expired twice", AuthorID: 100}},
	}
	b.Definitions = []DefinitionSet{
		{Kind: KindBrand, Brands: []BrandDef{{ID: 70, Name: "Main Brand", Default: true}, {ID: 71, Name: "Globex Support"}}},
		{Kind: KindTicketForm, Forms: []FormDef{{ID: 80, Name: "Default Form"}, {ID: 81, Name: "Refund request"}}},
	}
	// Brands and forms: 1, 2, 3 the main brand; 4 and 6 Globex; 5 and 4997 unknown (0).
	brandForm := map[int64][2]int64{1: {70, 80}, 2: {70, 80}, 3: {70, 0}, 4: {71, 81}, 6: {71, 80}}
	for _, k := range tickets {
		r := rec(k)
		r.BrandID, r.FormID = brandForm[k.id][0], brandForm[k.id][1]
		b.Tickets = append(b.Tickets, r)
	}
	if _, err := repo.Apply(ctx, b); err != nil {
		t.Fatal(err)
	}
	// A second integration: its user 100 is someone else, so requester:jane must not find 9001.
	other := tk{9001, "Printer elsewhere", "Another account's printer", "open", "normal", "", "email", 100, 0, 0, 0, []string{"vip"}, ago(day + time.Hour), ago(day)}
	if _, err := repo.Apply(ctx, Batch{IntegrationID: "i2", Users: []UserRecord{{ID: 100, Name: "Other Person Here"}},
		Tickets: []TicketRecord{rec(other)}}); err != nil {
		t.Fatal(err)
	}
	return NewTicketReader(db, repo.Generation)
}

func TestSearchSyntax(t *testing.T) {
	now := time.Now().UTC()
	read := seedSearchData(t, now)
	fiveDaysAgo := now.AddDate(0, 0, -5).Format("2006-01-02")
	tests := []struct {
		query   string
		want    []int64
		ordered bool // want is in list order; otherwise compared as a set
	}{
		{"4997", []int64{4, 4997}, false}, // the number, and the text that mentions it
		{"#4997", []int64{4997}, false},
		{"#1", []int64{1}, false},
		{"status:open", []int64{1, 4, 9001}, false},
		{"status<solved", []int64{1, 2, 4, 5, 4997, 9001}, false},
		{"status>=solved", []int64{3, 6}, false},
		{"status:open status:pending", []int64{1, 2, 4, 9001}, false},
		{"-status:closed -status:solved", []int64{1, 2, 4, 5, 4997, 9001}, false},
		{"priority>normal", []int64{1, 4}, false},
		{"priority<=normal", []int64{2, 3, 6, 4997, 9001}, false},
		{"priority:none", []int64{5}, false},
		{"ticket_type:question", []int64{2, 3, 6}, false},
		{"type:incident", []int64{1}, false},
		{"type:ticket status:new", []int64{5}, false},
		{"assignee:alan", []int64{1, 4, 4997}, false},
		{"assignee:none", []int64{2, 5, 9001}, false},
		{`assignee:"Beth Support"`, []int64{3, 6}, false},
		{"requester:jane@example.test", []int64{1, 3, 5, 4997}, false},
		{`requester:"John Smith"`, []int64{2, 4, 6}, false},
		{"requester:jane", []int64{1, 3, 5, 4997}, false},
		{"requester:nobody", nil, false},
		{"organization:acme", []int64{1, 3, 5}, false},
		{"organization:none", []int64{4, 4997, 9001}, false},
		{`group:"Level 2"`, []int64{1, 6}, false},
		{"group:billing", []int64{2, 4}, false},
		{"tags:vip", []int64{1, 4, 4997, 9001}, false},
		{"tags:vip tags:billing", []int64{1, 2, 4, 4997, 9001}, false},
		{"status:open tags:vip", []int64{1, 4, 9001}, false},
		{"-tags:vip", []int64{2, 3, 5, 6}, false},
		{"via:email", []int64{1, 3, 6, 9001}, false},
		{"subject:printer", []int64{1, 5, 9001}, false},
		{`subject:"printer jam"`, []int64{5}, false},
		{"description:invoice", []int64{2}, false},
		// Fixed query dates against the fixed 2025 tickets only: a day, and a closed range.
		{"created:2025-06-15", []int64{5}, false},
		{"created>=2025-01-01 created<2025-07-01", []int64{5, 6}, false},
		{"updated<=2025-02-01 updated>2025-01-31", []int64{6}, false},
		{"created>" + fiveDaysAgo, []int64{1, 4, 4997, 9001}, false},
		{"created>6hours", []int64{4}, false},
		{"updated<3days", []int64{2, 3, 5, 6}, false},
		{"updated>1month status:solved", []int64{3}, false},
		{"updated>90minutes", []int64{1, 4}, false},
		{"updated>30days -updated>1week", []int64{3}, false},
		{`"password reset"`, []int64{3}, false},
		{`"reset password"`, nil, false},
		{"printer -jam", []int64{1, 9001}, false},
		{`printer -"on fire"`, []int64{5, 9001}, false},
		{"quarterly", []int64{2}, false},
		{"-quarterly status:pending", nil, false},
		{"Jane Doe", []int64{1, 3, 5, 4997}, false},
		{"acme", []int64{1, 3, 5}, false},
		{"other person", []int64{9001}, false}, // all but one word of "Other Person Here"
		{"person", nil, false},                 // one word of three is not a name typed
		{"requester:person", []int64{9001}, false},
		{"alan", []int64{1, 4, 4997}, false},
		{"jane@example.test", []int64{1, 3, 5, 4997}, false},
		{"Jane tags:vip", []int64{1, 4997}, false},
		{"printer status:open", []int64{1, 9001}, false},
		{"refund 4997", []int64{4}, false},
		{"brand:main", []int64{1, 2, 3}, false},
		{`brand:"Globex Support"`, []int64{4, 6}, false}, // the brand, not the organization Globex
		{"brand:71", []int64{4, 6}, false},
		{"brand:none", []int64{5, 4997, 9001}, false},
		{"-brand:main status<solved", []int64{4, 5, 4997, 9001}, false},
		{"brand:main brand:globex", []int64{1, 2, 3, 4, 6}, false},
		{"brand:initech", nil, false},
		{`form:"refund request"`, []int64{4}, false},
		{"ticket_form:default", []int64{1, 2, 6}, false},
		{"form:81 tags:vip", []int64{4}, false},
		{"form:none", []int64{3, 5, 4997, 9001}, false},
		{"printer brand:main", []int64{1}, false},
		// solved: a solved or closed ticket, at its last update (no solved time is synced).
		{"solved:2025-02-01", []int64{6}, false},
		{"solved>2025-01-01", []int64{3, 6}, false},
		{"solved>1month", []int64{3}, false},
		{"solved<3days", []int64{3, 6}, false},
		{"solved<2025-02-01", nil, false},
		{"-solved>1month", []int64{1, 2, 4, 5, 6, 4997, 9001}, false},
		{"printer order_by:created sort:asc", []int64{5, 1, 9001}, true},
		{"status<closed order_by:priority sort:desc", []int64{1, 4, 9001, 2, 4997, 3, 5}, true},
		{"order_by:created", []int64{4, 4997, 9001, 1, 2, 3, 5, 6}, true},
		{"tags:vip order_by:status sort:asc", []int64{1, 4, 9001, 4997}, true},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			page, err := read.Tickets(t.Context(), TicketQuery{Search: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, r := range page.Rows {
				got = append(got, r.ID)
			}
			if !tt.ordered {
				slices.Sort(got)
				slices.Sort(tt.want)
			}
			if !slices.Equal(got, tt.want) || page.Total != int64(len(tt.want)) {
				t.Errorf("got %v (total %d), want %v", got, page.Total, tt.want)
			}
		})
	}
}

func TestSearchSyntaxErrors(t *testing.T) {
	read := seedSearchData(t, time.Now())
	tests := []struct {
		query string
		kind  error
		says  string
	}{
		{"foo:bar printer", search.ErrUnknownKeyword, "Unknown keyword 'foo:'"},
		{"due_date:2025-01-01", search.ErrNotAvailable, "not available offline yet"},
		{"brand>main", search.ErrBadValue, "':' only"},
		{"solved:3days", search.ErrBadValue, "use > (within that time)"},
		{"form:", search.ErrBadValue, `form:"Refund request"`},
		{"status:later", search.ErrBadValue, "new, open, pending, hold, solved, closed"},
		{"created>yesterdayish", search.ErrBadValue, "YYYY-MM-DD"},
		{"type:user", search.ErrBadValue, "Users screen"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			_, err := read.Tickets(t.Context(), TicketQuery{Search: tt.query})
			var se *search.Error
			if !errors.Is(err, tt.kind) || !errors.As(err, &se) || !containsText(se.Message, tt.says) {
				t.Errorf("error %v, want %v saying %q", err, tt.kind, tt.says)
			}
		})
	}
}

func containsText(s, sub string) bool { return sub != "" && strings.Contains(s, sub) }
