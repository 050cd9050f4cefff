package emulator

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"zensync/backend/emulator/auth"
)

// Main runs `zensync emulator` with args (the flags after "emulator"); it serves until ctx is
// done and returns the process exit code.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zensync emulator", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8089", "address to listen on")
	accounts := fs.String("accounts", "demo", "comma-separated subdomains to serve")
	var seed SeedConfig
	fs.IntVar(&seed.Tickets, "seed-tickets", 5000, "seeded tickets per account (-1 = none)")
	fs.IntVar(&seed.Users, "seed-users", 300, "seeded users per account")
	fs.IntVar(&seed.Organizations, "seed-orgs", 60, "seeded organizations per account")
	fs.IntVar(&seed.Groups, "seed-groups", 6, "seeded groups per account")
	fs.IntVar(&seed.Articles, "seed-articles", 120, "seeded Help Center articles per account (-1 = none)")
	fs.Int64Var(&seed.Seed, "seed", 1, "random seed; the same seed gives the same data")
	noHC := fs.Bool("no-help-center", false, "serve accounts with Help Center disabled")
	tokenLifetime := fs.Duration("token-lifetime", 2*time.Hour, "access token lifetime")
	rateLimit := fs.String("rate-limit", "700", `requests per minute per account, or "off"`)
	incrLimit := fs.String("incremental-rate-limit", "10", `incremental export requests per minute, or "off"`)
	redirect := fs.String("redirect-url", auth.DefaultRedirectURL, "redirect URL of the seeded OAuth client "+auth.SeededClientID+
		" (match the app's --oauth-addr)")
	timeScale := fs.Float64("time-scale", 1, "shorten every rate-limit window and Retry-After this many times (1 = real time)")
	verbose := fs.Bool("v", false, "log every request")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	rl, err1 := parseLimit(*rateLimit)
	il, err2 := parseLimit(*incrLimit)
	var err3 error
	if *timeScale < 1 {
		err3 = fmt.Errorf("--time-scale %v: want 1 (real time) or more (e.g. 60 plays a minute's limits in a second)", *timeScale)
	}
	if err := errors.Join(err1, err2, err3, auth.ValidRedirectURL(*redirect)); err != nil {
		fmt.Fprintln(stderr, "zensync emulator:", err)
		return 2
	}
	seed.NoHelpCenter = *noHC
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	srv := New(Options{Logger: logger, Seed: seed, RateLimit: rl, IncrementalRateLimit: il, TimeScale: *timeScale,
		TokenLifetime: *tokenLifetime, RedirectURL: *redirect})
	defer srv.Close()
	for _, sub := range strings.Split(*accounts, ",") {
		if sub = strings.TrimSpace(sub); sub == "" {
			continue
		}
		if _, err := srv.AddAccount(sub, seed); err != nil {
			fmt.Fprintln(stderr, "zensync emulator:", err)
			return 2
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "zensync emulator: listen:", err)
		return 1
	}
	printBanner(stdout, srv, "http://"+ln.Addr().String())
	hs := &http.Server{Handler: logRequests(srv, logger), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintln(stderr, "zensync emulator:", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		_ = hs.Close()
	}
	return 0
}

func parseLimit(s string) (int, error) {
	if s == "off" || s == "0" {
		return 0, nil
	}
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil || n < 0 {
		return 0, fmt.Errorf("rate limit %q: want a number of requests per minute or \"off\"", s)
	}
	return n, nil
}

func printBanner(w io.Writer, srv *Server, url string) {
	fmt.Fprintf(w, "Zendesk emulator listening on %s\n", url)
	fmt.Fprintf(w, "Point Zensync at it: --zendesk-url '%s/{subdomain}'  (or ZENSYNC_ZENDESK_URL)\n", url)
	for _, sub := range srv.Subdomains() {
		a, _ := srv.Account(sub)
		st := a.State()
		fmt.Fprintf(w, "Account %q: %s/%s  — sign in as %s / %s  (%d tickets)\n", sub, url, sub, st.AdminEmail, st.Password, st.Tickets)
		fmt.Fprintf(w, "  control API: %s/_emulator/%s/state\n", url, sub)
	}
}

// logRequests logs each request at debug level (never its Authorization header).
func logRequests(h http.Handler, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		logger.Debug("request", "method", r.Method, "path", r.URL.Path, "duration_ms", time.Since(start).Milliseconds())
	})
}
