package secrets

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// fakeBackend behaves like go-keyring, optionally slow or broken.
type fakeBackend struct {
	mu    sync.Mutex
	data  map[string]string
	delay time.Duration
	err   error
}

func (f *fakeBackend) wait() error {
	time.Sleep(f.delay)
	return f.err
}

func (f *fakeBackend) Set(s, u, p string) error {
	if err := f.wait(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.data[s+"/"+u] = p
	return nil
}

func (f *fakeBackend) Get(s, u string) (string, error) {
	if err := f.wait(); err != nil {
		return "", err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.data[s+"/"+u]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return v, nil
}

func (f *fakeBackend) Delete(s, u string) error {
	if err := f.wait(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.data[s+"/"+u]; !ok {
		return keyring.ErrNotFound
	}
	delete(f.data, s+"/"+u)
	return nil
}

func TestKeyringOverAWorkingBackendKeepsTheStoreContract(t *testing.T) {
	testStoreContract(t, newKeyring(&fakeBackend{data: map[string]string{}}, "zensync-test", time.Second), "")
}

func TestKeyringGivesUpAfterTheTimeout(t *testing.T) {
	k := newKeyring(&fakeBackend{data: map[string]string{}, delay: 2 * time.Second}, "zensync-test", 50*time.Millisecond)
	for name, call := range map[string]func() error{
		"Get":    func() error { _, err := k.Get(t.Context(), "k"); return err },
		"Set":    func() error { return k.Set(t.Context(), "k", "v") },
		"Delete": func() error { return k.Delete(t.Context(), "k") },
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			err := call()
			if took := time.Since(start); took > time.Second {
				t.Fatalf("%s took %s; the timeout is 50ms", name, took)
			}
			if !errors.Is(err, ErrTimeout) || !errors.Is(err, ErrUnavailable) {
				t.Fatalf("%s = %v; want ErrTimeout and ErrUnavailable", name, err)
			}
		})
	}
}

func TestKeyringStopsWhenTheContextIsCancelled(t *testing.T) {
	k := newKeyring(&fakeBackend{data: map[string]string{}, delay: 2 * time.Second}, "zensync-test", time.Minute)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := k.Get(ctx, "k"); !errors.Is(err, context.Canceled) {
		t.Fatalf("Get with a cancelled context = %v", err)
	}
}

func TestKeyringFailureIsUnavailableWithItsCause(t *testing.T) {
	cause := errors.New("The name org.freedesktop.secrets was not provided by any .service files")
	k := newKeyring(&fakeBackend{data: map[string]string{}, err: cause}, "zensync-test", time.Second)
	_, err := k.Get(t.Context(), "k")
	if !errors.Is(err, ErrUnavailable) || !errors.Is(err, cause) || errors.Is(err, ErrNotFound) {
		t.Fatalf("Get = %v; want ErrUnavailable wrapping the cause", err)
	}
}

// TestRealKeyring talks to the system's Secret Service. It runs when ZENSYNC_KEYRING_TESTS=1
// (make test starts gnome-keyring in a dbus-run-session for it) and then fails, not skips,
// when no keyring answers.
func TestRealKeyring(t *testing.T) {
	if os.Getenv("ZENSYNC_KEYRING_TESTS") != "1" {
		t.Skip("set ZENSYNC_KEYRING_TESTS=1 to test against the system keyring (make test does)")
	}
	service := fmt.Sprintf("zensync-test-%d", time.Now().UnixNano())
	k := NewKeyring(service, 10*time.Second)
	testStoreContract(t, k, "")
}
