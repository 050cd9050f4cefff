package store

import (
	"strconv"
	"strings"
)

// retagUpdated refreshes ticket_tags for tickets of the batch that existed before it and were
// changed (changed counts inserted and updated rows; inserted rows are tagged by indexNewRows).
func (w *batchWriter) retagUpdated(ts []TicketRecord, changed int) error {
	var maxPK int64
	if err := w.tx.QueryRowContext(w.ctx, `SELECT coalesce(max(pk), 0) FROM tickets`).Scan(&maxPK); err != nil {
		return err
	}
	if inserted := maxPK - w.ticketPK; int64(changed) <= inserted {
		return nil // nothing was updated
	}
	ids := make([]string, len(ts))
	for i := range ts {
		ids[i] = strconv.FormatInt(ts[i].ID, 10)
	}
	old := "integration_id = ? AND id IN (" + strings.Join(ids, ",") + ") AND pk <= ?"
	if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM ticket_tags WHERE ticket_pk IN (SELECT pk FROM tickets WHERE `+old+`)`,
		w.integ, w.ticketPK); err != nil {
		return err
	}
	_, err := w.tx.ExecContext(w.ctx, splitTagsInto(old), w.integ, w.ticketPK)
	return err
}

// tagNewRows adds the tags of the tickets this batch inserted.
func (w *batchWriter) tagNewRows() error {
	_, err := w.tx.ExecContext(w.ctx, splitTagsInto("pk > ?"), w.ticketPK)
	return err
}
