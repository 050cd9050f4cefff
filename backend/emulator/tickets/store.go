// Package tickets holds an account's ticket writes over its seeded tickets: the overlay and
// change log that exports walk (Store), and the validation of ticket input (Input, ApplyInput).
// The account guards a Store with its own lock.
package tickets

import (
	"sort"
	"strconv"
	"time"

	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
)

// Store holds what changed since seeding: tickets written through the API (an overlay
// over the procedurally generated ones) and an ordered change log. Exports walk the seeded
// range (positions 1..cfg.Tickets, skipping overlaid ids) and then the log (position
// cfg.Tickets+seq), skipping entries a later change superseded. Guarded by the account's lock.
type Store struct {
	ds            *seed.Dataset
	recs          map[int64]*Rec
	Log           []Entry
	NextTicketID  int64
	nextCommentID int64
	liveSeeded    int // seeded tickets that are not deleted (for counts)
	// Epoch names this store's positions in export cursors. The change log lives in memory, so
	// a cursor from before a restart or a reseed would point at other changes: it is refused
	// (400 InvalidValue, as Zendesk refuses a cursor it cannot use) instead of skipping some.
	Epoch string
}

// Rec is a ticket changed through the API. Its value and slices are replaced, never
// mutated in place, so readers may keep a copy after unlocking.
type Rec struct {
	t      record.Ticket
	added  []record.Comment // comments added through the API; seeded ones are regenerated
	seq    int64            // the change log entry that holds its current version
	seeded bool
}

// FieldChange is one changed field, as ticket events report it.
type FieldChange struct {
	Field    string
	Value    any
	Previous any
}

// Entry is one committed ticket write.
type Entry struct {
	Seq      int64
	TicketID int64
	At       time.Time
	Kind     record.TicketChangeKind
	ActorID  int64
	Comment  *record.Comment
	Changes  []FieldChange
	Merged   []int64
}

// NewStore returns an empty overlay over ds with a fresh cursor epoch.
func NewStore(ds *seed.Dataset) *Store {
	s := &Store{
		ds: ds, recs: map[int64]*Rec{},
		NextTicketID:  int64(ds.Config.Tickets) + 1,
		nextCommentID: 900_000_000_000,
		Epoch:         strconv.FormatInt(time.Now().UnixNano(), 36),
	}
	for id := int64(1); id <= int64(ds.Config.Tickets); id++ {
		if del, _ := ds.SeededKind(id); !del {
			s.liveSeeded++
		}
	}
	return s
}

// Get returns ticket id's current version (deleted ones included, with status "deleted").
func (s *Store) Get(id int64) (record.Ticket, bool) {
	if rec, ok := s.recs[id]; ok {
		return rec.t, true
	}
	if id >= 1 && id <= int64(s.ds.Config.Tickets) {
		return s.ds.SeededTicket(id), true
	}
	return record.Ticket{}, false
}

// Comments returns every comment of ticket id, oldest first.
func (s *Store) Comments(id int64, base string) []record.Comment {
	var out []record.Comment
	if id >= 1 && id <= int64(s.ds.Config.Tickets) {
		out = s.ds.SeededComments(id, base)
	}
	if rec, ok := s.recs[id]; ok {
		out = append(out, rec.added...)
	}
	return out
}

// MaxID is the highest ticket id ever used.
func (s *Store) MaxID() int64 { return s.NextTicketID - 1 }

// LiveCount is the number of tickets that are not deleted.
func (s *Store) LiveCount() int {
	n := s.liveSeeded
	for id, rec := range s.recs {
		seededLive := false
		if rec.seeded {
			del, _ := s.ds.SeededKind(id)
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

// Commit records a new version of a ticket and returns its log entry.
func (s *Store) Commit(t record.Ticket, e Entry) Entry {
	e.Seq = int64(len(s.Log)) + 1
	e.TicketID = t.ID
	rec, ok := s.recs[t.ID]
	if !ok {
		rec = &Rec{seeded: t.ID <= int64(s.ds.Config.Tickets)}
		s.recs[t.ID] = rec
	}
	nr := *rec
	nr.t, nr.seq = t, e.Seq
	if e.Comment != nil {
		nr.added = append(append([]record.Comment(nil), rec.added...), *e.Comment)
	}
	s.recs[t.ID] = &nr
	s.Log = append(s.Log, e)
	return e
}

// NewCommentID hands out ids for API comments.
func (s *Store) NewCommentID() int64 {
	s.nextCommentID += 2
	return s.nextCommentID
}

// positions: 1..N are seeded ids; N+seq are change log entries.

// SeededN is how many tickets were seeded (positions 1..SeededN).
func (s *Store) SeededN() int64 { return int64(s.ds.Config.Tickets) }

// LastAvailable is the last position not held back (changes after cutoff are held back).
func (s *Store) LastAvailable(cutoff time.Time) int64 {
	n := sort.Search(len(s.Log), func(i int) bool { return s.Log[i].At.After(cutoff) })
	return s.SeededN() + int64(n)
}

// PositionAt is the first position whose record was updated at or after t.
func (s *Store) PositionAt(t time.Time) int64 {
	n := s.SeededN()
	if n > 0 {
		if _, up, _ := s.ds.SeededTimes(n); !up.Before(t) {
			i := sort.Search(int(n), func(i int) bool {
				_, up, _ := s.ds.SeededTimes(int64(i) + 1)
				return !up.Before(t)
			})
			return int64(i) + 1
		}
	}
	i := sort.Search(len(s.Log), func(i int) bool { return !s.Log[i].At.Before(t) })
	return n + int64(i) + 1
}

// AtPosition returns the ticket version that position p stands for, or false when p is
// superseded by a later change (or out of range).
func (s *Store) AtPosition(p int64) (record.Ticket, bool) {
	n := s.SeededN()
	if p >= 1 && p <= n {
		if _, changed := s.recs[p]; changed {
			return record.Ticket{}, false
		}
		return s.ds.SeededTicket(p), true
	}
	i := p - n - 1
	if i < 0 || i >= int64(len(s.Log)) {
		return record.Ticket{}, false
	}
	e := s.Log[i]
	rec := s.recs[e.TicketID]
	if rec == nil || rec.seq != e.Seq {
		return record.Ticket{}, false
	}
	return rec.t, true
}
