package webhook

import (
	"bytes"
	"sync"
)

// waiters lets Verify learn that a signed delivery reached the listener: it registers before
// sending the test, and arrived wakes it when a verified body for that integration comes in
// (one carrying its nonce, or any verified delivery when the nonce is empty).
type waiters struct {
	mu   sync.Mutex
	next int
	m    map[int]waiter
}

type waiter struct {
	integrationID string
	nonce         []byte
	ch            chan struct{}
}

func newWaiters() *waiters { return &waiters{m: map[int]waiter{}} }

// add registers a waiter; the returned channel closes on arrival, cancel unregisters it.
func (ws *waiters) add(integrationID, nonce string) (<-chan struct{}, func()) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	ws.next++
	key := ws.next
	w := waiter{integrationID: integrationID, nonce: []byte(nonce), ch: make(chan struct{})}
	ws.m[key] = w
	return w.ch, func() {
		ws.mu.Lock()
		defer ws.mu.Unlock()
		delete(ws.m, key)
	}
}

func (ws *waiters) arrived(integrationID string, body []byte) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	for key, w := range ws.m {
		if w.integrationID != integrationID {
			continue
		}
		if len(w.nonce) > 0 && !bytes.Contains(body, w.nonce) {
			continue
		}
		close(w.ch)
		delete(ws.m, key)
	}
}
