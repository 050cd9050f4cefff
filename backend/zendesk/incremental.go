package zendesk

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
)

// MaxExportPage is the largest per_page the incremental exports accept.
const MaxExportPage = 1000

// ExportStart says where an incremental export page starts: from Cursor when it is set
// (cursor exports), else from StartTime (unix seconds). PerPage 0 means MaxExportPage.
type ExportStart struct {
	Cursor    string
	StartTime int64
	PerPage   int
}

func (s ExportStart) query(extra url.Values) string {
	q := url.Values{}
	for k, v := range extra {
		q[k] = v
	}
	if s.Cursor != "" {
		q.Set("cursor", s.Cursor)
	} else {
		q.Set("start_time", strconv.FormatInt(s.StartTime, 10))
	}
	per := s.PerPage
	if per <= 0 || per > MaxExportPage {
		per = MaxExportPage
	}
	q.Set("per_page", strconv.Itoa(per))
	return q.Encode()
}

// ExportTickets reads one page of the cursor-based ticket export with users, groups and
// organizations side-loaded. Deleted tickets come with status "deleted". Keep AfterCursor and
// pass it back as the next Cursor, also after EndOfStream (the next poll starts there).
func (c *Client) ExportTickets(ctx context.Context, from ExportStart) (TicketExportPage, error) {
	path := "/api/v2/incremental/tickets/cursor.json?" + from.query(url.Values{"include": {"users,groups,organizations"}})
	return getExportPage[TicketExportPage](ctx, c, "ticket export", path)
}

// ExportUsers reads one page of the cursor-based user export (same rules as ExportTickets).
func (c *Client) ExportUsers(ctx context.Context, from ExportStart) (UserExportPage, error) {
	return getExportPage[UserExportPage](ctx, c, "user export", "/api/v2/incremental/users/cursor.json?"+from.query(nil))
}

// ExportOrganizations reads one page of the time-based organization export from startTime.
// Continue from EndTime; records on the boundary second may come twice.
func (c *Client) ExportOrganizations(ctx context.Context, startTime int64) (OrganizationExportPage, error) {
	path := "/api/v2/incremental/organizations.json?" + ExportStart{StartTime: startTime}.query(nil)
	return getExportPage[OrganizationExportPage](ctx, c, "organization export", path)
}

// ExportTicketEvents reads one page of the time-based ticket events export with comment events
// (the bulk way to get comments). Continue from EndTime.
func (c *Client) ExportTicketEvents(ctx context.Context, startTime int64) (TicketEventPage, error) {
	path := "/api/v2/incremental/ticket_events.json?" + ExportStart{StartTime: startTime}.query(url.Values{"include": {"comment_events"}})
	return getExportPage[TicketEventPage](ctx, c, "ticket events export", path)
}

// exportPage is a page of an incremental export; lacksNext names the field that should say
// where the next page starts when the page lacks it ("" when the page is whole).
type exportPage interface {
	lacksNext() string
}

// getExportPage reads one export page at path; what names the export in errors.
func getExportPage[P exportPage](ctx context.Context, c *Client, what, path string) (P, error) {
	var page, zero P
	if err := c.getExport(ctx, path, &page); err != nil {
		return zero, fmt.Errorf("%s: %w", what, err)
	}
	if field := page.lacksNext(); field != "" {
		return zero, fmt.Errorf("%s: %w: no %s", what, ErrMalformed, field)
	}
	return page, nil
}

// Cursor exports go on from after_cursor, which every page but the last carries.
func (p TicketExportPage) lacksNext() string { return cursorLack(p.AfterCursor, p.EndOfStream) }
func (p UserExportPage) lacksNext() string   { return cursorLack(p.AfterCursor, p.EndOfStream) }

// Time-based exports go on from end_time, which a page with records carries.
func (p OrganizationExportPage) lacksNext() string {
	return timeLack(p.EndTime, p.EndOfStream, len(p.Organizations))
}
func (p TicketEventPage) lacksNext() string {
	return timeLack(p.EndTime, p.EndOfStream, len(p.TicketEvents))
}

func cursorLack(after string, end bool) string {
	if after == "" && !end {
		return "after_cursor"
	}
	return ""
}

func timeLack(endTime int64, end bool, records int) string {
	if endTime == 0 && !end && records > 0 {
		return "end_time"
	}
	return ""
}
