package hooks

import (
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"zensync/backend/emulator/internal/random"
	"zensync/backend/emulator/record"
)

// zendeskEventVersion is the event schema version Zendesk stamps on event payloads.
const zendeskEventVersion = "2022-11-06"

// ticketEvent is one event-subscribed webhook body (ZENDESK_API.md §8), fields in Zendesk's order.
type ticketEvent struct {
	Type                string          `json:"type"`
	AccountID           int64           `json:"account_id"`
	ID                  string          `json:"id"`
	Time                string          `json:"time"`
	ZendeskEventVersion string          `json:"zendesk_event_version"`
	Subject             string          `json:"subject"`
	Detail              json.RawMessage `json:"detail"`
	Event               map[string]any  `json:"event"`
}

// ticketDetail is the ticket snapshot in an event's detail: ids as strings, enumerations in
// upper case.
type ticketDetail struct {
	ActorID        string    `json:"actor_id"`
	AssigneeID     *string   `json:"assignee_id"`
	BrandID        *string   `json:"brand_id"`
	CreatedAt      string    `json:"created_at"`
	CustomStatus   *string   `json:"custom_status"`
	Description    string    `json:"description"`
	ExternalID     *string   `json:"external_id"`
	FormID         *string   `json:"form_id"`
	GroupID        *string   `json:"group_id"`
	ID             string    `json:"id"`
	IsPublic       bool      `json:"is_public"`
	OrganizationID *string   `json:"organization_id"`
	Priority       *string   `json:"priority"`
	RequesterID    *string   `json:"requester_id"`
	Status         string    `json:"status"`
	Subject        string    `json:"subject"`
	SubmitterID    *string   `json:"submitter_id"`
	Tags           []string  `json:"tags"`
	Type           *string   `json:"type"`
	UpdatedAt      string    `json:"updated_at"`
	Via            detailVia `json:"via"`
}

type detailVia struct {
	Channel string `json:"channel"`
}

func idStr(id int64) *string {
	if id == 0 {
		return nil
	}
	s := strconv.FormatInt(id, 10)
	return &s
}

func idPtrStr(id *int64) *string {
	if id == nil {
		return nil
	}
	return idStr(*id)
}

func upperPtr(s *string) *string {
	if s == nil || *s == "" {
		return nil
	}
	u := strings.ToUpper(*s)
	return &u
}

// eventChannel maps a REST via channel to the name event payloads use.
func eventChannel(ch string) string {
	switch ch {
	case "api":
		return "web_service"
	case "web":
		return "web_form"
	case "":
		return "web_service"
	}
	return ch
}

func newTicketDetail(t *record.Ticket, actorID int64) ticketDetail {
	tags := t.Tags
	if tags == nil {
		tags = []string{}
	}
	actor := strconv.FormatInt(actorID, 10)
	if actorID == 0 {
		actor = "-1" // the Zendesk system
	}
	return ticketDetail{
		ActorID: actor, AssigneeID: idPtrStr(t.AssigneeID), BrandID: idStr(t.BrandID),
		CreatedAt: t.CreatedAt.UTC().Format(time.RFC3339), CustomStatus: customStatusID(t.Status), Description: t.Description,
		ExternalID: t.ExternalID, FormID: idPtrStr(t.TicketFormID), GroupID: idPtrStr(t.GroupID),
		ID: strconv.FormatInt(t.ID, 10), IsPublic: t.IsPublic, OrganizationID: idPtrStr(t.OrganizationID),
		Priority: upperPtr(t.Priority), RequesterID: idStr(t.RequesterID), Status: strings.ToUpper(t.Status),
		Subject: t.Subject, SubmitterID: idStr(t.SubmitterID), Tags: tags, Type: upperPtr(t.Type),
		UpdatedAt: t.UpdatedAt.UTC().Format(time.RFC3339), Via: detailVia{Channel: eventChannel(t.Via.Channel)},
	}
}

