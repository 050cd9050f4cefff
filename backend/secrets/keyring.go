package secrets

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/zalando/go-keyring"
)

// backend is the part of go-keyring Keyring uses; tests substitute a slow or failing one.
type backend interface {
	Set(service, user, password string) error
	Get(service, user string) (string, error)
	Delete(service, user string) error
}

type osKeyring struct{}

func (osKeyring) Set(s, u, p string) error        { return keyring.Set(s, u, p) }
func (osKeyring) Get(s, u string) (string, error) { return keyring.Get(s, u) }
func (osKeyring) Delete(s, u string) error        { return keyring.Delete(s, u) }

// Keyring is a Store over the OS keyring (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Every call gives up after the timeout: a locked keyring that
// waits for a password prompt, or a missing D-Bus, must not freeze the app. A call that timed
// out may still complete later in the background; calls on one key still run one at a time
// and in order, and an older write never overwrites a newer one (see keyWrites).
type Keyring struct {
	service string
	timeout time.Duration
	be      backend

	mu   sync.Mutex
	keys map[string]*keyWrites
}

// NewKeyring returns a Store whose entries are kept under service (e.g. "zensync"); timeout
// bounds every call (0 means 10 seconds).
func NewKeyring(service string, timeout time.Duration) *Keyring {
	return newKeyring(chunked{be: osKeyring{}, limit: maxSecretBytes}, service, timeout)
}

func newKeyring(be backend, service string, timeout time.Duration) *Keyring {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	return &Keyring{service: service, timeout: timeout, be: be, keys: map[string]*keyWrites{}}
}

// Get returns the secret under key, or ErrNotFound.
func (k *Keyring) Get(ctx context.Context, key string) (string, error) {
	// The value comes back through a channel: after a timeout the call may still finish, and
	// must not write a variable this function has already returned.
	got := make(chan string, 1)
	err := k.do(ctx, "reading", key, 0, func() error {
		v, err := k.be.Get(k.service, key)
		got <- v
		return err
	})
	if err != nil {
		return "", err
	}
	return <-got, nil
}

// Set saves value under key, replacing any previous value.
func (k *Keyring) Set(ctx context.Context, key, value string) error {
	return k.do(ctx, "saving", key, k.nextWrite(k.writesFor(key)), func() error { return k.be.Set(k.service, key, value) })
}

// Delete removes key; an absent key is not an error.
func (k *Keyring) Delete(ctx context.Context, key string) error {
	err := k.do(ctx, "deleting", key, k.nextWrite(k.writesFor(key)), func() error { return k.be.Delete(k.service, key) })
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	return err
}

// do runs call in a goroutine, in turn with the other calls on key (seq > 0: a write, see
// keyWrites), and waits for it, the timeout or ctx, whichever comes first.
func (k *Keyring) do(ctx context.Context, op, key string, seq uint64, call func() error) error {
	ctx, cancel := context.WithTimeout(ctx, k.timeout)
	defer cancel()
	run := k.writesFor(key).ordered(seq, call)
	done := make(chan error, 1) // buffered: a late answer must not block the goroutine forever
	go func() { done <- run() }()
	select {
	case err := <-done:
		return classify(op, key, err)
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("%s %q in the keyring: %w (%w after %s)", op, key, ErrUnavailable, ErrTimeout, k.timeout)
		}
		return fmt.Errorf("%s %q in the keyring: %w", op, key, ctx.Err())
	}
}

func classify(op, key string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return fmt.Errorf("%s %q in the keyring: %w", op, key, ErrNotFound)
	case errors.Is(err, keyring.ErrSetDataTooBig):
		return fmt.Errorf("%s %q in the keyring: %w", op, key, err)
	}
	return fmt.Errorf("%s %q in the keyring: %w: %w", op, key, ErrUnavailable, err)
}
