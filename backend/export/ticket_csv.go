package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"zensync/backend/store"
)

// ticketColumns is the header of the CSV list and the order of its cells: the Tickets table's
// columns, then what a spreadsheet needs to tell rows apart.
var ticketColumns = []string{"id", "subject", "status", "priority", "requester", "assignee", "organization",
	"tags", "created_at", "updated_at", "deleted", "merged_into", "integration_id"}

// csvTickets writes ticket list rows as RFC 4180 CSV (quotes where needed, CRLF line ends).
type csvTickets struct {
	w    *csv.Writer
	cell []string
}

func newCSVTickets(w io.Writer) *csvTickets {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &csvTickets{w: cw, cell: make([]string, len(ticketColumns))}
}

func (c *csvTickets) Begin() error { return c.w.Write(ticketColumns) }

func (c *csvTickets) Write(t store.TicketRow) error {
	c.cell[0] = strconv.FormatInt(t.ID, 10)
	c.cell[1] = safeCell(t.Subject)
	c.cell[2] = safeCell(t.Status)
	c.cell[3] = safeCell(t.Priority)
	c.cell[4] = safeCell(t.RequesterName)
	c.cell[5] = safeCell(t.AssigneeName)
	c.cell[6] = safeCell(t.OrganizationName)
	c.cell[7] = safeCell(strings.Join(t.Tags, " "))
	c.cell[8] = t.CreatedAt
	c.cell[9] = t.UpdatedAt
	c.cell[10] = strconv.FormatBool(t.Deleted)
	c.cell[11] = ""
	if t.MergedInto != 0 {
		c.cell[11] = strconv.FormatInt(t.MergedInto, 10)
	}
	c.cell[12] = safeCell(t.IntegrationID)
	return c.w.Write(c.cell)
}

// End flushes the CSV writer into the underlying buffer.
func (c *csvTickets) End() error {
	c.w.Flush()
	return c.w.Error()
}

// safeCell keeps a spreadsheet from reading text as a formula: a cell that starts with = + - @
// (or a tab or carriage return, which some spreadsheets skip before those) gets a leading
// apostrophe, as OWASP's CSV-injection advice says. The text itself is kept.
func safeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
