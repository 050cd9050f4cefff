package record

import (
	"encoding/json"
	"strconv"
	"time"
	"unicode/utf8"
)

// A hand-rolled, append-based JSON encoder for the records served in bulk (tickets and
// comments). encoding/json is fine for everything else; json_append_test.go checks that both
// produce the same JSON values.

const hexDigits = "0123456789abcdef"

func AppendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, s[start:i]...)
				b = append(b, `\ufffd`...)
				i++
				start = i
				continue
			}
			if r == '\u2028' || r == '\u2029' {
				b = append(b, s[start:i]...)
				b = append(b, `\u202`...)
				b = append(b, hexDigits[r&0xf])
				i += size
				start = i
				continue
			}
			i += size
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func AppendTime(b []byte, t time.Time) []byte {
	b = append(b, '"')
	b = t.UTC().AppendFormat(b, time.RFC3339)
	return append(b, '"')
}

func appendTimePtr(b []byte, t *time.Time) []byte {
	if t == nil {
		return append(b, "null"...)
	}
	return AppendTime(b, *t)
}

func appendInt64Ptr(b []byte, v *int64) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, *v, 10)
}

func appendStringPtr(b []byte, v *string) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return AppendString(b, *v)
}

func AppendInt64s(b []byte, xs []int64) []byte {
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, x, 10)
	}
	return append(b, ']')
}

func appendStrings(b []byte, xs []string) []byte {
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, x)
	}
	return append(b, ']')
}

// appendAny is the slow path for free-form values (custom field values, ratings).
func AppendAny(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case string:
		return AppendString(b, x)
	case bool:
		return strconv.AppendBool(b, x)
	case int64:
		return strconv.AppendInt(b, x, 10)
	}
	j, err := json.Marshal(v)
	if err != nil {
		return append(b, "null"...)
	}
	return append(b, j...)
}

func appendBool(b []byte, v bool) []byte { return strconv.AppendBool(b, v) }

// appendTicket encodes t; generated adds the incremental exports' generated_timestamp.
func AppendTicket(b []byte, t *Ticket, generated bool) []byte {
	return AppendTicketBase(b, t, "", generated)
}

// appendTicketBase is appendTicket that writes url as base/api/v2/tickets/<id>.json when
// t.URL is empty, saving a string per ticket in exports.
func AppendTicketBase(b []byte, t *Ticket, base string, generated bool) []byte {
	b = append(b, `{"url":`...)
	if t.URL == "" && base != "" {
		b = AppendString(b, base)
		b = append(b[:len(b)-1], "/api/v2/tickets/"...)
		b = strconv.AppendInt(b, t.ID, 10)
		b = append(b, `.json"`...)
	} else {
		b = AppendString(b, t.URL)
	}
	b = append(b, `,"id":`...)
	b = strconv.AppendInt(b, t.ID, 10)
	b = append(b, `,"external_id":`...)
	b = appendStringPtr(b, t.ExternalID)
	b = append(b, `,"via":`...)
	b = appendVia(b, t.Via)
	b = append(b, `,"created_at":`...)
	b = AppendTime(b, t.CreatedAt)
	b = append(b, `,"updated_at":`...)
	b = AppendTime(b, t.UpdatedAt)
	if generated {
		b = append(b, `,"generated_timestamp":`...)
		b = strconv.AppendInt(b, t.UpdatedAt.Unix(), 10)
	}
	b = append(b, `,"type":`...)
	b = appendStringPtr(b, t.Type)
	b = append(b, `,"subject":`...)
	b = AppendString(b, t.Subject)
	b = append(b, `,"raw_subject":`...)
	b = AppendString(b, t.RawSubject)
	b = append(b, `,"description":`...)
	b = AppendString(b, t.Description)
	b = append(b, `,"priority":`...)
	b = appendStringPtr(b, t.Priority)
	b = append(b, `,"status":`...)
	b = AppendString(b, t.Status)
	b = append(b, `,"recipient":`...)
	b = appendStringPtr(b, t.Recipient)
	b = append(b, `,"requester_id":`...)
	b = strconv.AppendInt(b, t.RequesterID, 10)
	b = append(b, `,"submitter_id":`...)
	b = strconv.AppendInt(b, t.SubmitterID, 10)
	b = append(b, `,"assignee_id":`...)
	b = appendInt64Ptr(b, t.AssigneeID)
	b = append(b, `,"organization_id":`...)
	b = appendInt64Ptr(b, t.OrganizationID)
	b = append(b, `,"group_id":`...)
	b = appendInt64Ptr(b, t.GroupID)
	b = append(b, `,"brand_id":`...)
	b = strconv.AppendInt(b, t.BrandID, 10)
	b = append(b, `,"collaborator_ids":`...)
	b = AppendInt64s(b, t.CollaboratorIDs)
	b = append(b, `,"follower_ids":`...)
	b = AppendInt64s(b, t.FollowerIDs)
	b = append(b, `,"tags":`...)
	b = appendStrings(b, t.Tags)
	b = append(b, `,"custom_fields":[`...)
	for i, f := range t.CustomFields {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = strconv.AppendInt(b, f.ID, 10)
		b = append(b, `,"value":`...)
		b = AppendAny(b, f.Value)
		b = append(b, '}')
	}
	b = append(b, `],"satisfaction_rating":`...)
	b = AppendAny(b, t.SatisfactionRating)
	b = append(b, `,"has_incidents":`...)
	b = appendBool(b, t.HasIncidents)
	b = append(b, `,"is_public":`...)
	b = appendBool(b, t.IsPublic)
	b = append(b, `,"problem_id":`...)
	b = appendInt64Ptr(b, t.ProblemID)
	b = append(b, `,"ticket_form_id":`...)
	b = appendInt64Ptr(b, t.TicketFormID)
	b = append(b, `,"due_at":`...)
	b = appendTimePtr(b, t.DueAt)
	return append(b, '}')
}

// MarshalJSON encodes the ticket with the fast encoder.
func (t Ticket) MarshalJSON() ([]byte, error) {
	return AppendTicket(make([]byte, 0, 1024), &t, false), nil
}

func AppendComment(b []byte, c *Comment) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, c.ID, 10)
	b = append(b, `,"type":`...)
	b = AppendString(b, c.Type)
	b = append(b, `,"author_id":`...)
	b = strconv.AppendInt(b, c.AuthorID, 10)
	b = append(b, `,"body":`...)
	b = AppendString(b, c.Body)
	b = append(b, `,"html_body":`...)
	b = AppendString(b, c.HTMLBody)
	b = append(b, `,"plain_body":`...)
	b = AppendString(b, c.PlainBody)
	b = append(b, `,"public":`...)
	b = appendBool(b, c.Public)
	b = append(b, `,"attachments":[`...)
	for i := range c.Attachments {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendAttachment(b, &c.Attachments[i])
	}
	b = append(b, `],"audit_id":`...)
	b = strconv.AppendInt(b, c.AuditID, 10)
	b = append(b, `,"via":`...)
	b = appendVia(b, c.Via)
	b = append(b, `,"created_at":`...)
	b = AppendTime(b, c.CreatedAt)
	return append(b, '}')
}

// MarshalJSON encodes the comment with the fast encoder.
func (c Comment) MarshalJSON() ([]byte, error) { return AppendComment(make([]byte, 0, 512), &c), nil }
