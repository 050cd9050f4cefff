package syncer

import (
	"fmt"
	"testing"
	"time"

	"zensync/backend/emulator"
)

// TestARefusedCursorWalksTheExportAgain: the emulator restarting (or Zendesk expiring a cursor)
// makes the saved cursor unusable. The next sync must not fail forever nor skip what changed: it
// walks the export again from the backfill start and picks the change up.
func TestARefusedCursorWalksTheExportAgain(t *testing.T) {
	e := newHelpdeskEnv(t, "h", emulator.SeedConfig{Seed: 5, Tickets: 120})
	if r := e.run("h"); !r.OK {
		t.Fatal(r.Message)
	}
	before, err := e.records.Counts(t.Context(), "h")
	if err != nil || before.Tickets == 0 {
		t.Fatalf("first sync: %+v %v", before, err)
	}
	e.control("POST", "acme", "/reset", nil, nil) // same seed, new change log: old cursors mean nothing
	id := e.openTickets("h", 1)[0]
	e.control("PUT", "acme", fmt.Sprintf("/tickets/%d", id), map[string]any{"ticket": map[string]any{"subject": "After the restart"}}, nil)
	e.control("POST", "acme", "/clock", map[string]any{"advance_seconds": 180}, nil)
	e.syncer.o.Now = func() time.Time { return time.Now().Add(180 * time.Second) }
	if r := e.run("h"); !r.OK {
		t.Fatalf("the sync after the cursor was refused: %s", r.Message)
	}
	got, err := e.reader.Ticket(t.Context(), "h", id)
	if err != nil || got.Subject != "After the restart" {
		t.Fatalf("ticket %d = %q, %v; want the change made after the restart", id, got.Subject, err)
	}
	after, err := e.records.Counts(t.Context(), "h")
	if err != nil || after != before {
		t.Fatalf("counts after walking again = %+v, want %+v (none lost, none doubled): %v", after, before, err)
	}
}
