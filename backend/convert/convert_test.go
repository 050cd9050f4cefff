package convert

import (
	"reflect"
	"testing"
	"time"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

func TestTicket(t *testing.T) {
	at := time.Date(2025, 3, 4, 5, 6, 7, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name string
		in   zendesk.Ticket
		want store.TicketRecord
	}{
		{"every stored field is kept, times in UTC",
			zendesk.Ticket{ID: 7, Subject: "s", Description: "d", Status: "open", Priority: new("low"), Type: new("task"),
				RequesterID: 1, SubmitterID: 2, AssigneeID: new(int64(3)), OrganizationID: new(int64(4)), GroupID: new(int64(5)), Tags: []string{"a"},
				Via: zendesk.Via{Channel: "email"}, CreatedAt: at, UpdatedAt: at.Add(time.Hour), GeneratedTimestamp: 99},
			store.TicketRecord{ID: 7, Subject: "s", Description: "d", Status: "open", Priority: "low", Type: "task",
				RequesterID: 1, SubmitterID: 2, AssigneeID: 3, OrganizationID: 4, GroupID: 5, Tags: []string{"a"},
				ViaChannel: "email", CreatedAt: at.UTC(), UpdatedAt: at.Add(time.Hour).UTC(), GeneratedTimestamp: 99}},
		{"no tags is an empty list; status deleted marks the ticket deleted",
			zendesk.Ticket{ID: 8, Status: "deleted"},
			store.TicketRecord{ID: 8, Status: "deleted", Deleted: true, Tags: []string{},
				CreatedAt: time.Time{}.UTC(), UpdatedAt: time.Time{}.UTC()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Ticket(&tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Ticket =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestUserOrganizationNullIsNone(t *testing.T) {
	org := int64(4)
	tests := []struct {
		name string
		in   *int64
		want int64
	}{
		{"an organization is kept", &org, 4},
		{"null (no organization) is stored as 0", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := User(&zendesk.User{ID: 1, OrganizationID: tt.in}); got.ID != 1 || got.OrganizationID != tt.want {
				t.Fatalf("User = %+v, want organization %d", got, tt.want)
			}
		})
	}
}

func TestCommentsTakesOnlyCommentsWithTheirAuthorAndTime(t *testing.T) {
	at := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	later := at.Add(time.Minute)
	private := false
	events := []zendesk.TicketEvent{{TicketID: 3, UpdaterID: 9, CreatedAt: at, ChildEvents: []zendesk.ChildEvent{
		{ID: 1, EventType: "Comment", Body: "raw", HTMLBody: "<p>raw</p>"},
		{ID: 2, EventType: "Change"},
		{ID: 4, EventType: "Comment", AuthorID: 5, PlainBody: "plain", Body: "raw", Public: &private, CreatedAt: &later},
	}}}
	want := []store.CommentRecord{
		{ID: 1, TicketID: 3, AuthorID: 9, Public: true, Body: "raw", HTMLBody: "<p>raw</p>", CreatedAt: at},
		{ID: 4, TicketID: 3, AuthorID: 5, Public: false, Body: "plain", CreatedAt: later},
	}
	if got := Comments(events); !reflect.DeepEqual(got, want) {
		t.Fatalf("Comments =\n%+v\nwant\n%+v", got, want)
	}
}
