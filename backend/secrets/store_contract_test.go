package secrets

import (
	"context"
	"errors"
	"testing"
)

// testStoreContract checks the behaviour every Store promises.
func testStoreContract(t *testing.T, s Store, prefix string) {
	ctx := t.Context()
	key := prefix + "client-secret:0b9f"
	t.Cleanup(func() { s.Delete(context.Background(), key) })

	if _, err := s.Get(ctx, key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get of an absent key: %v, want ErrNotFound", err)
	}
	if err := s.Set(ctx, key, "first"); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if err := s.Set(ctx, key, `{"access_token":"ü→ \n"}`); err != nil {
		t.Fatalf("Set again: %v", err)
	}
	got, err := s.Get(ctx, key)
	if err != nil || got != `{"access_token":"ü→ \n"}` {
		t.Fatalf("Get = %q, %v; want the second value", got, err)
	}
	if err := s.Delete(ctx, key); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := s.Get(ctx, key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete: %v, want ErrNotFound", err)
	}
	if err := s.Delete(ctx, key); err != nil {
		t.Fatalf("Delete of an absent key: %v, want nil", err)
	}
}

func TestMemoryKeepsTheStoreContract(t *testing.T) {
	testStoreContract(t, NewMemory(), "")
}

func TestMemoryFailureLooksLikeAnUnavailableKeyring(t *testing.T) {
	m := NewMemory()
	cause := errors.New("dbus: no such service")
	m.SetFailure(cause)
	err := m.Set(t.Context(), "k", "v")
	if !errors.Is(err, ErrUnavailable) || !errors.Is(err, cause) {
		t.Fatalf("Set with failure = %v; want ErrUnavailable wrapping the cause", err)
	}
	if m.Len() != 0 {
		t.Fatalf("a failed Set stored something")
	}
	m.SetFailure(nil)
	if err := m.Set(t.Context(), "k", "v"); err != nil {
		t.Fatalf("Set after clearing the failure: %v", err)
	}
}
