package record

import (
	"encoding/json"
	"strconv"
	"time"
	"unicode/utf8"
)

// A hand-rolled, append-based JSON encoder for the records served in bulk (tickets and
// comments). encoding/json is fine for everything else; json_append_test.go checks that both
// produce the same JSON values. Each field is one line, its key and then its value:
// b = AppendString(append(b, `,"subject":`...), t.Subject).

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
				b = append(append(b, `\u202`...), hexDigits[r&0xf])
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
	case json.RawMessage:
		if len(x) == 0 {
			return append(b, "null"...)
		}
		return append(b, x...)
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
	b = strconv.AppendInt(append(b, `,"id":`...), t.ID, 10)
	b = appendStringPtr(append(b, `,"external_id":`...), t.ExternalID)
	b = appendVia(append(b, `,"via":`...), t.Via)
	b = AppendTime(append(b, `,"created_at":`...), t.CreatedAt)
	b = AppendTime(append(b, `,"updated_at":`...), t.UpdatedAt)
	if generated {
		b = strconv.AppendInt(append(b, `,"generated_timestamp":`...), t.UpdatedAt.Unix(), 10)
	}
	b = appendStringPtr(append(b, `,"type":`...), t.Type)
	b = AppendString(append(b, `,"subject":`...), t.Subject)
	b = AppendString(append(b, `,"raw_subject":`...), t.RawSubject)
	b = AppendString(append(b, `,"description":`...), t.Description)
	b = appendStringPtr(append(b, `,"priority":`...), t.Priority)
	b = AppendString(append(b, `,"status":`...), t.Status)
	b = appendStringPtr(append(b, `,"recipient":`...), t.Recipient)
	b = strconv.AppendInt(append(b, `,"requester_id":`...), t.RequesterID, 10)
	b = strconv.AppendInt(append(b, `,"submitter_id":`...), t.SubmitterID, 10)
	b = appendInt64Ptr(append(b, `,"assignee_id":`...), t.AssigneeID)
	b = appendInt64Ptr(append(b, `,"organization_id":`...), t.OrganizationID)
	b = appendInt64Ptr(append(b, `,"group_id":`...), t.GroupID)
	b = strconv.AppendInt(append(b, `,"brand_id":`...), t.BrandID, 10)
	b = AppendInt64s(append(b, `,"collaborator_ids":`...), t.CollaboratorIDs)
	b = AppendInt64s(append(b, `,"follower_ids":`...), t.FollowerIDs)
	b = appendStrings(append(b, `,"tags":`...), t.Tags)
	b = append(b, `,"custom_fields":[`...)
	for i, f := range t.CustomFields {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(append(b, `{"id":`...), f.ID, 10)
		b = AppendAny(append(b, `,"value":`...), f.Value)
		b = append(b, '}')
	}
	b = AppendAny(append(b, `],"satisfaction_rating":`...), t.SatisfactionRating)
	b = appendBool(append(b, `,"has_incidents":`...), t.HasIncidents)
	b = appendBool(append(b, `,"is_public":`...), t.IsPublic)
	b = appendInt64Ptr(append(b, `,"problem_id":`...), t.ProblemID)
	b = appendInt64Ptr(append(b, `,"ticket_form_id":`...), t.TicketFormID)
	b = appendTimePtr(append(b, `,"due_at":`...), t.DueAt)
	return append(b, '}')
}

// MarshalJSON encodes the ticket with the fast encoder.
func (t Ticket) MarshalJSON() ([]byte, error) {
	return AppendTicket(make([]byte, 0, 1024), &t, false), nil
}

func AppendComment(b []byte, c *Comment) []byte {
	b = strconv.AppendInt(append(b, `{"id":`...), c.ID, 10)
	b = AppendString(append(b, `,"type":`...), c.Type)
	b = strconv.AppendInt(append(b, `,"author_id":`...), c.AuthorID, 10)
	b = AppendString(append(b, `,"body":`...), c.Body)
	b = AppendString(append(b, `,"html_body":`...), c.HTMLBody)
	b = AppendString(append(b, `,"plain_body":`...), c.PlainBody)
	b = appendBool(append(b, `,"public":`...), c.Public)
	b = append(b, `,"attachments":[`...)
	for i := range c.Attachments {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendAttachment(b, &c.Attachments[i])
	}
	b = strconv.AppendInt(append(b, `],"audit_id":`...), c.AuditID, 10)
	b = appendVia(append(b, `,"via":`...), c.Via)
	b = AppendTime(append(b, `,"created_at":`...), c.CreatedAt)
	return append(b, '}')
}

// MarshalJSON encodes the comment with the fast encoder.
func (c Comment) MarshalJSON() ([]byte, error) { return AppendComment(make([]byte, 0, 512), &c), nil }
