package webhook

import (
	"encoding/json"
	"html"
	"slices"
	"strings"
	"time"

	"zensync/backend/convert"
	"zensync/backend/store"
)

// plan is what one integration's pending events turn into: records for one newer-wins batch,
// tickets to fetch because their events lack the detail, and marks for tickets whose events
// carry no snapshot.
type plan struct {
	batch   store.Batch
	tickets []candidate       // snapshots in inbox order; resolve picks the winners into batch.Tickets
	fetch   map[int64][]int64 // ticket id → inbox ids waiting for it
	created []int64           // tickets created by these events: their first comments are fetched
	deleted []int64
	merged  map[int64]int64 // ticket id → merged into (0: unknown)
	done    []int64         // inbox ids settled by the batch (or needing nothing)
}

func newPlan(integrationID string) *plan {
	return &plan{
		batch:  store.Batch{IntegrationID: integrationID, Mode: store.NewerWins},
		fetch:  map[int64][]int64{},
		merged: map[int64]int64{},
	}
}

// add folds one inbox event into the plan, as ZENDESK_API.md §8 says: the detail is applied
// newer-wins (updated_at, then the event's time), comment_added adds its comment, soft_deleted
// and merged mark the ticket, and only an event without a usable detail needs a fetch.
func (p *plan) add(row store.InboxEvent) {
	ev, err := parseEvent(row.Body)
	if err != nil || !ev.IsTicketEvent() {
		p.done = append(p.done, row.ID) // stored by an older build, or not ours: nothing to apply
		return
	}
	ticketID := ev.TicketID()
	change := ev.Change()
	if ticketID == 0 {
		p.done = append(p.done, row.ID)
		return
	}
	if c, ok := ev.Comment(); ok && change == typeCommentAdded {
		p.batch.Comments = append(p.batch.Comments, commentRecord(ticketID, c, ev.Time))
	}
	if ev.Type == TicketCreated && !slices.Contains(p.created, ticketID) {
		p.created = append(p.created, ticketID)
	}
	into := mergedInto(ev)
	if change == typeMerged {
		p.merged[ticketID] = into
	}
	gone := change == typeSoftDeleted || change == typePermanentlyDeleted || change == "marked_as_spam"
	if ev.Detail == nil || ev.Detail.UpdatedAt == nil {
		switch {
		case gone:
			p.deleted = append(p.deleted, ticketID)
			p.done = append(p.done, row.ID)
		case change == typeMerged || change == typeCommentAdded:
			p.done = append(p.done, row.ID) // the mark or the comment is all it carries
		default:
			p.fetch[ticketID] = append(p.fetch[ticketID], row.ID)
		}
		return
	}
	t := ticketRecord(*ev.Detail)
	t.Deleted = gone || t.Status == "deleted"
	if change == typeMerged {
		t.MergedInto = into
	}
	at := ev.Time
	if at.IsZero() {
		at = row.ReceivedAt
	}
	p.tickets = append(p.tickets, candidate{rec: t, at: at, inboxID: row.ID})
	p.done = append(p.done, row.ID)
}

// candidate is a ticket snapshot from an event (or a fetch) with what orders it.
type candidate struct {
	rec     store.TicketRecord
	at      time.Time // the event's time
	inboxID int64
}

// newer reports whether snapshot c beats the version v (ZENDESK_API.md §8): a later updated_at
// wins; at the same updated_at second, a later event time wins, then a later arrival. A ticket
// stored by sync at that second with no webhook event yet is replaced (same freshness; the
// event's snapshot is Zendesk's own).
func (c candidate) newer(v store.TicketVersion) bool {
	u := c.rec.UpdatedAt.Unix()
	switch {
	case !v.Stored || u > v.UpdatedAt:
		return true
	case u < v.UpdatedAt:
		return false
	case !v.HasEvent || v.EventStamp != u:
		return true
	}
	if t := c.at.UnixNano(); t != v.EventTime {
		return t > v.EventTime
	}
	return c.inboxID > v.InboxID
}

// resolve picks, per ticket, the snapshot that wins over what is stored and over the batch's
// other snapshots, and fills batch.Tickets. At an equal updated_at, generated_timestamp is set
// just above the stored one so the store's newer-wins upsert takes it. It returns the versions
// to record once the batch is applied.
func (p *plan) resolve(stored map[int64]store.TicketVersion) []store.TicketVersion {
	type state struct {
		v       store.TicketVersion
		rec     store.TicketRecord
		changed bool
	}
	current := map[int64]*state{}
	var order []int64
	for _, c := range p.tickets {
		st := current[c.rec.ID]
		if st == nil {
			st = &state{v: stored[c.rec.ID]}
			current[c.rec.ID] = st
			order = append(order, c.rec.ID)
		}
		if !c.newer(st.v) {
			continue
		}
		rec := c.rec
		rec.GeneratedTimestamp = c.at.Unix()
		if st.v.Stored && rec.UpdatedAt.Unix() == st.v.UpdatedAt && rec.GeneratedTimestamp <= st.v.Generated {
			rec.GeneratedTimestamp = st.v.Generated + 1
		}
		st.rec, st.changed = rec, true
		st.v = store.TicketVersion{TicketID: rec.ID, Stored: true, UpdatedAt: rec.UpdatedAt.Unix(), Generated: rec.GeneratedTimestamp,
			HasEvent: true, EventStamp: rec.UpdatedAt.Unix(), EventTime: c.at.UnixNano(), InboxID: c.inboxID}
	}
	var versions []store.TicketVersion
	for _, id := range order {
		if st := current[id]; st.changed {
			p.batch.Tickets = append(p.batch.Tickets, st.rec)
			versions = append(versions, st.v)
		}
	}
	return versions
}

// ticketRecord maps an event's detail to a stored ticket through the same conversion as a
// synced one (GeneratedTimestamp is set by resolve).
func ticketRecord(d TicketDetail) store.TicketRecord {
	t := d.asTicket()
	return convert.Ticket(&t)
}

// commentRecord maps a comment_added event. Events carry the plain body only; the HTML shown is
// that body, escaped, with its line breaks.
func commentRecord(ticketID int64, c CommentEvent, at time.Time) store.CommentRecord {
	htmlBody := "<p>" + strings.ReplaceAll(html.EscapeString(c.Body), "\n", "<br>") + "</p>"
	return store.CommentRecord{
		ID: int64(c.ID), TicketID: ticketID, AuthorID: int64(c.Author.ID), Public: c.IsPublic,
		Body: c.Body, HTMLBody: htmlBody, CreatedAt: at.UTC(), HTMLFromBody: true,
	}
}

// mergedInto reads the target of a merge from the event part, when it names one.
func mergedInto(ev Event) int64 {
	if len(ev.Event) == 0 {
		return 0
	}
	var m struct {
		TargetTicketID ID `json:"target_ticket_id"`
		MergedInto     ID `json:"merged_into"`
	}
	if json.Unmarshal(ev.Event, &m) != nil {
		return 0
	}
	switch {
	case m.TargetTicketID != 0:
		return int64(m.TargetTicketID)
	case m.MergedInto != 0:
		return int64(m.MergedInto)
	}
	return 0
}
