package syncer

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"zensync/backend/zendesk"
)

// Describe says in words what went wrong, for the integration list and the activity log.
func Describe(err error) string {
	var rl *zendesk.RateLimitError
	var se *zendesk.ServerError
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var parts []string
		for _, e := range j.Unwrap() {
			parts = append(parts, describeStream(e))
		}
		return strings.Join(parts, " ")
	}
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrNotConnected):
		return "Connect first: this integration has not signed in to Zendesk yet (Edit → Authentication & configuration → Connect)."
	case errors.Is(err, context.Canceled):
		return "The sync was cancelled."
	case errors.Is(err, zendesk.ErrHelpCenterDisabled):
		return "Help Center is not enabled for this account."
	case errors.Is(err, zendesk.ErrUnauthorized):
		return "Zendesk refused the token (expired or revoked): re-generate it in Edit → Authentication."
	case errors.Is(err, zendesk.ErrForbidden):
		return "Zendesk refused access: the token lacks a scope or the user is not an admin."
	case errors.Is(err, zendesk.ErrDomainNotFound):
		return "There is no Zendesk account at this domain."
	case errors.Is(err, zendesk.ErrOffline):
		return "Zendesk cannot be reached (offline?)."
	case errors.As(err, &rl):
		return fmt.Sprintf("Zendesk is rate limiting requests; it asked to wait %s.", rl.RetryAfter)
	case errors.As(err, &se):
		return fmt.Sprintf("Zendesk answered with a server error (%d); will retry at the next poll.", se.Status)
	case errors.Is(err, zendesk.ErrMalformed):
		return "Zendesk sent a page that could not be read; will retry at the next poll."
	}
	return err.Error()
}

// describeStream prefixes a stream's error in words with the stream's name.
func describeStream(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, ":"); i > 0 {
		name := msg[:i]
		if inner := errors.Unwrap(err); inner != nil {
			return name + ": " + Describe(inner)
		}
	}
	return Describe(err)
}
