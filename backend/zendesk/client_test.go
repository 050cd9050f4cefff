package zendesk

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestBaseURL(t *testing.T) {
	tests := []struct{ template, sub, want string }{
		{"", "acme", "https://acme.zendesk.com"},
		{"https://{subdomain}.zendesk.com", "acme", "https://acme.zendesk.com"},
		{"http://127.0.0.1:8089/{subdomain}", "demo", "http://127.0.0.1:8089/demo"},
		{"http://127.0.0.1:8089/{subdomain}/", "demo", "http://127.0.0.1:8089/demo"},
	}
	for _, tt := range tests {
		if got := BaseURL(tt.template, tt.sub); got != tt.want {
			t.Errorf("BaseURL(%q, %q) = %q, want %q", tt.template, tt.sub, got, tt.want)
		}
	}
}

// answer serves one fixed response on every path.
func answer(t *testing.T, status int, header map[string]string, body string) *Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return New(srv.URL+"/acme", srv.Client(), nil)
}

func TestErrorMapping(t *testing.T) {
	jsonCT := map[string]string{"Content-Type": "application/json"}
	tests := []struct {
		name     string
		status   int
		header   map[string]string
		body     string
		sentinel error
		check    func(t *testing.T, err error)
	}{
		{name: "an expired token is ErrUnauthorized", status: 401, header: jsonCT,
			body:     `{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}`,
			sentinel: ErrUnauthorized,
			check: func(t *testing.T, err error) {
				var ae *APIError
				if !errors.As(err, &ae) || ae.Code != "invalid_token" || ae.Description == "" {
					t.Errorf("want APIError with code invalid_token, got %#v", ae)
				}
			}},
		{name: "a missing scope is ErrForbidden", status: 403, header: jsonCT,
			body: `{"error":"Forbidden","description":"You do not have access to this page."}`, sentinel: ErrForbidden},
		{name: "a JSON 404 is ErrNotFound", status: 404, header: jsonCT,
			body: `{"error":"RecordNotFound","description":"Not found"}`, sentinel: ErrNotFound},
		{name: "a 404 that is not Zendesk's JSON is ErrDomainNotFound", status: 404,
			body: `<html>Oops, this help center no longer exists</html>`, sentinel: ErrDomainNotFound},
		{name: "a 422 keeps Zendesk's code and description", status: 422, header: jsonCT,
			body: `{"error":"RecordInvalid","description":"Record validation errors","details":{}}`,
			check: func(t *testing.T, err error) {
				var ae *APIError
				if !errors.As(err, &ae) || ae.Status != 422 || ae.Code != "RecordInvalid" || ae.Description != "Record validation errors" {
					t.Errorf("got %#v", ae)
				}
				if errors.Is(err, ErrNotFound) || errors.Is(err, ErrUnauthorized) {
					t.Error("422 must not match a sentinel")
				}
			}},
		{name: "a 429 carries Retry-After", status: 429, header: map[string]string{"Retry-After": "17"}, body: `{}`,
			check: func(t *testing.T, err error) {
				var rl *RateLimitError
				if !errors.As(err, &rl) || rl.RetryAfter != 17*time.Second {
					t.Errorf("got %v", err)
				}
			}},
		{name: "a 429 without Retry-After waits a minute", status: 429, body: ``,
			check: func(t *testing.T, err error) {
				var rl *RateLimitError
				if !errors.As(err, &rl) || rl.RetryAfter != time.Minute {
					t.Errorf("got %v", err)
				}
			}},
		{name: "a 503 with Retry-After is a rate limit", status: 503, header: map[string]string{"Retry-After": "5"},
			check: func(t *testing.T, err error) {
				var rl *RateLimitError
				if !errors.As(err, &rl) || rl.RetryAfter != 5*time.Second || rl.Status != 503 {
					t.Errorf("got %v", err)
				}
			}},
		{name: "a 503 without Retry-After is a server error", status: 503,
			check: func(t *testing.T, err error) {
				var se *ServerError
				if !errors.As(err, &se) || se.Status != 503 {
					t.Errorf("got %v", err)
				}
			}},
		{name: "a 500 is a server error", status: 500, body: `{"error":"boom"}`,
			check: func(t *testing.T, err error) {
				var se *ServerError
				if !errors.As(err, &se) || se.Status != 500 {
					t.Errorf("got %v", err)
				}
			}},
		{name: "a 200 that is not JSON is ErrMalformed", status: 200, body: `<html>`, sentinel: ErrMalformed},
		{name: "a 200 without a user is ErrMalformed", status: 200, header: jsonCT, body: `{}`, sentinel: ErrMalformed},
		{name: "an anonymous user is ErrUnauthorized", status: 200, header: jsonCT,
			body: `{"user":{"id":null,"name":"Anonymous user","role":"end-user"}}`, sentinel: ErrUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := answer(t, tt.status, tt.header, tt.body)
			_, err := c.Me(context.Background())
			if err == nil {
				t.Fatal("want an error, got nil")
			}
			if tt.sentinel != nil && !errors.Is(err, tt.sentinel) {
				t.Errorf("err = %v, want %v", err, tt.sentinel)
			}
			if tt.check != nil {
				tt.check(t, err)
			}
		})
	}
}

func TestRetryAfterAsDate(t *testing.T) {
	// The real time, so nothing here can meet a clock at another date.
	now := time.Now().UTC().Truncate(time.Second)
	h := http.Header{"Retry-After": {now.Add(90 * time.Second).Format(http.TimeFormat)}}
	if got := retryAfter(h, now, time.Minute); got != 90*time.Second {
		t.Errorf("retryAfter = %s, want 1m30s", got)
	}
}

func TestTransportErrors(t *testing.T) {
	t.Run("a refused connection is ErrOffline", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		_, err = New("http://"+addr+"/acme", nil, nil).Me(context.Background())
		if !errors.Is(err, ErrOffline) {
			t.Errorf("err = %v, want ErrOffline", err)
		}
	})
	t.Run("a host that does not resolve is ErrDomainNotFound", func(t *testing.T) {
		_, err := New("http://no-such-account.invalid", nil, nil).Me(context.Background())
		if !errors.Is(err, ErrDomainNotFound) && !errors.Is(err, ErrOffline) {
			t.Errorf("err = %v, want ErrDomainNotFound", err)
		}
	})
	t.Run("a DNS not-found error maps to ErrDomainNotFound", func(t *testing.T) {
		err := transportError(context.Background(), &net.DNSError{Err: "no such host", Name: "x.invalid", IsNotFound: true})
		if !errors.Is(err, ErrDomainNotFound) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("a timeout is ErrOffline", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}))
		defer srv.Close()
		hc := &http.Client{Timeout: 50 * time.Millisecond}
		_, err := New(srv.URL, hc, nil).Me(context.Background())
		if !errors.Is(err, ErrOffline) {
			t.Errorf("err = %v, want ErrOffline", err)
		}
	})
	t.Run("the caller's cancellation stays context.Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := New("http://127.0.0.1:1", nil, nil).Me(ctx)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("an absolute URL on another host is refused", func(t *testing.T) {
		c := New("https://acme.zendesk.com", nil, nil)
		err := c.getJSON(context.Background(), "https://evil.example/api/v2/users.json", nil)
		if !errors.Is(err, ErrForeignURL) {
			t.Errorf("err = %v, want ErrForeignURL", err)
		}
	})
}
