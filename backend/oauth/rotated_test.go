package oauth

import (
	"errors"
	"testing"
	"time"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// Another Zensync process (or an earlier run) refreshed the grant and saved the new pair to the
// keyring; this Manager still caches the old pair, which Zendesk has deleted.
func TestARefreshRefusedBecauseAnotherProcessRotatedThePairUsesTheKeyring(t *testing.T) {
	ctx := t.Context()
	for _, tt := range []struct {
		name        string
		wait        time.Duration // after the other process's refresh
		refreshesBy int           // refreshes this Manager makes (the first is refused)
	}{
		{"the rotated pair is fresh", 0, 1},
		{"the rotated pair is due for a refresh too", 50 * time.Minute, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, h, c := connectedClient(t)
			if _, err := c.Me(ctx); err != nil { // caches the first pair
				t.Fatal(err)
			}
			f.advance(50 * time.Minute)
			other := NewManager(ManagerConfig{URLTemplate: f.template(), Flow: NewFlow(FlowConfig{}), Secrets: h.sec, Store: h.repo, Now: f.clock})
			if r := other.TestConnection(ctx, h.in); !r.OK {
				t.Fatalf("the other process: %+v", r)
			}
			rotated := h.saved(t)
			f.advance(tt.wait)
			before := f.refreshes()

			if _, err := c.Me(ctx); err != nil {
				t.Fatalf("Me with a pair rotated in the keyring = %v", err)
			}
			if got := f.refreshes() - before; got != tt.refreshesBy {
				t.Errorf("refreshes = %d, want %d", got, tt.refreshesBy)
			}
			if st := h.get(t).Status; st == integration.StatusTokenExpired {
				t.Errorf("the integration was marked %q", st)
			}
			if tt.refreshesBy == 2 && h.saved(t).RefreshToken == rotated.RefreshToken {
				t.Error("the pair refreshed after the re-read was not saved")
			}
		})
	}
}

func TestARefreshRefusedWithNothingNewerInTheKeyringIsExpired(t *testing.T) {
	ctx := t.Context()
	f, h, c := connectedClient(t)
	f.revokeAll()
	f.advance(50 * time.Minute)
	if _, err := c.Me(ctx); !errors.Is(err, zendesk.ErrUnauthorized) {
		t.Fatalf("Me = %v, want ErrUnauthorized", err)
	}
	if st := h.get(t).Status; st != integration.StatusTokenExpired {
		t.Errorf("status = %q, want token expired", st)
	}
}

// connectedClient signs in against a fake Zendesk and returns an API client of the integration.
func connectedClient(t *testing.T) (*fakeZendesk, *harness, *zendesk.Client) {
	t.Helper()
	f, h := newConnected(t)
	c, err := h.m.Client(t.Context(), h.in)
	if err != nil {
		t.Fatal(err)
	}
	return f, h, c
}
