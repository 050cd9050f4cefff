package store

import "strings"

const ticketNewer = `excluded.updated_at > tickets.updated_at
	OR (excluded.updated_at = tickets.updated_at AND excluded.generated_timestamp > tickets.generated_timestamp)
	OR (excluded.deleted > tickets.deleted)`

var ticketUpsert = newUpsert(upsertSpec{
	table: "tickets", key: "id",
	set: `subject description status priority type requester_id submitter_id assignee_id organization_id
		group_id tags via_channel created_at updated_at generated_timestamp deleted`,
	keepIfZero:  "merged_into brand_id form_id",
	keepIfEmpty: "custom_fields satisfaction",
	when:        ticketNewer,
	texts:       10,
})

// MergeTag is the tag Zendesk puts on a ticket closed by a merge.
const MergeTag = "closed_by_merge"

func (w *batchWriter) tickets(ts []TicketRecord) (int, error) {
	ts = w.dedupeTickets(ts)
	before, stored, err := w.existingTags(ts)
	if err != nil {
		return 0, err
	}
	// Tickets not stored yet are inserted plainly, the others upserted (see insertFresh); in
	// InsertOnce mode a stored ticket is skipped either way.
	fresh, known := ts, []TicketRecord(nil)
	if len(stored) > 0 {
		fresh = make([]TicketRecord, 0, len(ts)-len(stored))
		for i := range ts {
			if stored[ts[i].ID] {
				known = append(known, ts[i])
			} else {
				fresh = append(fresh, ts[i])
			}
		}
	}
	n, err := w.insertFresh(&ticketUpsert, len(fresh), ticketRow(fresh))
	if err != nil {
		return n, err
	}
	m, err := w.upsert(&ticketUpsert, len(known), ticketRow(known))
	n += m
	if err != nil {
		return n, err
	}
	if err := w.retagUpdated(before); err != nil {
		return n, err
	}
	return n, w.fillMergedFromComments(ts)
}

// ticketRow appends ts[i]'s values in ticketUpsert's column order.
func ticketRow(ts []TicketRecord) func(i int, r *rowBuf) {
	return func(i int, r *rowBuf) {
		t := &ts[i]
		r.Int(t.ID)
		r.Str(t.Subject)
		r.Str(t.Description)
		r.Str(t.Status)
		r.Str(t.Priority)
		r.Str(t.Type)
		r.Int(t.RequesterID)
		r.Int(t.SubmitterID)
		r.Int(t.AssigneeID)
		r.Int(t.OrganizationID)
		r.Int(t.GroupID)
		r.Str(joinList(t.Tags))
		r.Str(t.ViaChannel)
		r.Int(unix(t.CreatedAt))
		r.Int(unix(t.UpdatedAt))
		r.Int(t.GeneratedTimestamp)
		r.Bool(t.Deleted || t.Status == "deleted")
		r.Int(t.MergedInto)
		r.Int(t.BrandID)
		r.Int(t.FormID)
		r.Str(t.CustomFields)
		r.Str(t.Satisfaction)
	}
}

// fillMergedFromComments sets merged_into for merged tickets whose merge comment is stored
// already (comments and tickets come from different streams, in any order).
func (w *batchWriter) fillMergedFromComments(ts []TicketRecord) error {
	for i := range ts {
		t := &ts[i]
		if t.MergedInto != 0 || !hasTag(t.Tags, MergeTag) {
			continue
		}
		rows, err := w.tx.QueryContext(w.ctx, `SELECT body FROM comments WHERE integration_id = ? AND ticket_id = ? AND body LIKE '%merged into%'`, w.integ, t.ID)
		if err != nil {
			return err
		}
		var into int64
		for rows.Next() {
			var body string
			if err := rows.Scan(&body); err != nil {
				rows.Close()
				return err
			}
			if id := MergedIntoFromText(body); id != 0 {
				into = id
			}
		}
		rows.Close()
		if into != 0 {
			if _, err := w.tx.ExecContext(w.ctx, `UPDATE tickets SET merged_into = ? WHERE integration_id = ? AND id = ?`, into, w.integ, t.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

func hasTag(tags []string, tag string) bool {
	for _, t := range tags {
		if strings.EqualFold(t, tag) {
			return true
		}
	}
	return false
}

// dedupeTickets keeps one record per ticket id: the one that would win (the first for
// InsertOnce, else the newest). A batch can hold a ticket twice (it changed while the export was
// paged), and a row inserted and then updated in one batch must not reach the search index's
// update trigger before the batch indexes its new rows.
func (w *batchWriter) dedupeTickets(ts []TicketRecord) []TicketRecord {
	at := make(map[int64]int, len(ts))
	dup := false
	for i := range ts {
		if _, ok := at[ts[i].ID]; ok {
			dup = true
			break
		}
		at[ts[i].ID] = i
	}
	if !dup {
		return ts
	}
	clear(at)
	out := make([]TicketRecord, 0, len(ts))
	for _, t := range ts {
		k, seen := at[t.ID]
		switch {
		case !seen:
			at[t.ID] = len(out)
			out = append(out, t)
		case w.mode != InsertOnce && newerTicket(t, out[k]):
			out[k] = t
		}
	}
	return out
}

// newerTicket mirrors ticketNewer: whether a replaces b.
func newerTicket(a, b TicketRecord) bool {
	ad, bd := a.Deleted || a.Status == "deleted", b.Deleted || b.Status == "deleted"
	switch {
	case a.UpdatedAt.After(b.UpdatedAt):
		return true
	case a.UpdatedAt.Equal(b.UpdatedAt) && a.GeneratedTimestamp > b.GeneratedTimestamp:
		return true
	}
	return ad && !bd
}
