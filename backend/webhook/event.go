package webhook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"zensync/backend/zendesk"
)

// EventTypePrefix starts every event-subscribed type.
const EventTypePrefix = "zen:event-type:"

// TicketCreated is "Ticket Created" in Admin Center.
const TicketCreated = EventTypePrefix + "ticket.created"

// TicketUpdatedTypes is "Ticket Updated": the documented granular ticket change types
// (ZENDESK_API.md §8) that can change something Zensync stores. The README's "Ticket Updated"
// table says, for every documented type, whether it is here and why; ExcludedTicketTypes holds
// the rest. Zendesk may refuse a webhook that names an unknown type, so only documented names
// belong in either list.
var TicketUpdatedTypes = prefixed(
	"agent_assignment_changed", "attachment_linked_to_comment", "attachment_redacted_from_comment",
	"brand_changed", "comment_added", "comment_made_private", "comment_redacted",
	"custom_field_changed", "custom_status_changed", "description_changed", "email_ccs_changed",
	"external_id_changed", "followers_changed", "form_changed", "group_assignment_changed",
	"marked_as_spam", "merged", "organization_changed", "permanently_deleted", "priority_changed",
	"problem_link_changed", "requester_changed", "soft_deleted", "status_changed",
	"subject_changed", "submitter_changed", "tags_changed", "task_due_at_changed", "type_changed",
	"undeleted",
)

// ExcludedTicketTypes are documented ticket event types Zensync does not subscribe to: SLA, OLA
// and schedule timers fire often and change no field Zensync keeps, and the satisfaction survey
// events carry nothing Zensync stores (polling still picks up any ticket change they come with).
var ExcludedTicketTypes = prefixed(
	"csat_received", "csat_requested", "next_sla_breach_changed", "ola_policy_changed",
	"schedule_changed", "sla_policy_changed",
)

// Subscriptions is what the Zensync webhook subscribes to: Ticket Created, then every Ticket
// Updated type.
func Subscriptions() []string { return append([]string{TicketCreated}, TicketUpdatedTypes...) }

func prefixed(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = EventTypePrefix + "ticket." + n
	}
	return out
}

// Ticket event type suffixes the processor treats specially.
const (
	typeCommentAdded       = "comment_added"
	typeSoftDeleted        = "soft_deleted"
	typePermanentlyDeleted = "permanently_deleted"
	typeMerged             = "merged"
)

// ID is a Zendesk id that event payloads send as a string ("123"), but that may come as a
// number or null. Zero means absent.
type ID int64

// UnmarshalJSON accepts "123", 123 and null; anything else reads as 0.
func (id *ID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) || bytes.Equal(b, []byte(`""`)) {
		*id = 0
		return nil
	}
	b = bytes.Trim(b, `"`)
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		n = 0 // an id we cannot read is treated as absent rather than refusing the whole event
	}
	*id = ID(n)
	return nil
}

// Event is an event-subscribed delivery body.
type Event struct {
	Type    string          `json:"type"`
	ID      string          `json:"id"`
	Time    time.Time       `json:"time"`
	Subject string          `json:"subject"`
	Detail  *TicketDetail   `json:"detail"`
	Event   json.RawMessage `json:"event"`
}

// TicketDetail is the ticket after the change, as the event carries it.
type TicketDetail struct {
	ID             ID       `json:"id"`
	Subject        string   `json:"subject"`
	Description    string   `json:"description"`
	Status         string   `json:"status"`
	Priority       string   `json:"priority"`
	Type           string   `json:"type"`
	Tags           []string `json:"tags"`
	RequesterID    ID       `json:"requester_id"`
	SubmitterID    ID       `json:"submitter_id"`
	AssigneeID     ID       `json:"assignee_id"`
	OrganizationID ID       `json:"organization_id"`
	GroupID        ID       `json:"group_id"`
	BrandID        ID       `json:"brand_id"`
	FormID         ID       `json:"form_id"`
	ExternalID     string   `json:"external_id"`
	IsPublic       bool     `json:"is_public"`
	Via            struct {
		Channel string `json:"channel"`
	} `json:"via"`
	CreatedAt *time.Time `json:"created_at"`
	UpdatedAt *time.Time `json:"updated_at"`
	ActorID   ID         `json:"actor_id"`
}

