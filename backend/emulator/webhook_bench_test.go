package emulator

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkWebhookDelivery measures signed deliveries per second from ticket updates (five
// granular events each) to one event-subscribed webhook on a loopback endpoint that answers 200.
func BenchmarkWebhookDelivery(b *testing.B) {
	srv := New(Options{})
	acct, err := srv.AddAccount("demo", SeedConfig{Tickets: -1, Users: 5, Organizations: 1, Groups: 1, Articles: -1})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	var got atomic.Int64
	rcv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got.Add(1)
		w.WriteHeader(http.StatusOK)
	}))
	defer rcv.Close()
	s := acct.hooks
	s.mu.Lock()
	e := &hookEntry{hook: webhook{ID: "01BENCH", Name: "bench", Endpoint: rcv.URL, HTTPMethod: "POST",
		RequestFormat: "json", Status: "active", Subscriptions: allTicketEvents, Secret: "s"}}
	s.startQueueLocked(e)
	s.hooks[e.hook.ID], s.order = e, append(s.order, e.hook.ID)
	s.mu.Unlock()

	change := sampleUpdate(time.Now())
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		// Stay within the queue (beyond it deliveries are throttled, as Zendesk's are).
		for int64(i)*5-got.Load() > int64(s.cfg.queueSize)/2 {
			time.Sleep(100 * time.Microsecond)
		}
		s.ticketChanged(change)
	}
	want := int64(b.N) * 5
	deadline := time.Now().Add(time.Minute)
	for got.Load() < want {
		if time.Now().After(deadline) {
			b.Fatalf("delivered %d of %d", got.Load(), want)
		}
		time.Sleep(time.Millisecond)
	}
	el := time.Since(start)
	b.ReportMetric(float64(want)/el.Seconds(), "deliveries/s")
}
