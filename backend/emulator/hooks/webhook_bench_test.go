package hooks_test

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
	e := newHookEnv(b)
	var got atomic.Int64
	rcv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got.Add(1)
		w.WriteHeader(http.StatusOK)
	}))
	defer rcv.Close()
	tok, _ := e.ControlToken("", "read write")
	e.eventHook(tok, rcv.URL, allTicketEvents)
	s := e.Acct.Hooks()
	queueSize := s.DeliveryConfig().QueueSize

	change := sampleUpdate(time.Now())
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		// Stay within the queue (beyond it deliveries are throttled, as Zendesk's are).
		for int64(i)*5-got.Load() > int64(queueSize)/2 {
			time.Sleep(100 * time.Microsecond)
		}
		s.TicketChanged(change)
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
