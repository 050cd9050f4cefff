package zendesk

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
)

// bearer adds a token to every request (the emulator's API needs one for the count).
type bearer struct{ token string }

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return http.DefaultTransport.RoundTrip(r)
}

func TestCheckAccountTellsAnUnknownSubdomainFromAnAccount(t *testing.T) {
	e := newContractEmu(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String()
	ln.Close()
	// Zendesk's JSON with any status is an account; Zendesk's HTML 404 is none.
	jsonAnswer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, `{"user":{"id":null,"name":"Anonymous user","role":"end-user"}}`)
	}))
	t.Cleanup(jsonAnswer.Close)
	cases := []struct {
		name, base string
		want       error
	}{
		{"the emulator's account, no token (401 JSON)", e.url + "/acme", nil},
		{"anonymous user (200 JSON)", jsonAnswer.URL, nil},
		{"unknown subdomain (HTML 404)", e.url + "/acmee", ErrDomainNotFound},
		{"nothing listening", closed, ErrOffline},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := New(c.base, http.DefaultClient, nil).CheckAccount(context.Background())
			if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("CheckAccount = %v, want %v", err, c.want)
			}
		})
	}
}

func TestCountTicketsReadsZendesksCountShape(t *testing.T) {
	e := newContractEmu(t)
	body := e.json("GET", "/acme/api/v2/tickets/count.json", nil)
	count, ok := body["count"].(map[string]any)
	if !ok || count["value"] == nil || count["refreshed_at"] == nil {
		t.Fatalf("count answer = %v, want {count: {value, refreshed_at}}", body)
	}
	c := New(e.url+"/acme", &http.Client{Transport: bearer{e.token}}, nil)
	n, err := c.CountTickets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != 60 || count["value"].(float64) != 60 {
		t.Fatalf("CountTickets = %d (answer %v), want the 60 seeded", n, count["value"])
	}
}
