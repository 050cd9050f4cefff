package secrets

import (
	"context"
	"fmt"
	"sync"
)

// Memory is an in-memory Store for tests. SetFailure makes every call fail as an unavailable
// keyring would.
type Memory struct {
	mu   sync.Mutex
	data map[string]string
	fail error
}

// NewMemory returns an empty in-memory Store.
func NewMemory() *Memory { return &Memory{data: map[string]string{}} }

// SetFailure makes every later call return an error matching ErrUnavailable and cause
// (nil restores normal behaviour).
func (m *Memory) SetFailure(cause error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.fail = cause
}

// Get returns the value under key, or ErrNotFound.
func (m *Memory) Get(ctx context.Context, key string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, "reading", key); err != nil {
		return "", err
	}
	v, ok := m.data[key]
	if !ok {
		return "", fmt.Errorf("reading %q: %w", key, ErrNotFound)
	}
	return v, nil
}

// Set saves value under key.
func (m *Memory) Set(ctx context.Context, key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, "saving", key); err != nil {
		return err
	}
	m.data[key] = value
	return nil
}

// Delete removes key; an absent key is not an error.
func (m *Memory) Delete(ctx context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.check(ctx, "deleting", key); err != nil {
		return err
	}
	delete(m.data, key)
	return nil
}

// Len returns how many secrets are stored (for tests that check nothing leaked).
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.data)
}

func (m *Memory) check(ctx context.Context, op, key string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if m.fail != nil {
		return fmt.Errorf("%s %q: %w: %w", op, key, ErrUnavailable, m.fail)
	}
	return nil
}
