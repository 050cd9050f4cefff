package emulator_test

import (
	"fmt"
	"sync"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
)

// Writers and exporters at once: run with -race.
func TestConcurrentWritesAndExports(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 500})
	start := e.Acct.Data().Start.Unix()
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				if s, m, _ := e.Do("POST", "/_emulator/acme/tickets", "", map[string]any{"ticket": map[string]any{"comment": map[string]any{"body": "load"}}}); s != 201 {
					t.Errorf("create: %d %v", s, m)
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				e.Get(fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d", start))
				e.Get(fmt.Sprintf("/acme/api/v2/incremental/ticket_events.json?start_time=%d&include=comment_events", start))
				e.Get("/acme/api/v2/tickets.json?per_page=100&page=5")
			}
		}()
	}
	wg.Wait()
	if st := e.Acct.State(); st.MaxTicketID != 530 || st.Changes != 30 {
		t.Fatalf("state after the load: %+v", st)
	}
}
