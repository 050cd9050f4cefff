package tickets

import (
	"testing"
	"time"

	"zensync/backend/emulator/seed"
)

// TestAMillionSeededTicketsCostNoMemoryPerTicket was a subtest of the seeding test before
// seeding became package seed.
func TestAMillionSeededTicketsCostNoMemoryPerTicket(t *testing.T) {
	// The real time, so nothing here can meet a clock at another date.
	now := time.Now().UTC().Truncate(time.Second)
	big := seed.Build(seed.Config{Tickets: 1_000_000}.WithDefaults(), "acme", now)
	s := NewStore(big)
	tk, ok := s.Get(999_999)
	if !ok || tk.ID != 999_999 || s.PositionAt(tk.UpdatedAt) != 999_999 {
		t.Fatalf("ticket 999999: %v, position %d", ok, s.PositionAt(tk.UpdatedAt))
	}
}
