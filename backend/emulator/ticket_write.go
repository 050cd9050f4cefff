package emulator

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/seed"
)

// Ticket writes: every one is committed to the ticketStore under the account lock, then
// reported to the webhook half (outside the lock).

// createTicket creates a ticket as actor.
func (a *Account) createTicket(in ticketInput, actor Principal, base string) (Ticket, *APIError) {
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
	verr := validationErrors{}
	if body == "" {
		verr.add("description", "BlankValue", "Description: cannot be blank")
	}
	t := Ticket{
		ID: s.nextTicketID, Status: "new", BrandID: seed.BrandID, IsPublic: true,
		CollaboratorIDs: []int64{}, FollowerIDs: []int64{}, Tags: []string{},
		CustomFields: []CustomField{}, Via: Via{Channel: "api"},
		RequesterID: actor.UserID, SubmitterID: actor.UserID, CreatedAt: now, UpdatedAt: now,
	}
	changes := applyTicketInput(ds, &t, in, verr)
	if _, ok := ds.UserOK(t.RequesterID); !ok {
		verr.add("requester", "InvalidValue", "Requester: is invalid")
	}
	if in.OrganizationID.Set == false {
		if u, ok := ds.UserOK(t.RequesterID); ok {
			t.OrganizationID = u.OrganizationID
		}
	}
	if t.Status == "new" && t.AssigneeID != nil && in.Status == nil {
		t.Status = "open"
	}
	if e := verr.apiError(); e != nil {
		a.mu.Unlock()
		return Ticket{}, e
	}
	if t.Subject == "" {
		t.Subject = firstWords(body, 60)
	}
	t.RawSubject, t.Description = t.Subject, body
	c := a.newComment(in.Comment, body, actor.UserID, true, now)
	s.nextTicketID++
	e := s.commit(t, changeEntry{at: now, kind: TicketCreated, actorID: actor.UserID, comment: &c, changes: changes})
	a.mu.Unlock()
	t.URL = ticketURL(base, t.ID)
	a.hooks.TicketChanged(TicketChange{Kind: TicketCreated, After: &t, Comment: e.comment, ActorID: actor.UserID, At: now})
	return t, nil
}

// updateTicket applies in to ticket id as actor.
func (a *Account) updateTicket(id int64, in ticketInput, actor Principal, base string) (Ticket, *APIError) {
	now := a.Now().Truncate(time.Second)
	a.mu.Lock()
	s := a.store
	before, ok := s.get(id)
	if !ok || before.Status == "deleted" {
		a.mu.Unlock()
		return Ticket{}, httpjson.NotFound()
	}
	if before.Status == "closed" {
		a.mu.Unlock()
		v := validationErrors{}
		v.add("status", "ClosedTicket", "Status: closed prevents ticket update")
		return Ticket{}, v.apiError()
	}
	t := before
	verr := validationErrors{}
	changes := applyTicketInput(a.ds, &t, in, verr)
	if e := verr.apiError(); e != nil {
		a.mu.Unlock()
		return Ticket{}, e
	}
	var c *Comment
	if in.Comment != nil && in.Comment.Body != "" {
		cc := a.newComment(in.Comment, in.Comment.Body, actor.UserID, false, now)
		c = &cc
	}
	t.UpdatedAt = now
	s.commit(t, changeEntry{at: now, kind: TicketUpdated, actorID: actor.UserID, comment: c, changes: changes})
	a.mu.Unlock()
	before.URL, t.URL = ticketURL(base, id), ticketURL(base, id)
	a.hooks.TicketChanged(TicketChange{Kind: TicketUpdated, Before: &before, After: &t, Comment: c, ActorID: actor.UserID, At: now})
	return t, nil
}

