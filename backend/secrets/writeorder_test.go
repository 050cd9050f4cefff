package secrets

import (
	"errors"
	"sync"
	"testing"
	"time"
)

// gatedBackend is a fakeBackend whose Set of one value hangs until the gate opens, as a keyring
// waiting on a password prompt would.
type gatedBackend struct {
	*fakeBackend
	slowValue string
	gate      chan struct{}

	mu   sync.Mutex
	sets []string // values in the order they reached the keyring
}

func (g *gatedBackend) Set(s, u, p string) error {
	if p == g.slowValue {
		<-g.gate
	}
	g.mu.Lock()
	g.sets = append(g.sets, p)
	g.mu.Unlock()
	return g.fakeBackend.Set(s, u, p)
}

func (g *gatedBackend) setCount() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.sets)
}

// keyringWithAHangingSet is a keyring with timeout over a gatedBackend whose Set of value to
// "oauth:1" has timed out for its caller and still hangs in the background until the gate closes.
func keyringWithAHangingSet(t *testing.T, value string, timeout time.Duration) (*gatedBackend, *Keyring) {
	t.Helper()
	be := &gatedBackend{fakeBackend: &fakeBackend{data: map[string]string{}}, slowValue: value, gate: make(chan struct{})}
	k := newKeyring(be, "zensync-test", timeout)
	if err := k.Set(t.Context(), "oauth:1", value); !errors.Is(err, ErrTimeout) {
		t.Fatalf("the hanging Set = %v, want ErrTimeout", err)
	}
	return be, k
}

// waitForSets waits (up to two seconds) until n values have reached the keyring.
func (g *gatedBackend) waitForSets(n int) {
	for deadline := time.Now().Add(2 * time.Second); g.setCount() < n && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
}

func TestATimedOutWriteNeverOverwritesANewerOne(t *testing.T) {
	be, k := keyringWithAHangingSet(t, "old pair", 300*time.Millisecond)
	ctx := t.Context()
	// The old call is still running in the background; the newer pair is saved meanwhile, and
	// the old call finishes while the newer Set waits.
	time.AfterFunc(50*time.Millisecond, func() { close(be.gate) })
	if err := k.Set(ctx, "oauth:1", "new pair"); err != nil {
		t.Fatalf("Set of the newer pair = %v", err)
	}
	be.waitForSets(2)
	got, err := k.Get(ctx, "oauth:1")
	if err != nil || got != "new pair" {
		t.Fatalf("Get = %q, %v; want the newer pair (writes reached the keyring as %q)", got, err, be.sets)
	}
}

func TestWritesThatWaitedLandInTheOrderTheyWereAskedFor(t *testing.T) {
	// Both writes time out for their callers while an earlier call holds the key; when it is
	// released they race for the key, and whichever runs first, the newer value must stay.
	for i := 0; i < 30; i++ {
		be := &fakeBackend{data: map[string]string{}}
		k := newKeyring(be, "zensync-test", 20*time.Millisecond)
		ctx := t.Context()
		w := k.writesFor("oauth:1")
		w.mu.Lock() // a call in progress on the key
		for _, v := range []string{"older", "newer"} {
			if err := k.Set(ctx, "oauth:1", v); !errors.Is(err, ErrTimeout) {
				w.mu.Unlock()
				t.Fatalf("Set(%s) behind a busy key = %v, want ErrTimeout", v, err)
			}
		}
		w.mu.Unlock()
		k2 := newKeyring(be, "zensync-test", time.Second) // reads the backend directly, after both writes
		var got string
		for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			w.mu.Lock()
			applied := w.applied
			w.mu.Unlock()
			if applied == 2 {
				break
			}
		}
		got, err := k2.Get(ctx, "oauth:1")
		if err != nil || got != "newer" {
			t.Fatalf("round %d: the keyring holds %q (%v); the older write won", i, got, err)
		}
	}
}

func TestADeleteAfterATimedOutSetLeavesTheKeyDeleted(t *testing.T) {
	be, k := keyringWithAHangingSet(t, "pair", 200*time.Millisecond)
	ctx := t.Context()
	time.AfterFunc(30*time.Millisecond, func() { close(be.gate) })
	if err := k.Delete(ctx, "oauth:1"); err != nil {
		t.Fatalf("Delete = %v", err)
	}
	be.waitForSets(1)
	if _, err := k.Get(ctx, "oauth:1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete = %v; the late Set brought the secret back", err)
	}
}
