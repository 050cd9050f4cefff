package zendesk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// defaultRetryAfter is used for a 429 without a usable Retry-After: Zendesk's limits are per
// minute, so a minute is never too short.
const defaultRetryAfter = 60 * time.Second

// statusError maps a non-2xx answer to a sentinel or typed error.
func statusError(resp *http.Response) error {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	status := resp.StatusCode
	switch {
	case status == http.StatusTooManyRequests:
		return &RateLimitError{Status: status, RetryAfter: retryAfter(resp.Header, time.Now(), defaultRetryAfter)}
	case status == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") != "":
		return &RateLimitError{Status: status, RetryAfter: retryAfter(resp.Header, time.Now(), defaultRetryAfter)}
	case status >= 500:
		return &ServerError{Status: status}
	}
	var body struct {
		Error            json.RawMessage `json:"error"`
		Description      string          `json:"description"`
		ErrorDescription string          `json:"error_description"`
		Message          string          `json:"message"`
	}
	if err := json.Unmarshal(raw, &body); err != nil || len(body.Error) == 0 && body.Description == "" && body.Message == "" {
		if status == http.StatusNotFound {
			return ErrDomainNotFound
		}
		return &APIError{Status: status, Code: http.StatusText(status)}
	}
	e := &APIError{Status: status, Description: firstNonEmpty(body.Description, body.ErrorDescription, body.Message)}
	// "error" is usually a string ("RecordNotFound", "invalid_token"), but some endpoints send
	// an object {"title","message"}.
	var code string
	if json.Unmarshal(body.Error, &code) == nil {
		e.Code = code
	} else {
		var obj struct{ Title, Message string }
		if json.Unmarshal(body.Error, &obj) == nil {
			e.Code = obj.Title
			e.Description = firstNonEmpty(e.Description, obj.Message)
		}
	}
	return e
}

// retryAfter reads Retry-After as seconds or as an HTTP date; def when absent or unreadable.
func retryAfter(h http.Header, now time.Time, def time.Duration) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return def
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil && secs >= 0 {
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
		return 0
	}
	return def
}

// transportError maps a failure to get any answer: the caller's cancellation stays itself,
// DNS failure is ErrDomainNotFound, other network failures ErrOffline. Anything else (e.g. the
// token source failing to refresh) is returned as is.
func transportError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		if dnsErr.IsNotFound {
			return fmt.Errorf("%w: %v", ErrDomainNotFound, err)
		}
		return fmt.Errorf("%w: %v", ErrOffline, err)
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ENETUNREACH) ||
		errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ECONNRESET) {
		return fmt.Errorf("%w: %v", ErrOffline, err)
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return fmt.Errorf("%w: %v", ErrOffline, err)
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return fmt.Errorf("%w: %v", ErrOffline, err)
	}
	return err
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
