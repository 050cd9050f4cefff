package zendesk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// ErrAttachmentGone: the account or its storage answered 404/410 for an attachment (deleted,
// redacted, or its ticket is gone).
var ErrAttachmentGone = errors.New("zendesk: the attachment is no longer on Zendesk")

// OpenAttachment starts the download of a comment attachment and returns the answer whose Body
// holds the bytes (the caller closes it).
//
// The account's credentials go only to contentURL, which must be on the account's own origin
// (ErrForeignURL otherwise). Zendesk answers it with a redirect to its storage host; that address
// is fetched with storage, a client that must carry NO credentials (nil = a plain client), so
// the token never leaves the account's host, whatever the redirect says.
func (c *Client) OpenAttachment(ctx context.Context, contentURL string, storage *http.Client) (*http.Response, error) {
	target, err := c.resolve(contentURL)
	if err != nil {
		return nil, err
	}
	if storage == nil {
		storage = &http.Client{Timeout: 10 * time.Minute}
	}
	noFollow := *c.hc
	noFollow.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := get(ctx, &noFollow, target)
	if err != nil {
		return nil, transportError(ctx, err)
	}
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return resp, nil // the account served the bytes itself
	}
	loc := resp.Header.Get("Location")
	if resp.StatusCode < 300 || resp.StatusCode > 399 || loc == "" {
		return nil, attachmentStatus(resp, true)
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
	resp.Body.Close()
	next, err := resp.Request.URL.Parse(loc)
	if err != nil || (next.Scheme != "https" && next.Scheme != "http") {
		return nil, fmt.Errorf("zendesk: attachment redirect to %q: %w", loc, ErrMalformed)
	}
	resp, err = get(ctx, storage, next.String())
	if err != nil {
		return nil, transportError(ctx, err)
	}
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return resp, nil
	}
	return nil, attachmentStatus(resp, false)
}

func get(ctx context.Context, hc *http.Client, target string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", userAgent)
	return hc.Do(req)
}

// attachmentStatus turns a failed answer into an error (and closes its body).
func attachmentStatus(resp *http.Response, accountHost bool) error {
	defer resp.Body.Close()
	where := "storage"
	if accountHost {
		where = "account"
	}
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
		return fmt.Errorf("%s answered %d: %w", where, resp.StatusCode, ErrAttachmentGone)
	case accountHost || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return fmt.Errorf("%s: %w", where, statusError(resp))
	default:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
		return fmt.Errorf("zendesk: storage answered %d (%s)", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
}
