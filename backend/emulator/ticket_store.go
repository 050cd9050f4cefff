package emulator

import (
	"sort"
	"strconv"
	"time"
)

// ticketStore holds what changed since seeding: tickets written through the API (an overlay
// over the procedurally generated ones) and an ordered change log. Exports walk the seeded
// range (positions 1..cfg.Tickets, skipping overlaid ids) and then the log (position
// cfg.Tickets+seq), skipping entries a later change superseded. Guarded by Account.mu.
type ticketStore struct {
	ds            *dataset
	recs          map[int64]*ticketRec
	log           []changeEntry
	nextTicketID  int64
	nextCommentID int64
	liveSeeded    int // seeded tickets that are not deleted (for counts)
	// epoch names this store's positions in export cursors. The change log lives in memory, so
	// a cursor from before a restart or a reseed would point at other changes: it is refused
	// (400 InvalidValue, as Zendesk refuses a cursor it cannot use) instead of skipping some.
	epoch string
}

// ticketRec is a ticket changed through the API. Its value and slices are replaced, never
// mutated in place, so readers may keep a copy after unlocking.
type ticketRec struct {
	t      Ticket
	added  []Comment // comments added through the API; seeded ones are regenerated
	seq    int64     // the change log entry that holds its current version
	seeded bool
}

// fieldChange is one changed field, as ticket events report it.
type fieldChange struct {
	Field    string
	Value    any
	Previous any
}

// changeEntry is one committed ticket write.
type changeEntry struct {
	seq      int64
	ticketID int64
	at       time.Time
	kind     TicketChangeKind
	actorID  int64
	comment  *Comment
	changes  []fieldChange
	merged   []int64
}

func newTicketStore(ds *dataset) *ticketStore {
	s := &ticketStore{
		ds: ds, recs: map[int64]*ticketRec{},
		nextTicketID:  int64(ds.cfg.Tickets) + 1,
		nextCommentID: 900_000_000_000,
		epoch:         strconv.FormatInt(time.Now().UnixNano(), 36),
	}
	for id := int64(1); id <= int64(ds.cfg.Tickets); id++ {
		if del, _ := ds.seededKind(id); !del {
			s.liveSeeded++
		}
	}
	return s
}

// get returns ticket id's current version (deleted ones included, with status "deleted").
func (s *ticketStore) get(id int64) (Ticket, bool) {
	if rec, ok := s.recs[id]; ok {
		return rec.t, true
	}
	if id >= 1 && id <= int64(s.ds.cfg.Tickets) {
		return s.ds.seededTicket(id), true
	}
	return Ticket{}, false
}

// comments returns every comment of ticket id, oldest first.
func (s *ticketStore) comments(id int64, base string) []Comment {
	var out []Comment
	if id >= 1 && id <= int64(s.ds.cfg.Tickets) {
		out = s.ds.seededComments(id, base)
	}
	if rec, ok := s.recs[id]; ok {
		out = append(out, rec.added...)
	}
	return out
}

// maxID is the highest ticket id ever used.
func (s *ticketStore) maxID() int64 { return s.nextTicketID - 1 }

// liveCount is the number of tickets that are not deleted.
func (s *ticketStore) liveCount() int {
	n := s.liveSeeded
	for id, rec := range s.recs {
		seededLive := false
		if rec.seeded {
			del, _ := s.ds.seededKind(id)
			seededLive = !del
		}
		live := rec.t.Status != "deleted"
		switch {
		case live && !seededLive:
			n++
		case !live && seededLive:
			n--
		}
	}
	return n
}

// commit records a new version of a ticket and returns its log entry.
func (s *ticketStore) commit(t Ticket, e changeEntry) changeEntry {
	e.seq = int64(len(s.log)) + 1
	e.ticketID = t.ID
	rec, ok := s.recs[t.ID]
	if !ok {
		rec = &ticketRec{seeded: t.ID <= int64(s.ds.cfg.Tickets)}
		s.recs[t.ID] = rec
	}
	nr := *rec
	nr.t, nr.seq = t, e.seq
	if e.comment != nil {
		nr.added = append(append([]Comment(nil), rec.added...), *e.comment)
	}
	s.recs[t.ID] = &nr
	s.log = append(s.log, e)
	return e
}

// newCommentID hands out ids for API comments.
func (s *ticketStore) newCommentID() int64 {
	s.nextCommentID += 2
	return s.nextCommentID
}

// positions: 1..N are seeded ids; N+seq are change log entries.

func (s *ticketStore) seededN() int64 { return int64(s.ds.cfg.Tickets) }

// lastAvailable is the last position not held back (changes after cutoff are held back).
func (s *ticketStore) lastAvailable(cutoff time.Time) int64 {
	n := sort.Search(len(s.log), func(i int) bool { return s.log[i].at.After(cutoff) })
	return s.seededN() + int64(n)
}

// positionAt is the first position whose record was updated at or after t.
func (s *ticketStore) positionAt(t time.Time) int64 {
	n := s.seededN()
	if n > 0 {
		if _, up, _ := s.ds.seededTimes(n); !up.Before(t) {
			i := sort.Search(int(n), func(i int) bool {
				_, up, _ := s.ds.seededTimes(int64(i) + 1)
				return !up.Before(t)
			})
			return int64(i) + 1
		}
	}
	i := sort.Search(len(s.log), func(i int) bool { return !s.log[i].at.Before(t) })
	return n + int64(i) + 1
}

// atPosition returns the ticket version that position p stands for, or false when p is
// superseded by a later change (or out of range).
func (s *ticketStore) atPosition(p int64) (Ticket, bool) {
	n := s.seededN()
	if p >= 1 && p <= n {
		if _, changed := s.recs[p]; changed {
			return Ticket{}, false
		}
		return s.ds.seededTicket(p), true
	}
	i := p - n - 1
	if i < 0 || i >= int64(len(s.log)) {
		return Ticket{}, false
	}
	e := s.log[i]
	rec := s.recs[e.ticketID]
	if rec == nil || rec.seq != e.seq {
		return Ticket{}, false
	}
	return rec.t, true
}
