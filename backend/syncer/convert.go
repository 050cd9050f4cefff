package syncer

import (
	"time"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// TicketRecord converts an API ticket to the stored form (also used for webhook snapshots).
func TicketRecord(t *zendesk.Ticket) store.TicketRecord {
	return store.TicketRecord{
		ID: t.ID, Subject: t.Subject, Description: t.Description, Status: t.Status, Priority: t.Priority,
		Type: t.Type, RequesterID: t.RequesterID, SubmitterID: t.SubmitterID, AssigneeID: t.AssigneeID,
		OrganizationID: t.OrganizationID, GroupID: t.GroupID, Tags: t.Tags, ViaChannel: t.Via.Channel,
		CreatedAt: t.CreatedAt, UpdatedAt: t.UpdatedAt, GeneratedTimestamp: t.GeneratedTimestamp,
		Deleted: t.Status == "deleted",
	}
}

func userRecord(u *zendesk.User) store.UserRecord {
	return store.UserRecord{ID: u.ID, Name: u.Name, Email: u.Email, Role: u.Role, OrganizationID: u.OrganizationID,
		Active: u.Active, Suspended: u.Suspended, CreatedAt: u.CreatedAt, UpdatedAt: u.UpdatedAt}
}

func orgRecord(o *zendesk.Organization) store.OrganizationRecord {
	return store.OrganizationRecord{ID: o.ID, Name: o.Name, DomainNames: o.DomainNames, Tags: o.Tags,
		CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt}
}

func groupRecord(g *zendesk.Group) store.GroupRecord {
	return store.GroupRecord{ID: g.ID, Name: g.Name, Deleted: g.Deleted, CreatedAt: g.CreatedAt, UpdatedAt: g.UpdatedAt}
}

// commentRecords takes the comments out of a ticket events page.
func commentRecords(events []zendesk.TicketEvent) []store.CommentRecord {
	var out []store.CommentRecord
	for i := range events {
		ev := &events[i]
		for j := range ev.ChildEvents {
			ch := &ev.ChildEvents[j]
			if !ch.IsComment() {
				continue
			}
			c := store.CommentRecord{ID: ch.ID, TicketID: ev.TicketID, AuthorID: ch.AuthorID, Public: true,
				Body: ch.PlainBody, HTMLBody: ch.HTMLBody, CreatedAt: ev.CreatedAt}
			if c.Body == "" {
				c.Body = ch.Body
			}
			if ch.Public != nil {
				c.Public = *ch.Public
			}
			if c.AuthorID == 0 {
				c.AuthorID = ev.UpdaterID
			}
			if ch.CreatedAt != nil {
				c.CreatedAt = *ch.CreatedAt
			}
			out = append(out, c)
		}
	}
	return out
}

// keepCreatedSince drops records created before since (Created Time mode's backfill start).
func keepCreatedSince[T any](xs []T, since time.Time, created func(*T) time.Time) []T {
	if since.IsZero() {
		return xs
	}
	out := xs[:0]
	for i := range xs {
		if !created(&xs[i]).Before(since) {
			out = append(out, xs[i])
		}
	}
	return out
}
