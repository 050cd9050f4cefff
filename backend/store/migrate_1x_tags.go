package store

import "gorm.io/gorm"

// splitTagsInto is the statement that adds the tags of the tickets selected by cond (a WHERE
// clause over tickets, with its own parameters) to ticket_tags. Tags are stored " a b ".
func splitTagsInto(cond string) string {
	return `WITH RECURSIVE split(pk, rest, tag) AS (
		SELECT pk, ltrim(tags), '' FROM tickets WHERE tags <> '' AND (` + cond + `)
		UNION ALL
		SELECT pk, substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1)
		FROM split WHERE rest <> '' AND instr(rest, ' ') > 0
	)
	INSERT OR IGNORE INTO ticket_tags (tag, ticket_pk) SELECT tag, pk FROM split WHERE tag <> ''`
}

// migrateV16TicketTags adds ticket_tags, one row per tag of a ticket, so the list's tag filter
// is an index lookup instead of a LIKE over every ticket. RecordRepo.Apply keeps it current.
func migrateV16TicketTags(tx *gorm.DB) error {
	return execAll(tx,
		`CREATE TABLE ticket_tags (
			tag       TEXT NOT NULL,
			ticket_pk INTEGER NOT NULL,
			PRIMARY KEY (tag, ticket_pk)
		) WITHOUT ROWID`,
		`CREATE INDEX ticket_tags_ticket ON ticket_tags (ticket_pk)`,
		splitTagsInto("1"),
	)
}

// migrateV17DropTicketTagsIndex drops ticket_tags_ticket: Apply removes a ticket's tags by
// (tag, pk), the table's key, so the second index only cost writes.
func migrateV17DropTicketTagsIndex(tx *gorm.DB) error {
	return execAll(tx, `DROP INDEX IF EXISTS ticket_tags_ticket`)
}
