package store

import "strings"

const ticketNewer = `excluded.updated_at > tickets.updated_at
	OR (excluded.updated_at = tickets.updated_at AND excluded.generated_timestamp > tickets.generated_timestamp)
	OR (excluded.deleted > tickets.deleted)`

var ticketTable = newTable(upsertSpec{
	table: "tickets", key: "id",
	keepIfZero:  "merged_into brand_id form_id",
	keepIfEmpty: "custom_fields satisfaction",
	when:        ticketNewer,
}, func(r *rowBuf, t *TicketRecord) {
	r.Int("id", t.ID)
	r.Str("subject", t.Subject)
	r.Str("description", t.Description)
	r.Str("status", t.Status)
	r.Str("priority", t.Priority)
	r.Str("type", t.Type)
	r.Int("requester_id", t.RequesterID)
	r.Int("submitter_id", t.SubmitterID)
	r.Int("assignee_id", t.AssigneeID)
	r.Int("organization_id", t.OrganizationID)
	r.Int("group_id", t.GroupID)
	r.Str("tags", joinList(t.Tags))
	r.Str("via_channel", t.ViaChannel)
	r.Int("created_at", unix(t.CreatedAt))
	r.Int("updated_at", unix(t.UpdatedAt))
	r.Int("generated_timestamp", t.GeneratedTimestamp)
	r.Bool("deleted", t.Deleted || t.Status == "deleted")
	r.Int("merged_into", t.MergedInto)
	r.Int("brand_id", t.BrandID)
	r.Int("form_id", t.FormID)
	r.Str("custom_fields", t.CustomFields)
	r.Str("satisfaction", t.Satisfaction)
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
	n, err := ticketTable.insertFresh(w, fresh)
	if err != nil {
		return n, err
	}
	m, err := ticketTable.upsert(w, known)
	n += m
	if err != nil {
		return n, err
	}
	if err := w.retagUpdated(before); err != nil {
		return n, err
	}
	return n, w.fillMergedFromComments(ts)
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
