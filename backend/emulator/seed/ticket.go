package seed

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"zensync/backend/emulator/record"
	"zensync/backend/zendesk/wire"
)

// Seeded tickets are never stored: ticket id (1..cfg.Tickets) is rebuilt from (seed, id) on
// every read. Ticket id lives in the time window [start+(id-1)*step, start+id*step): it is
// created, commented on and last updated inside it, so created_at, updated_at and comment
// times all increase with id and the export order is simply id order.

const (
	seedCommentBase int64 = 100_000_000_000
	seedAuditBase   int64 = 300_000_000_000
	maxSeedComments       = 6
	customFieldPlan int64 = 360000101
	customFieldRef  int64 = 360000102
)

var (
	statusWeights   = []string{"new", "new", "open", "open", "open", "pending", "pending", "hold", "solved", "solved", "solved", "solved", "closed", "closed", "closed", "closed", "closed", "closed", "closed", "closed"}
	priorityWeights = []string{"urgent", "high", "high", "normal", "normal", "normal", "normal", "normal", "low", "low", "", ""}
	typeWeights     = []string{"question", "question", "incident", "incident", "problem", "task", "", ""}
	channels        = []string{"email", "email", "web", "web", "api", "mobile"}
)

// SeededKind says whether seeded ticket id is deleted, or merged into another ticket.
func (ds *Dataset) SeededKind(id int64) (deleted bool, mergedInto int64) {
	r := rngFor(ds.Config.Seed, id, 1)
	switch r.intn(100) {
	case 0:
		return true, 0
	case 1:
		for t := id - 1 - int64(r.intn(50)); t >= 1; t-- {
			k := rngFor(ds.Config.Seed, t, 1)
			if k.intn(100) >= 2 {
				return false, t
			}
		}
	}
	return false, 0
}

// SeededTimes gives seeded ticket id's creation and last update and its comment count.
func (ds *Dataset) SeededTimes(id int64) (created, updated time.Time, comments int) {
	r := rngFor(ds.Config.Seed, id, 2)
	ws := ds.Start.Add(ds.step * time.Duration(id-1))
	stepS := max(int64(ds.step/time.Second), 1)
	created = ws.Add(time.Duration(int64(r.next()%uint64(max(stepS/10, 1)))) * time.Second)
	lag := time.Duration(int64(r.next()%uint64(max(stepS*7/10, 1)))) * time.Second
	updated = created.Add(lag)
	return created, updated, 1 + r.intn(maxSeedComments-1)
}

func (ds *Dataset) seededSubjectOf(id int64) string {
	r := rngFor(ds.Config.Seed, id, 3)
	return seededSubject(&r)
}

// SeededTicket rebuilds seeded ticket id (1 <= id <= cfg.Tickets); URL is left empty.
func (ds *Dataset) SeededTicket(id int64) record.Ticket {
	created, updated, _ := ds.SeededTimes(id)
	deleted, mergedInto := ds.SeededKind(id)
	r := rngFor(ds.Config.Seed, id, 3)
	t := record.Ticket{
		ID: id, Subject: seededSubject(&r), Status: pick(&r, statusWeights),
		BrandID: BrandID, CollaboratorIDs: []int64{}, FollowerIDs: []int64{},
		IsPublic: true, CreatedAt: created, UpdatedAt: updated,
	}
	t.RawSubject = t.Subject
	if p := pick(&r, priorityWeights); p != "" {
		t.Priority = &p
	}
	if ty := pick(&r, typeWeights); ty != "" {
		t.Type = &ty
		if ty == "task" {
			due := created.Add(72 * time.Hour)
			t.DueAt = &due
		}
		t.HasIncidents = ty == "problem" && r.pct(30)
	}
	requester := ds.User(pick(&r, ds.EndUsers))
	t.RequesterID, t.SubmitterID, t.OrganizationID = requester.ID, requester.ID, requester.OrganizationID
	gid := ds.Groups[r.intn(len(ds.Groups))].ID
	t.GroupID = &gid
	if t.Status != "new" {
		aid := pick(&r, ds.Agents)
		t.AssigneeID = &aid
	}
	for n := 1 + r.intn(3); n > 0; n-- {
		tag := pick(&r, ticketTags)
		if !ContainsString(t.Tags, tag) {
			t.Tags = append(t.Tags, tag)
		}
	}
	if r.pct(20) {
		ext := "ext-" + strconv.FormatInt(id, 10)
		t.ExternalID = &ext
	}
	var ref any
	if r.pct(40) {
		ref = fmt.Sprintf("ORD-%06d", r.intn(1000000))
	}
	plan := pick(&r, plans)
	t.Via = seededVia(pick(&r, channels), *requester, ds.subdomain)
	ds.seedFieldValues(&t, plan, ref)
	recipient := "support@" + ds.subdomain + ".zendesk.com"
	if t.Via.Channel == "email" {
		t.Recipient = &recipient
	}
	c0 := rngFor(ds.Config.Seed, id, 100)
	t.Description = seededBody(&c0, false)
	switch {
	case deleted:
		t.Status = "deleted"
	case mergedInto != 0:
		t.Status = "closed"
		t.Tags = append(t.Tags, "closed_by_merge")
	}
	if t.Tags == nil {
		t.Tags = []string{}
	}
	return t
}

