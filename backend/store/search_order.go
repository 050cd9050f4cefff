package store

import (
	"strings"

	"zensync/backend/search"
)

// Ranks for order_by:status and order_by:priority (Zendesk's order; no priority sorts lowest).
var (
	statusRank   = map[string]int64{"new": 1, "open": 2, "pending": 3, "hold": 4, "solved": 5, "closed": 6}
	priorityRank = map[string]int64{"low": 1, "normal": 2, "high": 3, "urgent": 4}
)

const (
	statusRankSQL   = `CASE t.status WHEN 'new' THEN 1 WHEN 'open' THEN 2 WHEN 'pending' THEN 3 WHEN 'hold' THEN 4 WHEN 'solved' THEN 5 WHEN 'closed' THEN 6 ELSE 0 END`
	priorityRankSQL = `CASE t.priority WHEN 'low' THEN 1 WHEN 'normal' THEN 2 WHEN 'high' THEN 3 WHEN 'urgent' THEN 4 ELSE 0 END`
)

// orderSQL is the ORDER BY of the list: a search's order_by: wins over the list's sort.
func orderSQL(sort string, o *search.Order) string {
	if o == nil {
		return TicketQuery{Sort: sort}.orderBy()
	}
	dir := " ASC"
	if o.Desc {
		dir = " DESC"
	}
	key := map[string]string{"created": "t.created_at", "updated": "t.updated_at", "priority": priorityRankSQL,
		"status": statusRankSQL, "ticket_type": "t.type"}[o.Key]
	return " ORDER BY " + key + dir + ", t.id" + dir + ", t.integration_id"
}

// hitSort is the comparison of search hits for the list's sort or a search's order_by:.
func hitSort(sort string, o *search.Order) func(a, b searchHit) int {
	if o == nil {
		return hitOrder(sort)
	}
	key := map[string]func(h searchHit) int64{
		"created":  func(h searchHit) int64 { return h.created },
		"updated":  func(h searchHit) int64 { return h.updated },
		"priority": func(h searchHit) int64 { return priorityRank[h.priority] },
		"status":   func(h searchHit) int64 { return statusRank[h.status] },
	}[o.Key]
	return func(a, b searchHit) int {
		c := 0
		if key != nil {
			c = cmpInt(key(a), key(b))
		} else {
			c = strings.Compare(a.ticketType, b.ticketType)
		}
		if c == 0 {
			c = cmpInt(a.id, b.id)
		}
		if c == 0 {
			c = strings.Compare(a.integ, b.integ)
		}
		if o.Desc {
			return -c
		}
		return c
	}
}
