package syncer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"time"

	"zensync/backend/zendesk"
)

// retryable reports whether err is worth another try after a backoff: 5xx, network errors and
// malformed pages. Auth, permission and "not found" errors are not.
func retryable(err error) bool {
	var se *zendesk.ServerError
	var ue *url.Error // any other transport failure (a dropped connection, a reset)
	return errors.As(err, &se) || errors.Is(err, zendesk.ErrOffline) || errors.Is(err, zendesk.ErrMalformed) ||
		errors.As(err, &ue) || errors.Is(err, io.ErrUnexpectedEOF)
}

// backoff is the wait before attempt n (1-based) with full jitter: random in [d/2, d] where
// d = base·2^(n-1), capped at max.
func backoff(n int, base, max time.Duration) time.Duration {
	d := base << (n - 1)
	if d > max || d <= 0 {
		d = max
	}
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// fetchPolitely calls fetch until it succeeds, waiting out 429s for exactly Retry-After (never
// less) and backing off on retryable errors. waiting reports each wait (and 0 when it ends).
// The account's budget (the client's Pacer) spaces the requests themselves.
func (s *Syncer) fetchPolitely(ctx context.Context, waiting func(time.Duration), fetch func(context.Context) error) error {
	attempts, limited := 0, 0
	for {
		err := fetch(ctx)
		if err == nil {
			if attempts > 0 || limited > 0 {
				waiting(0)
			}
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var rl *zendesk.RateLimitError
		switch {
		case errors.As(err, &rl):
			limited++
			if limited > s.o.MaxRateLimitWaits {
				return fmt.Errorf("still rate limited after %d waits: %w", limited-1, err)
			}
			waiting(rl.RetryAfter)
			s.log.Info("rate limited", "retry_after_s", rl.RetryAfter.Seconds())
			if err := sleep(ctx, rl.RetryAfter); err != nil {
				return err
			}
		case retryable(err):
			attempts++
			if attempts >= s.o.MaxAttempts {
				return fmt.Errorf("gave up after %d attempts: %w", attempts, err)
			}
			d := backoff(attempts, s.o.BackoffBase, s.o.BackoffMax)
			waiting(d)
			s.log.Warn("page failed, retrying", "attempt", attempts, "wait_ms", d.Milliseconds(), "err", err)
			if err := sleep(ctx, d); err != nil {
				return err
			}
		default:
			return err
		}
	}
}
