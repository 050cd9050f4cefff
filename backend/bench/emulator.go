package bench

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// Account is the emulator account the benchmarks sync from.
const Account = "bench"

// Emulator is a local emulator on 127.0.0.1 with one seeded account and no rate limits.
type Emulator struct {
	URL  string // http://127.0.0.1:port
	srv  *http.Server
	emu  *emulator.Server
	done chan struct{}
}

// StartEmulator serves an emulator with Account seeded with tickets tickets (and their comments).
// Every API request acts as the account's admin, so no token is needed.
func StartEmulator(tickets int) (*Emulator, error) {
	return StartLimitedEmulator(tickets, emulator.RateLimits{})
}

// StartLimitedEmulator is StartEmulator with Zendesk's rate limits (time-scaled, see
// emulator.RateLimits); the zero RateLimits is none.
func StartLimitedEmulator(tickets int, limits emulator.RateLimits) (*Emulator, error) {
	emu := emulator.New(emulator.Options{RateLimit: limits.PerMinute, IncrementalRateLimit: limits.Incremental,
		TimeScale: limits.TimeScale, TestAuth: func(*http.Request) (emulator.Principal, bool) {
			return emulator.Principal{UserID: 1_000_001, Role: "admin", Scopes: []string{"read"}}, true
		}})
	if _, err := emu.AddAccount(Account, emulator.SeedConfig{Seed: 42, Tickets: tickets}); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("emulator listener: %w", err)
	}
	e := &Emulator{URL: "http://" + ln.Addr().String(), emu: emu, done: make(chan struct{}),
		srv: &http.Server{Handler: emu, ReadHeaderTimeout: 10 * time.Second}}
	go func() {
		defer close(e.done)
		_ = e.srv.Serve(ln)
	}()
	return e, nil
}

// Close stops the server.
func (e *Emulator) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = e.srv.Shutdown(ctx)
	<-e.done
	e.emu.Close()
}

// Clients gives the syncer plain clients for the emulator (its TestAuth needs no token).
type Clients struct{ Base string }

// Client returns a client for the integration's account on the emulator.
func (c Clients) Client(_ context.Context, in integration.Integration) (*zendesk.Client, error) {
	return zendesk.New(c.Base+"/"+in.Domain, &http.Client{Timeout: time.Minute}, nil), nil
}
