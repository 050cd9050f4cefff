package account

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
	"zensync/backend/emulator/tickets"
	"zensync/backend/zendesk/wire"
)

// Ticket writes: every one is committed to the tickets.Store under the account lock, then
// reported to the webhook half (outside the lock).

// createTicket creates a ticket as actor.
func (a *Account) CreateTicket(in tickets.Input, actor auth.Principal, base string) (record.Ticket, *httpjson.APIError) {
	now := a.Now().Truncate(time.Second)
	a.mu.Lock()
	s := a.store
	ds := a.ds
	body := ""
	if in.Comment != nil {
		body = in.Comment.Body
	}
	if body == "" && in.Description != nil {
		body = *in.Description
	}
	verr := tickets.ValidationErrors{}
	if body == "" {
		verr.Add("description", "BlankValue", "Description: cannot be blank")
	}
	t := record.Ticket{
		ID: s.NextTicketID, Status: "new", BrandID: seed.BrandID, IsPublic: true,
		CollaboratorIDs: []int64{}, FollowerIDs: []int64{}, Tags: []string{},
		CustomFields: []wire.CustomField{}, Via: wire.Via{Channel: "api"},
		RequesterID: actor.UserID, SubmitterID: actor.UserID, CreatedAt: now, UpdatedAt: now,
	}
	changes := tickets.ApplyInput(ds, &t, in, verr)
	if _, ok := ds.UserOK(t.RequesterID); !ok {
		verr.Add("requester", "InvalidValue", "Requester: is invalid")
	}
	if in.OrganizationID.Set == false {
		if u, ok := ds.UserOK(t.RequesterID); ok {
			t.OrganizationID = u.OrganizationID
		}
	}
	if t.Status == "new" && t.AssigneeID != nil && in.Status == nil {
		t.Status = "open"
	}
	if e := verr.APIError(); e != nil {
		a.mu.Unlock()
		return record.Ticket{}, e
	}
	if t.Subject == "" {
		t.Subject = tickets.FirstWords(body, 60)
	}
	t.RawSubject, t.Description = t.Subject, body
	c := a.newComment(in.Comment, body, actor.UserID, true, now)
	s.NextTicketID++
	e := s.Commit(t, tickets.Entry{At: now, Kind: record.TicketCreated, ActorID: actor.UserID, Comment: &c, Changes: changes})
	a.mu.Unlock()
	t.URL = tickets.URL(base, t.ID)
	a.onChange(record.TicketChange{Kind: record.TicketCreated, After: &t, Comment: e.Comment, ActorID: actor.UserID, At: now})
	return t, nil
}

// updateTicket applies in to ticket id as actor.
func (a *Account) UpdateTicket(id int64, in tickets.Input, actor auth.Principal, base string) (record.Ticket, *httpjson.APIError) {
	now := a.Now().Truncate(time.Second)
	a.mu.Lock()
	s := a.store
	before, ok := s.Get(id)
	if !ok || before.Status == "deleted" {
		a.mu.Unlock()
		return record.Ticket{}, httpjson.NotFound()
	}
	if before.Status == "closed" {
		a.mu.Unlock()
		v := tickets.ValidationErrors{}
		v.Add("status", "ClosedTicket", "Status: closed prevents ticket update")
		return record.Ticket{}, v.APIError()
	}
	t := before
	verr := tickets.ValidationErrors{}
	changes := tickets.ApplyInput(a.ds, &t, in, verr)
	if e := verr.APIError(); e != nil {
		a.mu.Unlock()
		return record.Ticket{}, e
	}
	var c *record.Comment
	if in.Comment != nil && in.Comment.Body != "" {
		cc := a.newComment(in.Comment, in.Comment.Body, actor.UserID, false, now)
		c = &cc
	}
	t.UpdatedAt = now
	s.Commit(t, tickets.Entry{At: now, Kind: record.TicketUpdated, ActorID: actor.UserID, Comment: c, Changes: changes})
	a.mu.Unlock()
	before.URL, t.URL = tickets.URL(base, id), tickets.URL(base, id)
	a.onChange(record.TicketChange{Kind: record.TicketUpdated, Before: &before, After: &t, Comment: c, ActorID: actor.UserID, At: now})
	return t, nil
}

