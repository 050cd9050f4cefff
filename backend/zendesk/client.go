// Package zendesk is Zensync's client for the Zendesk REST API: typed calls, pagination and
// errors mapped to sentinels (ErrUnauthorized, ErrDomainNotFound, *RateLimitError, …).
//
// The Client does not know about OAuth: the *http.Client it is given carries the credentials
// (backend/oauth builds one whose transport adds the bearer token and refreshes it).
package zendesk

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// userAgent is sent with every request so an account's admins can tell Zensync's traffic apart.
const userAgent = "Zensync/1 (+desktop)"

// maxErrorBody bounds how much of an error answer is read.
const maxErrorBody = 64 << 10

// Client calls one Zendesk account. It is safe for concurrent use.
type Client struct {
	base string // e.g. https://acme.zendesk.com, no trailing slash
	host *url.URL
	hc   *http.Client
	log  *slog.Logger
	// pacer, when set, spaces the requests (see WithPacer).
	pacer Pacer
}

// New returns a client for the account at baseURL (see BaseURL). hc carries the authentication
// (an oauth2-style transport); nil means http.DefaultClient, which only suits unauthenticated
// calls in tests. log may be nil.
func New(baseURL string, hc *http.Client, log *slog.Logger) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	base := strings.TrimRight(baseURL, "/")
	u, err := url.Parse(base)
	if err != nil {
		u = &url.URL{}
	}
	return &Client{base: base, host: u, hc: hc, log: log.With("component", "zendesk")}
}

// BaseURL returns the account's base URL, without a trailing slash.
func (c *Client) BaseURL() string { return c.base }

// resolve turns "/api/v2/…" into an absolute URL on the account, and accepts an absolute URL
// (a next-page link) only when it points at the account's own scheme and host.
func (c *Client) resolve(pathOrURL string) (string, error) {
	if strings.HasPrefix(pathOrURL, "http://") || strings.HasPrefix(pathOrURL, "https://") {
		u, err := url.Parse(pathOrURL)
		if err != nil {
			return "", fmt.Errorf("zendesk: bad URL %q: %w", pathOrURL, err)
		}
		if !sameOrigin(u, c.host) {
			return "", fmt.Errorf("%w: %s", ErrForeignURL, u.Host)
		}
		return pathOrURL, nil
	}
	if !strings.HasPrefix(pathOrURL, "/") {
		pathOrURL = "/" + pathOrURL
	}
	return c.base + pathOrURL, nil
}

// do sends one request and decodes a 2xx JSON answer into out (which may be nil). body, when
// not nil, is sent as JSON. pathOrURL is a path under the base ("/api/v2/users/me.json", with
// any query) or an absolute URL on the same host. Every failure is one of the package's
// sentinels or typed errors (see errors.go), wrapped with the method and path.
func (c *Client) do(ctx context.Context, method, pathOrURL string, body, out any) error {
	_, err := c.doHeader(ctx, method, pathOrURL, body, out)
	return err
}

// doHeader is do that also returns the answer's headers (rate-limit counters, Location).
func (c *Client) doHeader(ctx context.Context, method, pathOrURL string, body, out any) (http.Header, error) {
	target, err := c.resolve(pathOrURL)
	if err != nil {
		return nil, err
	}
	var reader io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("zendesk: encoding %s %s: %w", method, pathOrURL, err)
		}
		reader = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, target, reader)
	if err != nil {
		return nil, fmt.Errorf("zendesk: %s %s: %w", method, pathOrURL, err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", userAgent)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	start := time.Now()
	resp, err := c.send(ctx, req)
	if err != nil {
		c.log.DebugContext(ctx, "request failed", "method", method, "path", logPath(req.URL), "err", err)
		return nil, fmt.Errorf("%s %s: %w", method, logPath(req.URL), transportError(ctx, err))
	}
	defer resp.Body.Close()
	c.log.DebugContext(ctx, "request", "method", method, "path", logPath(req.URL),
		"status", resp.StatusCode, "duration_ms", time.Since(start).Milliseconds())
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.Header, fmt.Errorf("%s %s: %w", method, logPath(req.URL), statusError(resp))
	}
	if out == nil || resp.StatusCode == http.StatusNoContent {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
		return resp.Header, nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		if ctx.Err() != nil {
			return resp.Header, ctx.Err()
		}
		return resp.Header, fmt.Errorf("%s %s: %w: %v", method, logPath(req.URL), ErrMalformed, err)
	}
	return resp.Header, nil
}

// getJSON is do for a GET.
func (c *Client) getJSON(ctx context.Context, pathOrURL string, out any) error {
	return c.do(ctx, http.MethodGet, pathOrURL, nil, out)
}

// sameOrigin reports whether u is on the account's scheme, host and port. A port equal to the
// scheme's default counts as no port: Zendesk's links carry ":443" (https://acme.zendesk.com:443/…).
func sameOrigin(u, account *url.URL) bool {
	return strings.EqualFold(u.Scheme, account.Scheme) &&
		strings.EqualFold(u.Hostname(), account.Hostname()) &&
		effectivePort(u) == effectivePort(account)
}

// effectivePort is u's port, or its scheme's default when it has none.
func effectivePort(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
		return "443"
	case "http":
		return "80"
	}
	return ""
}

// logPath is the URL's path alone: queries can hold cursors and are left out of logs and errors.
func logPath(u *url.URL) string { return u.Path }
