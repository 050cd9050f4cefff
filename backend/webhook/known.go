package webhook

import (
	"context"
	"errors"
	"sync"
	"time"

	"zensync/backend/store"
)

// known remembers for a moment whether an integration id exists, so a burst of deliveries costs
// one database read per integration, not one per request. It is only a first filter: the inbox
// insert checks again in its transaction, so a delivery for an integration deleted meanwhile is
// still refused (404) and never stored.
type known struct {
	integrations Integrations
	ttl          time.Duration
	now          func() time.Time

	mu      sync.Mutex
	entries map[string]knownEntry
}

type knownEntry struct {
	exists bool
	until  time.Time
}

const knownMaxEntries = 10000

func newKnown(integrations Integrations, ttl time.Duration, now func() time.Time) *known {
	return &known{integrations: integrations, ttl: ttl, now: now, entries: map[string]knownEntry{}}
}

// exists reports whether the integration exists; err is a failure to find out.
func (k *known) exists(ctx context.Context, id string) (bool, error) {
	now := k.now()
	k.mu.Lock()
	e, ok := k.entries[id]
	k.mu.Unlock()
	if ok && now.Before(e.until) {
		return e.exists, nil
	}
	_, err := k.integrations.Get(ctx, id)
	exists := err == nil
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return false, err
	}
	k.mu.Lock()
	if len(k.entries) >= knownMaxEntries {
		k.entries = map[string]knownEntry{}
	}
	k.entries[id] = knownEntry{exists: exists, until: now.Add(k.ttl)}
	k.mu.Unlock()
	return exists, nil
}

// forget drops what is remembered about an id (after it was deleted or created).
func (k *known) forget(id string) {
	k.mu.Lock()
	delete(k.entries, id)
	k.mu.Unlock()
}
