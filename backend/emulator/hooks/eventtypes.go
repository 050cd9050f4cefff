package hooks

import (
	"slices"
	"strings"
)

// DocumentedTicketEventTypes are Zendesk's documented ticket event types (ZENDESK_API.md §8),
// without the "zen:event-type:ticket." prefix. A subscription to any other ticket type is
// refused, as Zendesk refuses invalid webhook input, so a misspelt or invented type (such as
// "ticket.restored") fails here as it would against a real account.
var DocumentedTicketEventTypes = []string{
	"agent_assignment_changed", "attachment_linked_to_comment", "attachment_redacted_from_comment",
	"brand_changed", "comment_added", "comment_made_private", "comment_redacted", "created",
	"csat_received", "csat_requested", "custom_field_changed", "custom_status_changed",
	"description_changed", "email_ccs_changed", "external_id_changed", "followers_changed",
	"form_changed", "group_assignment_changed", "marked_as_spam", "merged",
	"next_sla_breach_changed", "ola_policy_changed", "organization_changed", "permanently_deleted",
	"priority_changed", "problem_link_changed", "requester_changed", "schedule_changed",
	"sla_policy_changed", "soft_deleted", "status_changed", "subject_changed", "submitter_changed",
	"tags_changed", "task_due_at_changed", "type_changed", "undeleted",
}

// otherEventDomains are the event domains besides tickets that Zendesk documents. The emulator
// delivers none of their events and does not list their types, so any name in these domains is
// accepted (choice).
var otherEventDomains = []string{
	"user", "organization", "article", "community_post", "agent_availability",
	"omnichannel_config", "messaging_ticket",
}

// knownEventType reports whether sub ("zen:event-type:ticket.created") is an event type Zendesk
// documents.
func knownEventType(sub string) bool {
	rest, ok := strings.CutPrefix(sub, eventTypePrefix)
	if !ok {
		return false
	}
	domain, name, ok := strings.Cut(rest, ".")
	if !ok || name == "" {
		return false
	}
	if domain == "ticket" {
		return slices.Contains(DocumentedTicketEventTypes, name)
	}
	return slices.Contains(otherEventDomains, domain)
}