// softDeleteTicket marks ticket id deleted (exports show it with status "deleted").
func (a *Account) softDeleteTicket(id int64, actor Principal, base string) *APIError {
	now := a.Now().Truncate(time.Second)
	a.mu.Lock()
	before, ok := a.store.get(id)
	if !ok || before.Status == "deleted" {
		a.mu.Unlock()
		return httpjson.NotFound()
	}
	t := before
	t.Status, t.UpdatedAt = "deleted", now
	a.store.commit(t, changeEntry{at: now, kind: TicketSoftDeleted, actorID: actor.UserID,
		changes: []fieldChange{{Field: "status", Value: "deleted", Previous: before.Status}}})
	a.mu.Unlock()
	before.URL, t.URL = ticketURL(base, id), ticketURL(base, id)
	a.hooks.TicketChanged(TicketChange{Kind: TicketSoftDeleted, Before: &before, After: &t, ActorID: actor.UserID, At: now})
	return nil
}

// mergeTickets closes each source ticket into target, as Zendesk's merge does: sources are
// closed, tagged closed_by_merge and given a comment naming the target; the target gets a
// comment naming the sources.
func (a *Account) mergeTickets(target int64, sources []int64, targetComment, sourceComment string, public bool, actor Principal, base string) *APIError {
	now := a.Now().Truncate(time.Second)
	var reports []TicketChange
	a.mu.Lock()
	s := a.store
	tgt, ok := s.get(target)
	if !ok || tgt.Status == "deleted" {
		a.mu.Unlock()
		return httpjson.NotFound()
	}
	if tgt.Status == "closed" || len(sources) == 0 {
		a.mu.Unlock()
		v := validationErrors{}
		v.add("base", "InvalidValue", "Tickets: cannot be merged")
		return v.apiError()
	}
	for _, sid := range sources {
		src, ok := s.get(sid)
		if !ok || src.Status == "deleted" || sid == target {
			a.mu.Unlock()
			return httpjson.NotFound()
		}
		if src.Status == "closed" {
			a.mu.Unlock()
			v := validationErrors{}
			v.add("base", "InvalidValue", fmt.Sprintf("Ticket #%d: closed tickets cannot be merged", sid))
			return v.apiError()
		}
	}
	for _, sid := range sources {
		src, _ := s.get(sid)
		after := src
		after.Status, after.UpdatedAt = "closed", now
		after.Tags = append(slices.Clone(src.Tags), "closed_by_merge")
		body := sourceComment
		if body == "" {
			body = fmt.Sprintf("This request was closed and merged into request #%d %q.", target, tgt.Subject)
		}
		c := a.newComment(&commentInput{Public: &public}, body, actor.UserID, false, now)
		s.commit(after, changeEntry{at: now, kind: TicketMerged, actorID: actor.UserID, comment: &c, merged: []int64{target},
			changes: []fieldChange{{Field: "status", Value: "closed", Previous: src.Status}}})
		src.URL, after.URL = ticketURL(base, sid), ticketURL(base, sid)
		reports = append(reports, TicketChange{Kind: TicketMerged, Before: &src, After: &after, Comment: &c, ActorID: actor.UserID, At: now})
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
	c := a.newComment(&commentInput{Public: &public}, body, actor.UserID, false, now)
	s.commit(after, changeEntry{at: now, kind: TicketUpdated, actorID: actor.UserID, comment: &c, merged: sources})
	tgt.URL, after.URL = ticketURL(base, target), ticketURL(base, target)
	reports = append(reports, TicketChange{Kind: TicketUpdated, Before: &tgt, After: &after, Comment: &c, ActorID: actor.UserID, At: now})
	a.mu.Unlock()
	for _, r := range reports {
		a.hooks.TicketChanged(r)
	}
	return nil
}

// newComment builds an API comment; the caller holds a.mu.
func (a *Account) newComment(in *commentInput, body string, actorID int64, first bool, now time.Time) Comment {
	c := Comment{ID: a.store.newCommentID(), Type: "Comment", AuthorID: actorID, Body: body, Public: true,
		Attachments: []Attachment{}, Via: Via{Channel: "api"}, CreatedAt: now}
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
