package emulator

import (
	"context"
	"io"
	"net/http"
	"time"
)

type helpCenter struct{}

func seedHelpCenter(cfg SeedConfig, start, end time.Time) *helpCenter { return &helpCenter{} }

type ticketStore struct{}

func newTicketStore(ds *dataset) *ticketStore { return &ticketStore{} }

type rateLimiter struct{}

func newRateLimiter(perMinute, incremental int) *rateLimiter                        { return &rateLimiter{} }
func (l *rateLimiter) allow(w http.ResponseWriter, path string, now time.Time) bool { return true }

type faultQueue struct{}

func (q *faultQueue) apply(w http.ResponseWriter, r *http.Request) bool { return true }

func (s *Server) serveControl(w http.ResponseWriter, r *http.Request, rest string) {}
func (a *Account) controlRoutesData(mux *http.ServeMux)                            {}
func (a *Account) dataRoutes(mux *http.ServeMux)                                   {}

// Main runs `zensync emulator`.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int { return 0 }