// softDeleteTicket marks ticket id deleted (exports show it with status "deleted").
func (a *Account) SoftDeleteTicket(id int64, actor auth.Principal, base string) *httpjson.APIError {
	now := a.Now().Truncate(time.Second)
	a.mu.Lock()
	before, ok := a.store.Get(id)
	if !ok || before.Status == "deleted" {
		a.mu.Unlock()
		return httpjson.NotFound()
	}
	t := before
	t.Status, t.UpdatedAt = "deleted", now
	a.store.Commit(t, tickets.Entry{At: now, Kind: record.TicketSoftDeleted, ActorID: actor.UserID,
		Changes: []tickets.FieldChange{{Field: "status", Value: "deleted", Previous: before.Status}}})
	a.mu.Unlock()
	before.URL, t.URL = tickets.URL(base, id), tickets.URL(base, id)
	a.onChange(record.TicketChange{Kind: record.TicketSoftDeleted, Before: &before, After: &t, ActorID: actor.UserID, At: now})
	return nil
}

// mergeTickets closes each source ticket into target, as Zendesk's merge does: sources are
// closed, tagged closed_by_merge and given a comment naming the target; the target gets a
// comment naming the sources.
func (a *Account) MergeTickets(target int64, sources []int64, targetComment, sourceComment string, public bool, actor auth.Principal, base string) *httpjson.APIError {
	now := a.Now().Truncate(time.Second)
	var reports []record.TicketChange
	a.mu.Lock()
	s := a.store
	tgt, ok := s.Get(target)
	if !ok || tgt.Status == "deleted" {
		a.mu.Unlock()
		return httpjson.NotFound()
	}
	if tgt.Status == "closed" || len(sources) == 0 {
		a.mu.Unlock()
		v := tickets.ValidationErrors{}
		v.Add("base", "InvalidValue", "Tickets: cannot be merged")
		return v.APIError()
	}
	for _, sid := range sources {
		src, ok := s.Get(sid)
		if !ok || src.Status == "deleted" || sid == target {
			a.mu.Unlock()
			return httpjson.NotFound()
		}
		if src.Status == "closed" {
			a.mu.Unlock()
			v := tickets.ValidationErrors{}
			v.Add("base", "InvalidValue", fmt.Sprintf("Ticket #%d: closed tickets cannot be merged", sid))
			return v.APIError()
		}
	}
	for _, sid := range sources {
		src, _ := s.Get(sid)
		after := src
		after.Status, after.UpdatedAt = "closed", now
		after.Tags = append(slices.Clone(src.Tags), "closed_by_merge")
		body := sourceComment
		if body == "" {
			body = fmt.Sprintf("This request was closed and merged into request #%d %q.", target, tgt.Subject)
		}
		c := a.newComment(&tickets.CommentInput{Public: &public}, body, actor.UserID, false, now)
		s.Commit(after, tickets.Entry{At: now, Kind: record.TicketMerged, ActorID: actor.UserID, Comment: &c, Merged: []int64{target},
			Changes: []tickets.FieldChange{{Field: "status", Value: "closed", Previous: src.Status}}})
		src.URL, after.URL = tickets.URL(base, sid), tickets.URL(base, sid)
		reports = append(reports, record.TicketChange{Kind: record.TicketMerged, Before: &src, After: &after, Comment: &c, ActorID: actor.UserID, At: now})
	}
	body := targetComment
	if body == "" {
		refs := make([]string, len(sources))
		for i, sid := range sources {
			refs[i] = fmt.Sprintf("#%d", sid)
		}
		body = fmt.Sprintf("Requests %s were closed and merged into this request.", strings.Join(refs, ", "))
	}
	after := tgt
	after.UpdatedAt = now
	c := a.newComment(&tickets.CommentInput{Public: &public}, body, actor.UserID, false, now)
	s.Commit(after, tickets.Entry{At: now, Kind: record.TicketUpdated, ActorID: actor.UserID, Comment: &c, Merged: sources})
	tgt.URL, after.URL = tickets.URL(base, target), tickets.URL(base, target)
	reports = append(reports, record.TicketChange{Kind: record.TicketUpdated, Before: &tgt, After: &after, Comment: &c, ActorID: actor.UserID, At: now})
	a.mu.Unlock()
	for _, r := range reports {
		a.onChange(r)
	}
	return nil
}

// newComment builds an API comment; the caller holds a.mu.
func (a *Account) newComment(in *tickets.CommentInput, body string, actorID int64, first bool, now time.Time) record.Comment {
	c := record.Comment{ID: a.store.NewCommentID(), Type: "Comment", AuthorID: actorID, Body: body, Public: true,
		Attachments: []wire.Attachment{}, Via: wire.Via{Channel: "api"}, CreatedAt: now}
	if in != nil {
		if in.AuthorID != 0 {
			c.AuthorID = in.AuthorID
		}
		if in.Public != nil && !first {
			c.Public = *in.Public
		}
	}
	c.AuditID = c.ID + 1
	c.PlainBody = body
	c.HTMLBody = seed.HTMLFromText(body)
	if in != nil && in.HTMLBody != "" {
		c.HTMLBody = in.HTMLBody
	}
	return c
}
