package webhook

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// SecretCache keeps webhook signing secrets in memory in front of the keyring, so verifying a
// delivery never waits for the keyring. Registrar writes through it; the listener reads from it.
// A missing secret is remembered for a short while, so a flood of requests for an integration
// without a webhook does not hammer the keyring.
type SecretCache struct {
	store   Secrets
	missTTL time.Duration
	now     func() time.Time

	mu      sync.Mutex
	secrets map[string]string
	misses  map[string]time.Time
}

// NewSecretCache returns a cache over store (the keyring).
func NewSecretCache(store Secrets) *SecretCache {
	return &SecretCache{store: store, missTTL: 10 * time.Second, now: time.Now,
		secrets: map[string]string{}, misses: map[string]time.Time{}}
}

// Lookup returns the integration's signing secret and whether there is one.
func (c *SecretCache) Lookup(ctx context.Context, integrationID string) (string, bool) {
	c.mu.Lock()
	if s, ok := c.secrets[integrationID]; ok {
		c.mu.Unlock()
		return s, true
	}
	if until, ok := c.misses[integrationID]; ok && c.now().Before(until) {
		c.mu.Unlock()
		return "", false
	}
	c.mu.Unlock()
	s, err := c.store.Get(ctx, SecretKey(integrationID))
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil || s == "" {
		c.misses[integrationID] = c.now().Add(c.missTTL)
		return "", false
	}
	c.secrets[integrationID] = s
	delete(c.misses, integrationID)
	return s, true
}

// Save stores a new secret in the keyring and the cache.
func (c *SecretCache) Save(ctx context.Context, integrationID, secret string) error {
	if err := c.store.Set(ctx, SecretKey(integrationID), secret); err != nil {
		return fmt.Errorf("saving the webhook signing secret: %w", err)
	}
	c.mu.Lock()
	c.secrets[integrationID] = secret
	delete(c.misses, integrationID)
	c.mu.Unlock()
	return nil
}

// Remove forgets the secret in the cache and deletes it from the keyring (a missing key is fine).
func (c *SecretCache) Remove(ctx context.Context, integrationID string) error {
	c.mu.Lock()
	delete(c.secrets, integrationID)
	c.misses[integrationID] = c.now().Add(c.missTTL)
	c.mu.Unlock()
	if err := c.store.Delete(ctx, SecretKey(integrationID)); err != nil {
		return fmt.Errorf("deleting the webhook signing secret: %w", err)
	}
	return nil
}