func seededVia(channel string, from wire.User, subdomain string) wire.Via {
	v := wire.Via{Channel: channel}
	if channel == "email" {
		v.Source.From = wire.ViaParty{Address: from.Email, Name: from.Name}
		v.Source.To = wire.ViaParty{Address: "support@" + subdomain + ".zendesk.com", Name: "Support"}
	}
	return v
}

// SeededComments rebuilds seeded ticket id's comments, oldest first; attachment URLs start
// with base.
func (ds *Dataset) SeededComments(id int64, base string) []record.Comment {
	created, updated, n := ds.SeededTimes(id)
	_, mergedInto := ds.SeededKind(id)
	tr := rngFor(ds.Config.Seed, id, 3)
	_ = seededSubject(&tr)
	requesterID := ds.User(pick(&tr, ds.EndUsers)).ID
	if mergedInto != 0 && n < 2 {
		n = 2 // room for the merge note after the description
	}
	out := make([]record.Comment, 0, n)
	for j := 0; j < n; j++ {
		r := rngFor(ds.Config.Seed, id, 100+uint64(j))
		at := created
		if n > 1 {
			at = created.Add(updated.Sub(created) / time.Duration(n-1) * time.Duration(j)).Truncate(time.Second)
		}
		agent := j%2 == 1
		c := record.Comment{
			ID: seedCommentBase + id*32 + int64(j), Type: "Comment", Public: true,
			AuditID: seedAuditBase + id*32 + int64(j), CreatedAt: at, Attachments: []wire.Attachment{},
		}
		if j == 0 {
			c.Body = seededBody(&r, false)
		} else {
			c.Body = seededBody(&r, agent)
		}
		if agent {
			c.AuthorID = pick(&r, ds.Agents)
			c.Public = !r.pct(25)
			c.Via = wire.Via{Channel: "web"}
		} else {
			c.AuthorID = requesterID
			c.Via = wire.Via{Channel: "email"}
		}
		if j == n-1 && mergedInto != 0 {
			c.Body = fmt.Sprintf("This request was closed and merged into request #%d %q.", mergedInto, ds.seededSubjectOf(mergedInto))
			c.AuthorID, c.Public, c.Via = ds.Agents[0], false, wire.Via{Channel: "web"}
		}
		var inlineHTML string
		c.Attachments, inlineHTML = seededAttachments(&r, c.ID, base)
		c.PlainBody, c.HTMLBody = c.Body, HTMLFromText(c.Body)
		if inlineHTML != "" {
			c.HTMLBody = strings.TrimSuffix(c.HTMLBody, "</div>") + inlineHTML + "</div>"
		}
		out = append(out, c)
	}
	return out
}

func (ds *Dataset) User(id int64) *wire.User {
	return &ds.Users[id-UserBase-1]
}

func ContainsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
