package emulator

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator/auth"
	"zensync/backend/testenv"
)

func TestMainServesUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	var out, errs testenv.Buffer
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, []string{"--addr", "127.0.0.1:0", "--accounts", "demo,other", "--seed-tickets", "100", "--rate-limit", "off"}, &out, &errs)
	}()
	var url string
	for deadline := time.Now().Add(5 * time.Second); url == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if s := out.String(); strings.Contains(s, "listening on ") {
			url = strings.Fields(strings.SplitN(s, "listening on ", 2)[1])[0]
		}
	}
	if url == "" {
		t.Fatalf("no banner; stderr: %s", errs.String())
	}
	banner := out.String()
	for _, want := range []string{"/{subdomain}", "admin@demo.test", DefaultPassword, `"other"`} {
		if !strings.Contains(banner, want) {
			t.Errorf("banner lacks %q:\n%s", want, banner)
		}
	}
	resp, err := http.Get(url + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v", err)
	}
	resp.Body.Close()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Main did not stop")
	}
	if code := Main(t.Context(), []string{"--rate-limit", "lots"}, &out, &errs); code != 2 {
		t.Fatalf("bad flag: exit %d", code)
	}
}

// The seeded client's redirect URL follows the app's OAuth port when the scripts move it.
func TestRedirectURLOfTheSeededClient(t *testing.T) {
	for _, tc := range []struct{ opt, want string }{
		{"", "http://127.0.0.1:47600/oauth/callback"},
		{"http://127.0.0.1:51234/oauth/callback", "http://127.0.0.1:51234/oauth/callback"},
	} {
		srv := New(Options{RedirectURL: tc.opt})
		a, err := srv.AddAccount("demo", SeedConfig{Tickets: -1, Articles: -1})
		if err != nil {
			t.Fatal(err)
		}
		c, ok := a.auth.Client(auth.SeededClientID)
		if !ok || len(c.RedirectURLs) != 1 || c.RedirectURLs[0] != tc.want {
			t.Errorf("RedirectURL %q: seeded client redirects to %v, want %s", tc.opt, c.RedirectURLs, tc.want)
		}
		srv.Close()
	}
	var out, errs testenv.Buffer
	if code := Main(t.Context(), []string{"--redirect-url", "http://app.example/cb"}, &out, &errs); code != 2 ||
		!strings.Contains(errs.String(), "must use https") {
		t.Fatalf("a non-loopback http redirect URL: exit %d, stderr %q", code, errs.String())
	}
}
