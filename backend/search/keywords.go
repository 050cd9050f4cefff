package search

import (
	"strings"
)

// keywords maps each accepted keyword (and Zendesk's aliases) to the field it searches.
var keywords = map[string]Field{
	"status":       FieldStatus,
	"priority":     FieldPriority,
	"ticket_type":  FieldType,
	"type":         FieldType, // type:incident; type:ticket is the record type (see parseTerm)
	"assignee":     FieldAssignee,
	"requester":    FieldRequester,
	"submitter":    FieldSubmitter,
	"organization": FieldOrganization,
	"org":          FieldOrganization,
	"group":        FieldGroup,
	"brand":        FieldBrand,
	"form":         FieldForm,
	"ticket_form":  FieldForm,
	"tags":         FieldTags,
	"tag":          FieldTags,
	"via":          FieldVia,
	"subject":      FieldSubject,
	"description":  FieldDescription,
	"created":      FieldCreated,
	"updated":      FieldUpdated,
	"solved":       FieldSolved,
}

// notOffline are Zendesk ticket keywords whose data Zensync does not keep yet, with why.
var notOffline = map[string]string{
	"due_date":       "due dates are not synced yet",
	"satisfaction":   "satisfaction ratings are shown on the ticket page but not searchable offline yet",
	"fieldvalue":     "custom field values can be filtered in the Tickets filter bar but not searched offline yet",
	"has_attachment": "attachments are downloaded but not searchable offline yet",
	"commenter":      "comment authors are not searchable offline yet",
	"cc":             "CCs are not synced yet",
	"recipient":      "recipients are not synced yet",
	"custom_status":  "custom statuses are not synced yet",
}

// Ordered values, lowest first (Zendesk's order for < and >).
var (
	statusOrder   = []string{"new", "open", "pending", "hold", "solved", "closed"}
	priorityOrder = []string{"low", "normal", "high", "urgent"}
	ticketTypes   = []string{"question", "incident", "problem", "task"}
	orderKeys     = []string{"created", "updated", "priority", "status", "ticket_type"}
)

// suggestion is the list of keywords an unknown keyword's message offers.
const suggestion = "try status:, priority:, tags:, requester:, assignee:, organization:, group:, " +
	"brand:, form:, ticket_type:, via:, subject:, description:, created>, updated<, solved>, order_by:"

func indexOf(list []string, v string) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}

func quoteList(list []string) string {
	return strings.Join(list, ", ")
}
