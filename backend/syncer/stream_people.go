package syncer

import (
	"context"
	"strconv"
	"time"

	"zensync/backend/convert"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// userStream is the cursor user export. For CRM it starts at the backfill start like every
// stream; for Helpdesk (directory) it reads the whole user list from the beginning whatever the
// backfill start, which bounds the ticket history, not who is in the account (an admin who last
// changed their profile years ago is still someone the admin looks for in Users).
type userStream struct {
	r         *run
	directory bool
}

func (userStream) name() string                 { return StreamUsers }
func (userStream) fresh(string, time.Time) bool { return false }

func (s userStream) fetch(ctx context.Context, c *zendesk.Client, cp string) (page, error) {
	start := s.r.startTime()
	if s.directory {
		start = 0 // the whole directory, whatever the backfill start
	}
	ex, err := c.ExportUsers(ctx, s.r.cursorFrom(cp, start))
	if err != nil {
		return page{}, err
	}
	p := cursorPage(cp, ex.AfterCursor, ex.EndOfStream, len(ex.Users))
	for i := range ex.Users {
		p.batch.Users = append(p.batch.Users, convert.User(&ex.Users[i]))
	}
	if n := len(ex.Users); n > 0 {
		p.position = ex.Users[n-1].UpdatedAt
	}
	if !s.directory {
		p.batch.Users = keepCreatedSince(p.batch.Users, s.r.createdSince, func(u *store.UserRecord) time.Time { return u.CreatedAt })
	}
	return p, nil
}

// orgStream is the time-based organization export (CRM).
type orgStream struct{ r *run }

func (orgStream) name() string { return StreamOrganizations }

func (orgStream) fresh(cp string, now time.Time) bool { return timeFresh(cp, now) }

func (s orgStream) fetch(ctx context.Context, c *zendesk.Client, cp string) (page, error) {
	start := s.r.timeCheckpoint(cp)
	ex, err := c.ExportOrganizations(ctx, start)
	if err != nil {
		return page{}, err
	}
	p := page{next: formatTime(ex.EndTime, start), done: ex.EndOfStream || len(ex.Organizations) == 0,
		records: len(ex.Organizations), position: time.Unix(ex.EndTime, 0)}
	for i := range ex.Organizations {
		p.batch.Organizations = append(p.batch.Organizations, convert.Organization(&ex.Organizations[i]))
	}
	p.batch.Organizations = keepCreatedSince(p.batch.Organizations, s.r.createdSince,
		func(o *store.OrganizationRecord) time.Time { return o.CreatedAt })
	return p, nil
}

// cursorFrom is where a cursor export goes on: after checkpoint cp, or from start (unix seconds)
// when there is none yet.
func (r *run) cursorFrom(cp string, start int64) zendesk.ExportStart {
	from := zendesk.ExportStart{Cursor: cp, PerPage: r.s.o.PageSize}
	if cp == "" {
		from.StartTime = start
	}
	return from
}

// cursorPage is a cursor export page of records read after checkpoint cp: the next checkpoint
// is the page's after cursor, or cp again when the page carries none.
func cursorPage(cp, after string, end bool, records int) page {
	p := page{next: after, done: end, records: records}
	if p.next == "" {
		p.next = cp
	}
	return p
}

// holdBack is how recent a time-based export's start may be (Zendesk refuses the last minute).
const holdBack = 61 * time.Second

// timeFresh reports whether a time checkpoint is too recent to ask for more.
func timeFresh(cp string, now time.Time) bool {
	if cp == "" {
		return false
	}
	v, err := strconv.ParseInt(cp, 10, 64)
	return err == nil && v > now.Add(-holdBack).Unix()
}

// formatTime is the checkpoint after a time-based page: its end_time, never going back.
func formatTime(end, start int64) string {
	if end < start {
		end = start
	}
	return strconv.FormatInt(end, 10)
}
