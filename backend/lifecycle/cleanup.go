package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"time"

	"zensync/backend/integration"
	"zensync/backend/oauth"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/syncer"
	"zensync/backend/zendesk"
)

// CleanupEvery is how often RunCleanups retries pending clean-ups.
const CleanupEvery = 5 * time.Minute

// cleanupTimeout bounds one retry of one integration's clean-up.
const cleanupTimeout = time.Minute

// retryable reports whether a failed step in Zendesk may succeed later: everything but a token
// that is gone or that Zendesk refuses (then nothing Zensync holds can ever do the step) and a
// keyring that cannot be used (Delete then fails on the secrets and the integration stays).
func retryable(err error) bool {
	return !errors.Is(err, oauth.ErrNotConnected) && !errors.Is(err, zendesk.ErrUnauthorized) &&
		!errors.Is(err, secrets.ErrUnavailable)
}

// describe is a failed step's cause in words.
func describe(err error) string { return syncer.Describe(err) }

// PendingCleanups lists what deleted integrations left in Zendesk, oldest first.
func (s *Service) PendingCleanups(ctx context.Context) ([]store.PendingCleanup, error) {
	if s.d.Cleanups == nil {
		return nil, nil
	}
	return s.d.Cleanups.List(ctx)
}

// RetryCleanups tries every pending clean-up once: the webhook first (it needs the token), then
// the token. A finished one is removed with its tokens from the keyring and goes to Activity; a
// failed one records the attempt and waits for the next retry. It reports whether anything
// changed (for the facade's integrations:changed).
func (s *Service) RetryCleanups(ctx context.Context) (changed bool, err error) {
	list, err := s.PendingCleanups(ctx)
	if err != nil {
		return false, err
	}
	for _, p := range list {
		cctx, cancel := context.WithTimeout(ctx, cleanupTimeout)
		c, err := s.retryCleanup(cctx, p)
		cancel()
		changed = changed || c
		if err != nil {
			return changed, err
		}
	}
	return changed, nil
}

// retryCleanup runs one pending clean-up.
func (s *Service) retryCleanup(ctx context.Context, p store.PendingCleanup) (changed bool, err error) {
	in := integration.Integration{ID: p.IntegrationID, Name: p.Name, Capability: integration.Capability(p.Capability),
		Domain: p.Domain, OAuthClientID: p.OAuthClientID, HasClientSecret: p.HasClientSecret, WebhookID: p.WebhookID}
	left := s.undoInZendesk(ctx, in, p.WebhookPending, p.TokenPending)
	now := time.Now()
	if left.Pending() {
		p.Attempts++
		p.LastAttemptAt = &now
		p.LastError = left.Reason
		p.WebhookPending, p.TokenPending = left.WebhookPending, left.TokenPending
		return false, s.d.Cleanups.Put(ctx, p)
	}
	if err := s.forgetSecrets(ctx, p.IntegrationID); err != nil {
		return false, err
	}
	if err := s.d.Cleanups.Remove(ctx, p.IntegrationID); err != nil {
		return false, err
	}
	s.log.Info("pending clean-up done", "integration_id", p.IntegrationID, "attempts", p.Attempts+1)
	s.note(ctx, store.LevelInfo, "cleanup_done", fmt.Sprintf("Clean-up in Zendesk done: %s of '%s' removed from %s.",
		CleanupWhat(p), p.Name, integration.Host(p.Domain)))
	return true, nil
}

// CleanupWhat names what a pending clean-up removes, in words ("webhook and token grant").
func CleanupWhat(p store.PendingCleanup) string {
	switch {
	case p.WebhookPending && p.TokenPending:
		return "webhook and token grant"
	case p.WebhookPending:
		return "webhook"
	default:
		return "token grant"
	}
}

// RunCleanups retries pending clean-ups now and then every interval until ctx ends, calling
// onChanged after a round that finished one.
func (s *Service) RunCleanups(ctx context.Context, every time.Duration, onChanged func()) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		changed, err := s.RetryCleanups(ctx)
		if err != nil && ctx.Err() == nil {
			s.log.Warn("retrying pending clean-ups", "err", err)
		}
		if changed && onChanged != nil {
			onChanged()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// note writes an Activity entry not tied to an integration (the integration is deleted).
func (s *Service) note(ctx context.Context, level store.ActivityLevel, reason, msg string) {
	if s.d.Activity == nil {
		return
	}
	entry := store.Activity{Kind: store.ActivityConnect, Level: level, Message: msg, Reason: reason}
	if _, err := s.d.Activity.Add(context.WithoutCancel(ctx), entry); err != nil {
		s.log.Warn("recording a clean-up in activity", "err", err)
	}
}
