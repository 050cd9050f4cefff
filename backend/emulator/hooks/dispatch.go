package hooks

import (
	"net/http"
	"strings"
	"time"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
)

// TicketChanged queues the events of one committed ticket change for every active webhook
// subscribed to their types. It never blocks on the network: bodies are encoded here, and
// delivery happens on the webhooks' queues (a full queue marks the invocation throttled).
func (s *State) TicketChanged(c record.TicketChange) {
	if !s.hasTicketSubscribers() {
		return
	}
	evs, bodies := s.encodeTicketEvents(c)
	if len(evs) == 0 {
		return
	}
	now := time.Now().UTC()
	var ds []*delivery
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	for i, ev := range evs {
		for _, id := range s.order {
			e := s.hooks[id]
			if e.hook.subscribes(ev.Type) {
				inv := s.newInvocationLocked(e, ev.Type, now)
				ds = append(ds, &delivery{hookID: id, eventType: ev.Type, body: bodies[i], invocation: inv})
			}
		}
	}
	s.mu.Unlock()
	for _, d := range ds {
		s.enqueue(d)
	}
}

// hasTicketSubscribers is the cheap check that lets ticket writes skip encoding when no
// webhook listens.
func (s *State) hasTicketSubscribers() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, e := range s.hooks {
		if e.hook.Status != "active" {
			continue
		}
		for _, sub := range e.hook.Subscriptions {
			if strings.HasPrefix(sub, eventTypePrefix+"ticket.") {
				return true
			}
		}
	}
	return false
}

// deliveryView is one invocation with its attempts, for the control API.
type deliveryView struct {
	invocationJSON
	Attempts []attemptRecord `json:"attempts"`
}

// handleControlDeliveries is GET /_emulator/<sub>/webhooks/deliveries[?webhook_id=]:
// {"deliveries": [{id, webhook_id, event_type, status, status_code, created_at,
// latest_completed_at, attempts_count, attempts: [...]}]}, oldest first.
func (s *State) handleControlDeliveries(w http.ResponseWriter, r *http.Request) {
	only := r.URL.Query().Get("webhook_id")
	s.mu.RLock()
	out := []deliveryView{}
	for _, id := range s.order {
		if only != "" && id != only {
			continue
		}
		for _, inv := range s.hooks[id].invocations {
			out = append(out, deliveryView{invocationJSON: inv.view(), Attempts: append([]attemptRecord{}, inv.Attempts...)})
		}
	}
	s.mu.RUnlock()
	httpjson.Write(w, http.StatusOK, map[string]any{"deliveries": out})
}
