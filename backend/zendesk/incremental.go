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
	var page TicketExportPage
	path := "/api/v2/incremental/tickets/cursor.json?" + from.query(url.Values{"include": {"users,groups,organizations"}})
	if err := c.getExport(ctx, path, &page); err != nil {
		return TicketExportPage{}, fmt.Errorf("ticket export: %w", err)
	}
	if page.AfterCursor == "" && !page.EndOfStream {
		return TicketExportPage{}, fmt.Errorf("ticket export: %w: no after_cursor", ErrMalformed)
	}
	return page, nil
}

// ExportUsers reads one page of the cursor-based user export (same rules as ExportTickets).
func (c *Client) ExportUsers(ctx context.Context, from ExportStart) (UserExportPage, error) {
	var page UserExportPage
	if err := c.getExport(ctx, "/api/v2/incremental/users/cursor.json?"+from.query(nil), &page); err != nil {
		return UserExportPage{}, fmt.Errorf("user export: %w", err)
	}
	if page.AfterCursor == "" && !page.EndOfStream {
		return UserExportPage{}, fmt.Errorf("user export: %w: no after_cursor", ErrMalformed)
	}
	return page, nil
}

// ExportOrganizations reads one page of the time-based organization export from startTime.
// Continue from EndTime; records on the boundary second may come twice.
func (c *Client) ExportOrganizations(ctx context.Context, startTime int64) (OrganizationExportPage, error) {
	var page OrganizationExportPage
	path := "/api/v2/incremental/organizations.json?" + ExportStart{StartTime: startTime}.query(nil)
	if err := c.getExport(ctx, path, &page); err != nil {
		return OrganizationExportPage{}, fmt.Errorf("organization export: %w", err)
	}
	if page.EndTime == 0 && !page.EndOfStream && len(page.Organizations) > 0 {
		return OrganizationExportPage{}, fmt.Errorf("organization export: %w: no end_time", ErrMalformed)
	}
	return page, nil
}

// ExportTicketEvents reads one page of the time-based ticket events export with comment events
// (the bulk way to get comments). Continue from EndTime.
func (c *Client) ExportTicketEvents(ctx context.Context, startTime int64) (TicketEventPage, error) {
	var page TicketEventPage
	path := "/api/v2/incremental/ticket_events.json?" + ExportStart{StartTime: startTime}.query(url.Values{"include": {"comment_events"}})
	if err := c.getExport(ctx, path, &page); err != nil {
		return TicketEventPage{}, fmt.Errorf("ticket events export: %w", err)
	}
	if page.EndTime == 0 && !page.EndOfStream && len(page.TicketEvents) > 0 {
		return TicketEventPage{}, fmt.Errorf("ticket events export: %w: no end_time", ErrMalformed)
	}
	return page, nil
}
