package secrets

import "sync"

// keyWrites orders the calls on one key. The goroutine that makes the real keyring call holds
// mu for as long as the call runs, so a call that timed out for its caller still holds back
// the next call on that key until it finishes. Writes (Set, Delete) draw a sequence number when
// they are asked for; one that reaches the keyring after a newer write already did is dropped,
// so an older token pair never overwrites a newer one.
type keyWrites struct {
	mu      sync.Mutex
	issued  uint64 // the last sequence number handed out (guarded by Keyring.mu)
	applied uint64 // the newest write that reached the keyring (guarded by mu)
}

// writesFor returns the key's ordering state.
func (k *Keyring) writesFor(key string) *keyWrites {
	k.mu.Lock()
	defer k.mu.Unlock()
	w, ok := k.keys[key]
	if !ok {
		w = &keyWrites{}
		k.keys[key] = w
	}
	return w
}

// nextWrite hands out the next sequence number for a write to key.
func (k *Keyring) nextWrite(w *keyWrites) uint64 {
	k.mu.Lock()
	defer k.mu.Unlock()
	w.issued++
	return w.issued
}

// ordered returns call wrapped to run under the key's lock; seq > 0 marks a write, which is
// skipped (as if it had succeeded and been replaced at once) when a newer write came first.
func (w *keyWrites) ordered(seq uint64, call func() error) func() error {
	return func() error {
		w.mu.Lock()
		defer w.mu.Unlock()
		if seq > 0 && seq < w.applied {
			return nil
		}
		err := call()
		if seq > 0 {
			w.applied = seq // even when it failed: its caller was told, and older values stay out
		}
		return err
	}
}
