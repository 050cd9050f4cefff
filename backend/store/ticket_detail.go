package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Ticket returns one ticket with its conversation (oldest comment first), or ErrNotFound.
func (r *TicketReader) Ticket(ctx context.Context, integrationID string, id int64) (TicketDetail, error) {
	var d TicketDetail
	var tags string
	var created, updated int64
	err := r.db.Read().WithContext(ctx).Raw(`SELECT t.integration_id, t.id, t.subject, t.status, t.priority,
		coalesce(rq.name, ''), coalesce(asg.name, ''), coalesce(o.name, ''), t.tags, t.created_at, t.updated_at,
		t.deleted, t.merged_into, t.description, t.type, coalesce(g.name, ''), t.via_channel
		FROM tickets t
		LEFT JOIN users rq ON rq.integration_id = t.integration_id AND rq.id = t.requester_id
		LEFT JOIN users asg ON asg.integration_id = t.integration_id AND asg.id = t.assignee_id
		LEFT JOIN organizations o ON o.integration_id = t.integration_id AND o.id = t.organization_id
		LEFT JOIN groups g ON g.integration_id = t.integration_id AND g.id = t.group_id
		WHERE t.integration_id = ? AND t.id = ?`, integrationID, id).Row().Scan(
		&d.IntegrationID, &d.ID, &d.Subject, &d.Status, &d.Priority, &d.RequesterName, &d.AssigneeName,
		&d.OrganizationName, &tags, &created, &updated, &d.Deleted, &d.MergedInto, &d.Description, &d.Type,
		&d.GroupName, &d.Via)
	if errors.Is(err, sql.ErrNoRows) {
		return TicketDetail{}, fmt.Errorf("ticket %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return TicketDetail{}, fmt.Errorf("reading ticket %d: %w", id, err)
	}
	d.Tags, d.CreatedAt, d.UpdatedAt = splitList(tags), formatUnix(created), formatUnix(updated)
	rows, err := r.db.Read().WithContext(ctx).Raw(`SELECT c.id, c.author_id, coalesce(u.name, ''), c.public, c.html_body, c.body, c.created_at
		FROM comments c LEFT JOIN users u ON u.integration_id = c.integration_id AND u.id = c.author_id
		WHERE c.integration_id = ? AND c.ticket_id = ? ORDER BY c.created_at, c.id`, integrationID, id).Rows()
	if err != nil {
		return TicketDetail{}, fmt.Errorf("reading comments of ticket %d: %w", id, err)
	}
	defer rows.Close()
	d.Comments = []CommentView{}
	for rows.Next() {
		var c CommentView
		var at int64
		if err := rows.Scan(&c.ID, &c.AuthorID, &c.AuthorName, &c.Public, &c.HTMLBody, &c.PlainBody, &at); err != nil {
			return TicketDetail{}, fmt.Errorf("reading comments of ticket %d: %w", id, err)
		}
		c.CreatedAt = formatUnix(at)
		c.Attachments = []AttachmentView{}
		d.Comments = append(d.Comments, c)
	}
	if err := rows.Err(); err != nil {
		return TicketDetail{}, fmt.Errorf("reading comments of ticket %d: %w", id, err)
	}
	if d.TicketFieldsView, err = r.ticketFields(ctx, integrationID, id); err != nil {
		return TicketDetail{}, err
	}
	return d, r.addAttachments(ctx, &d)
}

// addAttachments hangs the ticket's attachments on their comments.
func (r *TicketReader) addAttachments(ctx context.Context, d *TicketDetail) error {
	q := commentAttachments(r.db, nil)
	atts, err := q.list(ctx, `WHERE integration_id = ? AND ticket_id = ? ORDER BY comment_id, id`, d.IntegrationID, d.ID)
	if err != nil {
		return err
	}
	at := make(map[int64]int, len(d.Comments))
	for i, c := range d.Comments {
		at[c.ID] = i
	}
	for _, a := range atts {
		if i, ok := at[a.CommentID]; ok {
			d.Comments[i].Attachments = append(d.Comments[i].Attachments, a)
		}
	}
	return nil
}

// Zendesk's ticket enumerations, offered by the filters (deleted is Zensync's own mark).
var (
	TicketStatuses   = []string{"new", "open", "pending", "hold", "solved", "closed", "deleted"}
	TicketPriorities = []string{"urgent", "high", "normal", "low"}
)

// filterTagSample is how many recent tickets the tag choices are drawn from.
const filterTagSample = 5000

// Filters returns the choices for the ticket list's filters ("" = every integration): statuses
// and priorities, agents, organizations (by name, at most 1,000) and the tags of recent tickets.
func (r *TicketReader) Filters(ctx context.Context, integrationID string) (TicketFilters, error) {
	f := TicketFilters{Statuses: TicketStatuses, Priorities: TicketPriorities, Assignees: []IDName{}, Organizations: []IDName{}, Tags: []string{}}
	cond, args := "", []any{}
	if integrationID != "" {
		cond, args = " AND integration_id = ?", []any{integrationID}
	}
	var err error
	if f.Assignees, err = r.idNames(ctx, `SELECT DISTINCT id, name FROM users WHERE role IN ('admin', 'agent')`+cond+` ORDER BY name COLLATE NOCASE LIMIT 1000`, args); err != nil {
		return f, err
	}
	if f.Organizations, err = r.idNames(ctx, `SELECT DISTINCT id, name FROM organizations WHERE 1`+cond+` ORDER BY name COLLATE NOCASE LIMIT 1000`, args); err != nil {
		return f, err
	}
	if err = r.fieldFilters(ctx, integrationID, &f); err != nil {
		return f, err
	}
	tq := `SELECT tags FROM tickets WHERE tags <> ''` + cond + ` ORDER BY updated_at DESC LIMIT ?`
	rows, err := r.db.Read().WithContext(ctx).Raw(tq, append(args, filterTagSample)...).Rows()
	if err != nil {
		return f, fmt.Errorf("reading tags: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return f, fmt.Errorf("reading tags: %w", err)
		}
		for _, tag := range splitList(s) {
			if !seen[tag] {
				seen[tag] = true
				f.Tags = append(f.Tags, tag)
			}
		}
	}
	sortStrings(f.Tags)
	return f, rows.Err()
}

func (r *TicketReader) idNames(ctx context.Context, q string, args []any) ([]IDName, error) {
	rows, err := r.db.Read().WithContext(ctx).Raw(q, args...).Rows()
	out, err := collect(rows, err, func(row interface{ Scan(...any) error }) (IDName, error) {
		var x IDName
		err := row.Scan(&x.ID, &x.Name)
		return x, err
	})
	if err != nil {
		return nil, fmt.Errorf("reading filter choices: %w", err)
	}
	return out, nil
}
