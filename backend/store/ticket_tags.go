package store

import (
	"strconv"
	"strings"
)

// existingTags reads the stored tags (by pk) of the batch's tickets that exist already (before
// the upsert), so retagUpdated can tell which changed, and their ids, so the upsert can insert
// the others plainly (insertFresh). Pks of new tickets are above w.ticketPK.
func (w *batchWriter) existingTags(ts []TicketRecord) (tags map[int64]string, stored map[int64]bool, err error) {
	if len(ts) == 0 || w.mode == InsertOnce {
		return nil, nil, nil // insert-once never changes a stored ticket
	}
	tags, stored = map[int64]string{}, map[int64]bool{}
	rows, err := w.tx.QueryContext(w.ctx, `SELECT pk, id, tags FROM tickets WHERE integration_id = ? AND id IN (`+idList(ts)+`)`, w.integ)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var pk, id int64
		var t string
		if err := rows.Scan(&pk, &id, &t); err != nil {
			return nil, nil, err
		}
		tags[pk], stored[id] = t, true
	}
	return tags, stored, rows.Err()
}

// eachTags runs query, which selects (pk, tags) of tickets, and calls fn with each row; the rows
// are closed before it returns, so fn's caller may write in the same transaction afterwards.
func (w *batchWriter) eachTags(fn func(pk int64, tags string), query string, args ...any) error {
	rows, err := w.tx.QueryContext(w.ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var pk int64
		var tags string
		if err := rows.Scan(&pk, &tags); err != nil {
			return err
		}
		fn(pk, tags)
	}
	return rows.Err()
}

// retagUpdated brings ticket_tags up to date for stored tickets whose tags the upsert changed
// (new tickets are tagged by tagNewRows).
func (w *batchWriter) retagUpdated(before map[int64]string) error {
	if len(before) == 0 {
		return nil
	}
	pks := make([]string, 0, len(before))
	for pk := range before {
		pks = append(pks, strconv.FormatInt(pk, 10))
	}
	type change struct {
		pk       int64
		old, now []string
	}
	var changes []change
	err := w.eachTags(func(pk int64, tags string) {
		if tags != before[pk] {
			changes = append(changes, change{pk, splitList(before[pk]), splitList(tags)})
		}
	}, `SELECT pk, tags FROM tickets WHERE pk IN (`+strings.Join(pks, ",")+`)`)
	if err != nil {
		return err
	}
	for _, c := range changes {
		for _, tag := range c.old {
			if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM ticket_tags WHERE tag = ? AND ticket_pk = ?`, tag, c.pk); err != nil {
				return err
			}
		}
		for _, tag := range c.now {
			if _, err := w.tx.ExecContext(w.ctx, `INSERT OR IGNORE INTO ticket_tags (tag, ticket_pk) VALUES (?, ?)`, tag, c.pk); err != nil {
				return err
			}
		}
	}
	return nil
}

// tagNewRows adds the tags of the tickets this batch inserted: their stored tags are read back
// and split here, and written with one multi-row INSERT per chunk (splitting them in SQL with
// a recursive query took ten times as long).
func (w *batchWriter) tagNewRows() error {
	type tagRow struct {
		tag string
		pk  int64
	}
	var out []tagRow
	err := w.eachTags(func(pk int64, tags string) {
		for _, tag := range strings.Fields(tags) {
			out = append(out, tagRow{tag, pk})
		}
	}, `SELECT pk, tags FROM tickets WHERE pk > ? AND tags <> ''`, w.ticketPK)
	if err != nil {
		return err
	}
	_, err = w.multi(`INSERT OR IGNORE INTO ticket_tags (tag, ticket_pk)`, 1, "", len(out), func(i int, r *rowBuf) {
		r.Str("tag", out[i].tag)
		r.Int("ticket_pk", out[i].pk)
	})
	return err
}

func idList(ts []TicketRecord) string {
	ids := make([]string, len(ts))
	for i := range ts {
		ids[i] = strconv.FormatInt(ts[i].ID, 10)
	}
	return strings.Join(ids, ",")
}
