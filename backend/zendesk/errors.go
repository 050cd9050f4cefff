package zendesk

import (
	"errors"
	"fmt"
	"time"
)

// Sentinels for the ways a Zendesk call fails. Every error a Client returns wraps at most one of
// them (or is a *RateLimitError / *ServerError / *APIError), so callers branch with errors.Is and
// errors.As and never on message text.
var (
	// ErrUnauthorized: 401, the token is expired, revoked, malformed or unknown. Sign in again.
	ErrUnauthorized = errors.New("zendesk: the access token is expired, revoked or invalid")
	// ErrForbidden: 403, the token lacks a scope or the user lacks the role.
	ErrForbidden = errors.New("zendesk: forbidden")
	// ErrNotFound: 404 with Zendesk's JSON body (RecordNotFound).
	ErrNotFound = errors.New("zendesk: record not found")
	// ErrDomainNotFound: no Zendesk account answers at this address (a 404 that is not
	// Zendesk's JSON, or the host does not resolve).
	ErrDomainNotFound = errors.New("zendesk: no Zendesk account at this address")
	// ErrOffline: the network is unreachable, the connection was refused or timed out.
	ErrOffline = errors.New("zendesk: cannot reach Zendesk (offline?)")
	// ErrMalformed: a success answer whose body is not the JSON expected.
	ErrMalformed = errors.New("zendesk: malformed response")
	// ErrForeignURL: an absolute URL (e.g. a next-page link) pointing at another host; the
	// client refuses to send the token there.
	ErrForeignURL = errors.New("zendesk: URL is not on the account's host")
)

// RateLimitError is a 429, or a 503 that carries Retry-After. Wait RetryAfter, never less.
type RateLimitError struct {
	Status     int
	RetryAfter time.Duration
}

func (e *RateLimitError) Error() string {
	return fmt.Sprintf("zendesk: rate limited (%d), retry after %s", e.Status, e.RetryAfter)
}

// ServerError is any other 5xx: back off and retry later.
type ServerError struct {
	Status int
}

func (e *ServerError) Error() string { return fmt.Sprintf("zendesk: server error %d", e.Status) }

// APIError is an error answered with Zendesk's JSON body. It unwraps to ErrUnauthorized (401),
// ErrForbidden (403) or ErrNotFound (404), so errors.Is works on it; Code and Description carry
// Zendesk's own words (e.g. "RecordInvalid" and its description for a 422).
type APIError struct {
	Status      int
	Code        string
	Description string
}

func (e *APIError) Error() string {
	msg := fmt.Sprintf("zendesk: %d %s", e.Status, e.Code)
	if e.Description != "" {
		msg += ": " + e.Description
	}
	return msg
}

// Unwrap returns the sentinel for the status, if there is one.
func (e *APIError) Unwrap() error {
	switch e.Status {
	case 401:
		return ErrUnauthorized
	case 403:
		return ErrForbidden
	case 404:
		return ErrNotFound
	}
	return nil
}