// CommentEvent is the comment a comment_added event carries.
type CommentEvent struct {
	ID       ID     `json:"id"`
	Body     string `json:"body"`
	IsPublic bool   `json:"is_public"`
	Author   struct {
		ID      ID     `json:"id"`
		Name    string `json:"name"`
		IsStaff bool   `json:"is_staff"`
	} `json:"author"`
}

var errNotEvent = errors.New("not a Zendesk event")

// parseEvent decodes a delivery body. An event needs a type and an id.
func parseEvent(body []byte) (Event, error) {
	var e Event
	if err := json.Unmarshal(body, &e); err != nil {
		return Event{}, fmt.Errorf("malformed JSON: %w", err)
	}
	if e.Type == "" || e.ID == "" {
		return e, errNotEvent
	}
	return e, nil
}

// IsTicketEvent reports whether the event is a zen:event-type:ticket.* event.
func (e Event) IsTicketEvent() bool { return strings.HasPrefix(e.Type, EventTypePrefix+"ticket.") }

// Change is the ticket event's type without its prefix ("status_changed").
func (e Event) Change() string { return strings.TrimPrefix(e.Type, EventTypePrefix+"ticket.") }

// TicketID is the ticket the event is about: detail.id, else the subject "zen:ticket:<id>".
func (e Event) TicketID() int64 {
	if e.Detail != nil && e.Detail.ID != 0 {
		return int64(e.Detail.ID)
	}
	if s, ok := strings.CutPrefix(e.Subject, "zen:ticket:"); ok {
		n, _ := strconv.ParseInt(s, 10, 64)
		return n
	}
	return 0
}

// Comment returns the comment of a comment_added event ({"comment": {...}}, or the comment
// itself), and false when there is none.
func (e Event) Comment() (CommentEvent, bool) {
	if len(e.Event) == 0 {
		return CommentEvent{}, false
	}
	var wrapped struct {
		Comment *CommentEvent `json:"comment"`
	}
	if json.Unmarshal(e.Event, &wrapped) == nil && wrapped.Comment != nil && wrapped.Comment.ID != 0 {
		return *wrapped.Comment, true
	}
	var c CommentEvent
	if json.Unmarshal(e.Event, &c) == nil && c.ID != 0 {
		return c, true
	}
	return CommentEvent{}, false
}

// normalizeEnum lower-cases an enumeration value and turns "ON_HOLD"-style names into Zendesk's
// REST spelling ("hold").
func normalizeEnum(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "on_hold", "on-hold":
		return "hold"
	}
	return s
}

// orNull is &v, or nil (the API's null) for the zero value the detail reads an absent one as.
func orNull[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

// asTicket reads the detail as the API's ticket (enumerations normalised, the channel as the
// REST API spells it), so it is stored by convert.Ticket like a synced one.
func (d TicketDetail) asTicket() zendesk.Ticket {
	t := zendesk.Ticket{
		ID: int64(d.ID), Subject: d.Subject, Description: d.Description, Status: normalizeEnum(d.Status),
		Priority: orNull(normalizeEnum(d.Priority)), Type: orNull(normalizeEnum(d.Type)), RequesterID: int64(d.RequesterID),
		SubmitterID: int64(d.SubmitterID), AssigneeID: orNull(int64(d.AssigneeID)), OrganizationID: orNull(int64(d.OrganizationID)),
		GroupID: orNull(int64(d.GroupID)), Tags: d.Tags, Via: zendesk.Via{Channel: restChannel(d.Via.Channel)},
		BrandID: int64(d.BrandID), TicketFormID: orNull(int64(d.FormID)),
	}
	if d.CreatedAt != nil {
		t.CreatedAt = *d.CreatedAt
	}
	if d.UpdatedAt != nil {
		t.UpdatedAt = *d.UpdatedAt
	}
	return t
}
