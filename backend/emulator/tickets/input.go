package tickets

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"time"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
	"zensync/backend/zendesk/wire"
)

// nullable is a JSON field that may be absent, null or a value.
type nullable[T any] struct {
	Set  bool
	Null bool
	V    T
}

func (n *nullable[T]) UnmarshalJSON(b []byte) error {
	n.Set = true
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		n.Null = true
		return nil
	}
	return json.Unmarshal(b, &n.V)
}

func (n nullable[T]) ptr() *T {
	if n.Null {
		return nil
	}
	v := n.V
	return &v
}

// CommentInput is the "comment" object of a ticket create or update.
type CommentInput struct {
	Body     string `json:"body"`
	HTMLBody string `json:"html_body"`
	Public   *bool  `json:"public"`
	AuthorID int64  `json:"author_id"`
}

// Input is the "ticket" object of POST /api/v2/tickets.json and PUT /api/v2/tickets/{id}.json.
type Input struct {
	Subject        *string            `json:"subject"`
	Comment        *CommentInput      `json:"comment"`
	Description    *string            `json:"description"`
	RequesterID    *int64             `json:"requester_id"`
	SubmitterID    *int64             `json:"submitter_id"`
	Status         *string            `json:"status"`
	Priority       nullable[string]   `json:"priority"`
	Type           nullable[string]   `json:"type"`
	AssigneeID     nullable[int64]    `json:"assignee_id"`
	GroupID        nullable[int64]    `json:"group_id"`
	OrganizationID nullable[int64]    `json:"organization_id"`
	ExternalID     nullable[string]   `json:"external_id"`
	Tags           *[]string          `json:"tags"`
	CustomFields   []wire.CustomField `json:"custom_fields"`
	DueAt          nullable[string]   `json:"due_at"`
	Extra          map[string]string  `json:"-"`
}

// ValidationErrors collects Zendesk's 422 details: {"field": [{"description", "error"}]}.
type ValidationErrors map[string][]map[string]string

// Add records one refusal of field.
func (v ValidationErrors) Add(field, errCode, description string) {
	v[field] = append(v[field], map[string]string{"description": description, "error": errCode})
}

// APIError is the 422 RecordInvalid answer, or nil when nothing was refused.
func (v ValidationErrors) APIError() *httpjson.APIError {
	if len(v) == 0 {
		return nil
	}
	return httpjson.Invalid("Record validation errors", map[string][]map[string]string(v))
}

var (
	validStatuses   = map[string]bool{"new": true, "open": true, "pending": true, "hold": true, "solved": true, "closed": true}
	validPriorities = map[string]bool{"urgent": true, "high": true, "normal": true, "low": true}
	validTypes      = map[string]bool{"problem": true, "incident": true, "question": true, "task": true}
)

// ApplyInput copies the fields set in in onto t, validating them; it returns what changed.
func ApplyInput(ds *seed.Dataset, t *record.Ticket, in Input, verr ValidationErrors) []FieldChange {
	var changes []FieldChange
	note := func(field string, value, previous any) {
		if !reflect.DeepEqual(value, previous) {
			changes = append(changes, FieldChange{Field: field, Value: value, Previous: previous})
		}
	}
	if in.Subject != nil {
		note("subject", *in.Subject, t.Subject)
		t.Subject, t.RawSubject = *in.Subject, *in.Subject
	}
	if in.Status != nil {
		if !validStatuses[*in.Status] {
			verr.Add("status", "InvalidValue", "Status: is not valid")
		}
		note("status", *in.Status, t.Status)
		t.Status = *in.Status
	}
	if in.Priority.Set {
		if !in.Priority.Null && !validPriorities[in.Priority.V] {
			verr.Add("priority", "InvalidValue", "Priority: is not valid")
		}
		note("priority", derefOr(in.Priority.ptr()), derefOr(t.Priority))
		t.Priority = in.Priority.ptr()
	}
	if in.Type.Set {
		if !in.Type.Null && !validTypes[in.Type.V] {
			verr.Add("type", "InvalidValue", "Type: is not valid")
		}
		note("type", derefOr(in.Type.ptr()), derefOr(t.Type))
		t.Type = in.Type.ptr()
	}
	if in.RequesterID != nil {
		if _, ok := ds.UserOK(*in.RequesterID); !ok {
			verr.Add("requester", "InvalidValue", "Requester: is invalid")
		}
		note("requester_id", *in.RequesterID, t.RequesterID)
		t.RequesterID = *in.RequesterID
	}
	if in.SubmitterID != nil {
		t.SubmitterID = *in.SubmitterID
	}
	if in.AssigneeID.Set {
		if !in.AssigneeID.Null {
			if u, ok := ds.UserOK(in.AssigneeID.V); !ok || u.Role == "end-user" {
				verr.Add("assignee", "InvalidValue", "Assignee: is not an agent")
			}
		}
		note("assignee_id", derefOr(in.AssigneeID.ptr()), derefOr(t.AssigneeID))
		t.AssigneeID = in.AssigneeID.ptr()
	}
	if in.GroupID.Set {
		if !in.GroupID.Null && ds.GroupIndex(in.GroupID.V) < 0 {
			verr.Add("group", "InvalidValue", "Group: is invalid")
		}
		note("group_id", derefOr(in.GroupID.ptr()), derefOr(t.GroupID))
		t.GroupID = in.GroupID.ptr()
	}
	if in.OrganizationID.Set {
		if !in.OrganizationID.Null && ds.OrgIndex(in.OrganizationID.V) < 0 {
			verr.Add("organization", "InvalidValue", "Organization: is invalid")
		}
		note("organization_id", derefOr(in.OrganizationID.ptr()), derefOr(t.OrganizationID))
		t.OrganizationID = in.OrganizationID.ptr()
	}
	if in.ExternalID.Set {
		note("external_id", derefOr(in.ExternalID.ptr()), derefOr(t.ExternalID))
		t.ExternalID = in.ExternalID.ptr()
	}
	if in.Tags != nil {
		tags := slices.Compact(slices.Sorted(slices.Values(*in.Tags)))
		if tags == nil {
			tags = []string{}
		}
		note("tags", tags, t.Tags)
		t.Tags = tags
	}
	if in.CustomFields != nil {
		fields := slices.Clone(t.CustomFields)
		for _, f := range in.CustomFields {
			i := slices.IndexFunc(fields, func(x wire.CustomField) bool { return x.ID == f.ID })
			if i < 0 {
				fields = append(fields, f)
			} else {
				fields[i] = f
			}
		}
		note("custom_fields", fields, t.CustomFields)
		t.CustomFields = fields
	}
	if in.DueAt.Set {
		if in.DueAt.Null {
			t.DueAt = nil
		} else if d, err := time.Parse(time.RFC3339, in.DueAt.V); err == nil {
			d = d.UTC()
			t.DueAt = &d
		} else {
			verr.Add("due_at", "InvalidValue", "Due date: is invalid")
		}
	}
	return changes
}

func derefOr[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// FirstWords cuts s to at most n bytes at a word boundary (a subject from a comment).
func FirstWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := n; i > 0; i-- {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s[:n]
}

// URL is the API URL of ticket id below base (scheme://host/<subdomain>).
func URL(base string, id int64) string {
	return fmt.Sprintf("%s/api/v2/tickets/%d.json", base, id)
}
