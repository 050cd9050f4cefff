package store

import (
	"errors"
	"testing"
	"time"
)

func seedQueryData(t *testing.T) *TicketReader {
	t.Helper()
	ctx := t.Context()
	db, repo := openRecords(t)
	mk := func(id int64, subject, status, prio string, assignee, org int64, tags ...string) TicketRecord {
		return TicketRecord{ID: id, Subject: subject, Description: "about " + subject, Status: status, Priority: prio,
			RequesterID: 100, AssigneeID: assignee, OrganizationID: org, Tags: tags,
			CreatedAt: t0.Add(time.Duration(id) * time.Minute), UpdatedAt: t0.Add(time.Duration(100-id) * time.Minute)}
	}
	_, err := repo.Apply(ctx, Batch{IntegrationID: "i1",
		Users: []UserRecord{{ID: 100, Name: "Rita Requester", Email: "rita@x.test", Role: "end-user", OrganizationID: 300},
			{ID: 200, Name: "Alan Agent", Role: "agent"}},
		Organizations: []OrganizationRecord{{ID: 300, Name: "Acme", DomainNames: []string{"acme.test"}}},
		Tickets: []TicketRecord{
			mk(1, "Printer on fire", "open", "urgent", 200, 300, "hardware", "vip"),
			mk(2, "Invoice missing", "pending", "normal", 0, 300, "billing"),
			mk(3, "Password reset", "solved", "low", 200, 0, "account"),
			mk(4, "Refund request", "open", "high", 0, 0, "billing", "vip"),
		},
		Comments: []CommentRecord{{ID: 1, TicketID: 2, Body: "The quarterly statement never arrived", AuthorID: 100}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = repo.Apply(ctx, Batch{IntegrationID: "i2", Tickets: []TicketRecord{mk(1, "Printer jam elsewhere", "new", "normal", 0, 0)}})
	if err != nil {
		t.Fatal(err)
	}
	return NewTicketReader(db, repo.Generation)
}

func TestTicketQueries(t *testing.T) {
	read := seedQueryData(t)
	tests := []struct {
		name    string
		q       TicketQuery
		wantIDs []int64
		total   int64
	}{
		{"everything, newest update first", TicketQuery{}, []int64{1, 1, 2, 3, 4}, 5},
		{"one integration", TicketQuery{IntegrationID: "i1"}, []int64{1, 2, 3, 4}, 4},
		{"a word in the subject", TicketQuery{Search: "printer"}, []int64{1, 1}, 2},
		{"a word in a comment only", TicketQuery{Search: "quarterly"}, []int64{2}, 1},
		{"a prefix of the last word", TicketQuery{Search: "statem"}, []int64{2}, 1},
		{"all words must match", TicketQuery{Search: "printer fire"}, []int64{1}, 1},
		{"FTS syntax is taken literally", TicketQuery{Search: `printer" OR "refund NEAR(`}, nil, 0},
		{"a search with a filter", TicketQuery{Search: "printer", IntegrationID: "i2"}, []int64{1}, 1},
		{"a search with a status filter", TicketQuery{Search: "about", Statuses: []string{"open", "pending"}}, []int64{1, 2, 4}, 3},
		{"a search sorted by id, paged", TicketQuery{Search: "about", IntegrationID: "i1", Sort: SortIDAsc, Offset: 1, Limit: 2}, []int64{2, 3}, 4},
		{"a search sorted by creation", TicketQuery{Search: "about", IntegrationID: "i1", Sort: SortCreatedDesc, Limit: 2}, []int64{4, 3}, 4},
		{"a search past the last page", TicketQuery{Search: "about", Offset: 10}, nil, 5},
		{"a search with only punctuation matches nothing", TicketQuery{Search: "?!"}, nil, 0},
		{"status filter", TicketQuery{Statuses: []string{"open"}}, []int64{1, 4}, 2},
		{"priority filter", TicketQuery{Priorities: []string{"low", "high"}}, []int64{3, 4}, 2},
		{"assignee filter", TicketQuery{AssigneeID: 200}, []int64{1, 3}, 2},
		{"organization filter", TicketQuery{OrganizationID: 300}, []int64{1, 2}, 2},
		{"tag filter matches whole tags", TicketQuery{Tag: "vip"}, []int64{1, 4}, 2},
		{"a tag prefix is not a tag", TicketQuery{Tag: "vi"}, nil, 0},
		{"created, newest first", TicketQuery{IntegrationID: "i1", Sort: SortCreatedDesc}, []int64{4, 3, 2, 1}, 4},
		{"by id, paged", TicketQuery{IntegrationID: "i1", Sort: SortIDAsc, Offset: 1, Limit: 2}, []int64{2, 3}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := read.Tickets(t.Context(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, r := range page.Rows {
				ids = append(ids, r.ID)
			}
			if page.Total != tt.total || len(ids) != len(tt.wantIDs) {
				t.Fatalf("total %d ids %v, want total %d ids %v", page.Total, ids, tt.total, tt.wantIDs)
			}
			for i := range ids {
				if ids[i] != tt.wantIDs[i] {
					t.Fatalf("ids %v, want %v", ids, tt.wantIDs)
				}
			}
		})
	}
}

func TestTicketRowHasNames(t *testing.T) {
	read := seedQueryData(t)
	page, err := read.Tickets(t.Context(), TicketQuery{IntegrationID: "i1", Sort: SortIDAsc, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	r := page.Rows[0]
	if r.RequesterName != "Rita Requester" || r.AssigneeName != "Alan Agent" || r.OrganizationName != "Acme" ||
		len(r.Tags) != 2 || r.CreatedAt != "2026-01-02T03:05:05Z" {
		t.Errorf("row = %+v", r)
	}
}

func TestFiltersUsersOrganizations(t *testing.T) {
	ctx := t.Context()
	read := seedQueryData(t)
	f, err := read.Filters(ctx, "i1")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Assignees) != 1 || f.Assignees[0].Name != "Alan Agent" || len(f.Organizations) != 1 || len(f.Tags) != 4 {
		t.Errorf("filters = %+v", f)
	}
	people := NewPeopleReader(read.db)
	users, err := people.Users(ctx, ListQuery{IntegrationID: "i1", Search: "rita"})
	if err != nil {
		t.Fatal(err)
	}
	if users.Total != 1 || users.Rows[0].OrganizationName != "Acme" {
		t.Errorf("users = %+v", users)
	}
	orgs, err := people.Organizations(ctx, ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if orgs.Total != 1 || orgs.Rows[0].UserCount != 1 || orgs.Rows[0].DomainNames[0] != "acme.test" {
		t.Errorf("orgs = %+v", orgs)
	}
}

func TestHelpCenterTreeAndArticle(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	_, err := repo.Apply(ctx, Batch{IntegrationID: "i1",
		Users:      []UserRecord{{ID: 9, Name: "Writer"}},
		Categories: []CategoryRecord{{ID: 1, Locale: "en-us", Name: "General"}, {ID: 1, Locale: "fr", Name: "Général"}},
		Sections:   []SectionRecord{{ID: 2, Locale: "en-us", CategoryID: 1, Name: "FAQ"}, {ID: 2, Locale: "fr", CategoryID: 1, Name: "FAQ fr"}},
		Articles: []ArticleRecord{{ID: 3, Locale: "en-us", SectionID: 2, AuthorID: 9, Title: "Hello",
			Body: "<p>Hi<script>x()</script></p>", LabelNames: []string{"a"}},
			{ID: 3, Locale: "fr", SectionID: 2, AuthorID: 9, Title: "Bonjour", Body: "<p>Salut</p>"}}})
	if err != nil {
		t.Fatal(err)
	}
	read := NewHelpCenterReader(db)
	tree, err := read.HelpCenter(ctx, "i1")
	if err != nil {
		t.Fatal(err)
	}
	// One category and section (their translations are one node); the article in both locales.
	if len(tree.Categories) != 1 || len(tree.Categories[0].Sections) != 1 || len(tree.Categories[0].Sections[0].Articles) != 2 {
		t.Fatalf("tree = %+v", tree)
	}
	a, err := read.Article(ctx, "i1", 3, "en-us")
	if err != nil {
		t.Fatal(err)
	}
	if a.BodyHTML != "<p>Hi<script>x()</script></p>" || a.SectionName != "FAQ" || a.CategoryName != "General" || a.AuthorName != "Writer" {
		t.Errorf("article = %+v", a)
	}
	fr, err := read.Article(ctx, "i1", 3, "fr")
	if err != nil || fr.Title != "Bonjour" || fr.Locale != "fr" || fr.SectionName != "FAQ fr" {
		t.Errorf("the fr translation = %+v, %v", fr, err)
	}
	if _, err := read.Article(ctx, "i1", 3, "de"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a locale not stored: %v, want ErrNotFound", err)
	}
}

func TestMatchQuery(t *testing.T) {
	tests := map[string]string{
		"":                "",
		"  ":              "",
		"printer":         `"printer"*`,
		"on fire":         `"on" "fire"*`,
		`a"b OR c`:        `"a" "b" "OR" "c"`,
		"NEAR(x y) café":  `"NEAR" "x" "y" "café"*`,
		"ab":              `"ab"`,
		"one-two three_4": `"one" "two" "three" "4"`,
	}
	for in, want := range tests {
		if got := MatchQuery(in); got != want {
			t.Errorf("MatchQuery(%q) = %q, want %q", in, got, want)
		}
	}
}