// customStatusID is the id of the account's default custom status for a status category:
// every Zendesk account has one per category, so detail.custom_status is never empty.
func customStatusID(status string) *string {
	i := slices.Index([]string{"new", "open", "pending", "hold", "solved", "closed"}, status)
	if i < 0 {
		return nil
	}
	return idStr(8_000_001 + int64(i))
}

// typedEvent is an event type with its "event" object, before the envelope is added.
type typedEvent struct {
	Type  string
	Event map[string]any
}

// changedEvent is the {current, previous} body of a *_changed event.
func changedEvent(typ string, current, previous any) typedEvent {
	return typedEvent{Type: eventTypePrefix + "ticket." + typ, Event: map[string]any{"current": current, "previous": previous}}
}

func strOrNil(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// ticketEvents lists the events Zendesk sends for one ticket change, in order.
func (s *State) ticketEvents(c record.TicketChange) []typedEvent {
	a, b := c.After, c.Before
	if a == nil {
		return nil
	}
	switch {
	case c.Kind == record.TicketCreated || b == nil:
		return []typedEvent{{Type: eventTypePrefix + "ticket.created", Event: map[string]any{}}}
	case c.Kind == record.TicketSoftDeleted:
		return []typedEvent{{Type: eventTypePrefix + "ticket.soft_deleted", Event: map[string]any{}}}
	}
	var out []typedEvent
	if c.Kind == record.TicketMerged {
		ev := map[string]any{}
		if id := mergeTarget(c.Comment); id != "" {
			ev["target_ticket_id"] = id
		}
		out = append(out, typedEvent{Type: eventTypePrefix + "ticket.merged", Event: ev})
	}
	if a.Status != b.Status {
		out = append(out, changedEvent("status_changed", strings.ToUpper(a.Status), strings.ToUpper(b.Status)))
	}
	if !eqStr(a.Priority, b.Priority) {
		out = append(out, changedEvent("priority_changed", strOrNil(upperPtr(a.Priority)), strOrNil(upperPtr(b.Priority))))
	}
	if !eqStr(a.Type, b.Type) {
		out = append(out, changedEvent("type_changed", strOrNil(upperPtr(a.Type)), strOrNil(upperPtr(b.Type))))
	}
	if a.Subject != b.Subject {
		out = append(out, changedEvent("subject_changed", a.Subject, b.Subject))
	}
	if a.Description != b.Description {
		out = append(out, changedEvent("description_changed", a.Description, b.Description))
	}
	idChanges := []struct {
		typ      string
		cur, old *string
	}{
		{"agent_assignment_changed", idPtrStr(a.AssigneeID), idPtrStr(b.AssigneeID)},
		{"group_assignment_changed", idPtrStr(a.GroupID), idPtrStr(b.GroupID)},
		{"organization_changed", idPtrStr(a.OrganizationID), idPtrStr(b.OrganizationID)},
		{"requester_changed", idStr(a.RequesterID), idStr(b.RequesterID)},
		{"submitter_changed", idStr(a.SubmitterID), idStr(b.SubmitterID)},
		{"brand_changed", idStr(a.BrandID), idStr(b.BrandID)},
		{"form_changed", idPtrStr(a.TicketFormID), idPtrStr(b.TicketFormID)},
		{"problem_link_changed", idPtrStr(a.ProblemID), idPtrStr(b.ProblemID)},
		{"external_id_changed", a.ExternalID, b.ExternalID},
	}
	for _, ch := range idChanges {
		if !eqStr(ch.cur, ch.old) {
			out = append(out, changedEvent(ch.typ, strOrNil(ch.cur), strOrNil(ch.old)))
		}
	}
	if added, removed := tagDiff(b.Tags, a.Tags); len(added)+len(removed) > 0 {
		out = append(out, typedEvent{Type: eventTypePrefix + "ticket.tags_changed",
			Event: map[string]any{"tags_added": added, "tags_removed": removed}})
	}
	if !eqTime(a.DueAt, b.DueAt) {
		out = append(out, changedEvent("task_due_at_changed", timeOrNil(a.DueAt), timeOrNil(b.DueAt)))
	}
	out = append(out, s.customFieldEvents(a, b)...)
	if c.Comment != nil {
		out = append(out, typedEvent{Type: eventTypePrefix + "ticket.comment_added",
			Event: map[string]any{"comment": s.commentEvent(c.Comment)}})
	}
	return out
}

func (s *State) customFieldEvents(a, b *record.Ticket) []typedEvent {
	prev := map[int64]any{}
	for _, f := range b.CustomFields {
		prev[f.ID] = f.Value
	}
	var out []typedEvent
	for _, f := range a.CustomFields {
		old := prev[f.ID]
		if fieldValueString(old) != fieldValueString(f.Value) {
			ev := changedEvent("custom_field_changed", f.Value, old)
			ev.Event["custom_field"] = map[string]any{"id": strconv.FormatInt(f.ID, 10)}
			out = append(out, ev)
		}
	}
	return out
}

func fieldValueString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// commentEvent is the comment object of ticket.comment_added.
func (s *State) commentEvent(cm *record.Comment) map[string]any {
	author := map[string]any{"id": strconv.FormatInt(cm.AuthorID, 10), "name": "", "is_staff": false}
	if u, ok := s.acct.UserByID(cm.AuthorID); ok {
		author["name"] = u.Name
		author["is_staff"] = u.Role == "admin" || u.Role == "agent"
	}
	return map[string]any{
		"id": strconv.FormatInt(cm.ID, 10), "body": cm.Body, "html_body": cm.HTMLBody,
		"is_public": cm.Public, "author": author,
	}
}

var mergeRE = regexp.MustCompile(`#(\d+)`)

// mergeTarget reads the target ticket id from a merge comment ("… merged into request #N").
func mergeTarget(cm *record.Comment) string {
	if cm == nil {
		return ""
	}
	if m := mergeRE.FindStringSubmatch(cm.Body); m != nil {
		return m[1]
	}
	return ""
}

func tagDiff(before, after []string) (added, removed []string) {
	added, removed = []string{}, []string{}
	for _, t := range after {
		if !slices.Contains(before, t) {
			added = append(added, t)
		}
	}
	for _, t := range before {
		if !slices.Contains(after, t) {
			removed = append(removed, t)
		}
	}
	return added, removed
}

func eqStr(a, b *string) bool {
	if a == nil || b == nil {
		return (a == nil || *a == "") && (b == nil || *b == "")
	}
	return *a == *b
}

func eqTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Equal(*b)
}

