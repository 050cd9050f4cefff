package zendesk

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	gojson "github.com/goccy/go-json"
)

// exportBufSize is the initial read buffer of an export page (pages run to megabytes).
const exportBufSize = 2 << 20

// getExport is getJSON for the incremental export pages: the same request, status and transport
// error handling as (*Client).do, but the body is read whole and decoded with a faster JSON
// decoder, since decoding pages of a thousand records is most of a sync's client-side work.
func (c *Client) getExport(ctx context.Context, pathOrURL string, out any) error {
	target, err := c.resolve(pathOrURL)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return fmt.Errorf("zendesk: GET %s: %w", pathOrURL, err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", userAgent)
	start := time.Now()
	resp, err := c.send(ctx, req)
	if err != nil {
		c.log.DebugContext(ctx, "request failed", "method", "GET", "path", logPath(req.URL), "err", err)
		return fmt.Errorf("GET %s: %w", logPath(req.URL), transportError(ctx, err))
	}
	defer resp.Body.Close()
	c.log.DebugContext(ctx, "request", "method", "GET", "path", logPath(req.URL),
		"status", resp.StatusCode, "duration_ms", time.Since(start).Milliseconds())
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("GET %s: %w", logPath(req.URL), statusError(resp))
	}
	var buf bytes.Buffer
	buf.Grow(exportBufSize)
	if _, err := io.Copy(&buf, resp.Body); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("GET %s: %w: reading the body: %v", logPath(req.URL), ErrMalformed, err)
	}
	if err := gojson.Unmarshal(buf.Bytes(), out); err != nil {
		return fmt.Errorf("GET %s: %w: %v", logPath(req.URL), ErrMalformed, err)
	}
	return nil
}
