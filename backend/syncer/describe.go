package syncer

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"zensync/backend/zendesk"
)

// errorWords says in words what the errors Describe knows by identity mean; the first that
// matches wins.
var errorWords = []struct {
	err   error
	words string
}{
	{ErrNotConnected, "Connect first: this integration has not signed in to Zendesk yet (Edit → Authentication & configuration → Connect)."},
	{context.Canceled, "The sync was cancelled."},
	{zendesk.ErrHelpCenterDisabled, "Help Center is not enabled for this account."},
	{zendesk.ErrUnauthorized, "Zendesk refused the token (expired or revoked): re-generate it in Edit → Authentication."},
	{zendesk.ErrForbidden, "Zendesk refused access: the token lacks a scope or the user is not an admin."},
	{zendesk.ErrDomainNotFound, "There is no Zendesk account at this domain."},
	{zendesk.ErrOffline, "Zendesk cannot be reached (offline?)."},
	{zendesk.ErrMalformed, "Zendesk sent a page that could not be read; will retry at the next poll."},
}

// Describe says in words what went wrong, for the integration list and the activity log.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var parts []string
		for _, e := range j.Unwrap() {
			parts = append(parts, describeStream(e))
		}
		return strings.Join(parts, " ")
	}
	for _, w := range errorWords {
		if errors.Is(err, w.err) {
			return w.words
		}
	}
	var rl *zendesk.RateLimitError
	var se *zendesk.ServerError
	switch {
	case errors.As(err, &rl):
		return fmt.Sprintf("Zendesk is rate limiting requests; it asked to wait %s.", rl.RetryAfter)
	case errors.As(err, &se):
		return fmt.Sprintf("Zendesk answered with a server error (%d); will retry at the next poll.", se.Status)
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