func timeOrNil(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

// encodeTicketEvents renders the change's events as webhook bodies. An update's events share
// a sequence id and carry their position and the total in event.meta.sequence.
func (s *State) encodeTicketEvents(c record.TicketChange) ([]typedEvent, [][]byte) {
	evs := s.ticketEvents(c)
	if len(evs) == 0 {
		return nil, nil
	}
	at := c.At
	if at.IsZero() {
		at = s.acct.Now()
	}
	detail, _ := json.Marshal(newTicketDetail(c.After, c.ActorID))
	seq := random.UUID()
	bodies := make([][]byte, len(evs))
	for i, ev := range evs {
		if len(evs) > 1 || ev.Type != eventTypePrefix+"ticket.created" {
			ev.Event["meta"] = map[string]any{"sequence": map[string]any{"id": seq, "position": i + 1, "total": len(evs)}}
		}
		body, _ := json.Marshal(ticketEvent{
			Type: ev.Type, AccountID: s.acct.ID(), ID: random.UUID(), Time: at.UTC().Format(time.RFC3339Nano),
			ZendeskEventVersion: zendeskEventVersion, Subject: "zen:ticket:" + strconv.FormatInt(c.After.ID, 10),
			Detail: detail, Event: ev.Event,
		})
		bodies[i] = body
	}
	return evs, bodies
}
