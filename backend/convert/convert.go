// Package convert is the one mapping from Zendesk's API records (backend/zendesk) to the
// stored records (backend/store). The syncer and the webhook processor both store through it,
// so a ticket reads the same whichever way it arrived.
package convert

import (
	"zensync/backend/store"
	"zensync/backend/zendesk"
	"zensync/backend/zendesk/wire"
)

// Ticket converts an API ticket (an export, show_many, or a webhook event's detail read as a
// ticket) to the stored form. Times are UTC; a ticket with status "deleted" is marked deleted.
// A ticket without custom_fields (a webhook event's detail carries neither them nor the
// satisfaction rating) leaves the stored custom field values and rating as they are; a brand or
// form of 0 (not sent) leaves the stored one too.
func Ticket(t *zendesk.Ticket) store.TicketRecord {
	tags := t.Tags
	if tags == nil {
		tags = []string{}
	}
	return store.TicketRecord{
		ID: t.ID, Subject: t.Subject, Description: t.Description, Status: t.Status, Priority: wire.OrZero(t.Priority),
		Type: wire.OrZero(t.Type), RequesterID: t.RequesterID, SubmitterID: t.SubmitterID, AssigneeID: wire.OrZero(t.AssigneeID),
		OrganizationID: wire.OrZero(t.OrganizationID), GroupID: wire.OrZero(t.GroupID), Tags: tags, ViaChannel: t.Via.Channel,
		CreatedAt: t.CreatedAt.UTC(), UpdatedAt: t.UpdatedAt.UTC(), GeneratedTimestamp: t.GeneratedTimestamp,
		Deleted: t.Status == "deleted", BrandID: t.BrandID, FormID: wire.OrZero(t.TicketFormID),
		CustomFields: customFields(t.CustomFields), Satisfaction: satisfaction(t.SatisfactionRating, t.CustomFields != nil),
	}
}

// User converts an API user.
func User(u *zendesk.User) store.UserRecord {
	return store.UserRecord{ID: u.ID, Name: u.Name, Email: u.Email, Role: u.Role, OrganizationID: wire.OrZero(u.OrganizationID),
		Active: u.Active, Suspended: u.Suspended, CreatedAt: u.CreatedAt, UpdatedAt: u.UpdatedAt,
		CustomFields: personFields(u.UserFields)}
}

// Organization converts an API organization.
func Organization(o *zendesk.Organization) store.OrganizationRecord {
	return store.OrganizationRecord{ID: o.ID, Name: o.Name, DomainNames: o.DomainNames, Tags: o.Tags,
		CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt, CustomFields: personFields(o.OrganizationFields)}
}

// Group converts an API group.
func Group(g *zendesk.Group) store.GroupRecord {
	return store.GroupRecord{ID: g.ID, Name: g.Name, Deleted: g.Deleted, CreatedAt: g.CreatedAt, UpdatedAt: g.UpdatedAt}
}

// Comments takes the comments out of a ticket events page.
func Comments(events []zendesk.TicketEvent) []store.CommentRecord {
	var out []store.CommentRecord
	for i := range events {
		ev := &events[i]
		for j := range ev.ChildEvents {
			ch := &ev.ChildEvents[j]
			if !ch.IsComment() {
				continue
			}
			c := store.CommentRecord{ID: ch.ID, TicketID: ev.TicketID, AuthorID: ch.AuthorID, Public: true,
				Body: ch.PlainBody, HTMLBody: ch.HTMLBody, CreatedAt: ev.CreatedAt, Attachments: Attachments(ch.Attachments)}
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

// Attachments converts a comment's attachments (ticket and comment ids are set when stored).
func Attachments(as []zendesk.Attachment) []store.AttachmentRecord {
	return each(as, func(a *zendesk.Attachment) store.AttachmentRecord {
		return store.AttachmentRecord{ID: a.ID, FileName: a.FileName, ContentURL: a.ContentURL,
			ContentType: a.ContentType, Size: a.Size, Inline: a.Inline}
	})
}

// each converts every element of xs with f; none is nil.
func each[T, U any](xs []T, f func(*T) U) []U {
	if len(xs) == 0 {
		return nil
	}
	out := make([]U, len(xs))
	for i := range xs {
		out[i] = f(&xs[i])
	}
	return out
}
