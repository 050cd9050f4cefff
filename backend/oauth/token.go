package oauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"golang.org/x/oauth2"

	"zensync/backend/secrets"
)

// Token is an integration's OAuth grant, as kept in the keyring (never in SQLite, never in logs).
// Its String, GoString and LogValue are redacted so that printing or logging it by mistake
// leaks nothing.
type Token struct {
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	Expiry       time.Time `json:"expiry,omitzero"` // zero: the access token does not expire
	Scope        string    `json:"scope,omitempty"`
	// RefreshExpiry is when the refresh token dies (zero: unknown or never).
	RefreshExpiry time.Time `json:"refresh_expiry,omitzero"`
	// IssuedAt is when the access token was obtained; with Expiry it gives its lifetime.
	IssuedAt time.Time `json:"issued_at,omitzero"`
}

func (t Token) String() string   { return "oauth.Token{redacted}" }
func (t Token) GoString() string { return "oauth.Token{redacted}" }

// LogValue keeps the secrets out of slog output; it shows only the expiry times.
func (t Token) LogValue() slog.Value {
	return slog.GroupValue(slog.Time("expiry", t.Expiry), slog.Bool("refreshable", t.RefreshToken != ""))
}

// refreshable reports whether the grant can be renewed without the browser.
func (t Token) refreshable(now time.Time) bool {
	return t.RefreshToken != "" && (t.RefreshExpiry.IsZero() || now.Before(t.RefreshExpiry))
}

// needsRefresh reports whether the access token should be renewed before use: it has
// expired, or less than a fifth of its lifetime (and at most two minutes) remains.
func (t Token) needsRefresh(now time.Time) bool {
	if t.Expiry.IsZero() {
		return false
	}
	margin := 2 * time.Minute
	if !t.IssuedAt.IsZero() {
		if fifth := t.Expiry.Sub(t.IssuedAt) / 5; fifth > margin {
			margin = fifth
		}
	}
	return !now.Add(margin).Before(t.Expiry)
}

// SignInExpiry is when the admin must sign in again if nothing refreshes the token: the refresh
// token's expiry for a refreshable grant (nil when unknown), else the access token's expiry
// (nil when it never expires). This, not the token, is what the integration row shows.
func (t Token) SignInExpiry() *time.Time {
	var at time.Time
	if t.RefreshToken != "" {
		at = t.RefreshExpiry
	} else {
		at = t.Expiry
	}
	if at.IsZero() {
		return nil
	}
	at = at.UTC()
	return &at
}

// fromOAuth2 converts a token endpoint answer. Zendesk adds scope and refresh_token_expires_in
// to the standard fields.
func fromOAuth2(t *oauth2.Token, now time.Time) Token {
	out := Token{AccessToken: t.AccessToken, RefreshToken: t.RefreshToken, Expiry: t.Expiry, IssuedAt: now}
	// Count the lifetime from now on the caller's clock (oauth2 counts it on the wall clock).
	if secs := extraSeconds(t.Extra("expires_in")); secs > 0 {
		out.Expiry = now.Add(time.Duration(secs) * time.Second)
	}
	if s, ok := t.Extra("scope").(string); ok {
		out.Scope = s
	}
	if secs := extraSeconds(t.Extra("refresh_token_expires_in")); secs > 0 {
		out.RefreshExpiry = now.Add(time.Duration(secs) * time.Second)
	}
	return out
}

func extraSeconds(v any) int64 {
	switch n := v.(type) {
	case float64:
		return int64(n)
	case string:
		i, _ := strconv.ParseInt(n, 10, 64)
		return i
	case json.Number:
		i, _ := n.Int64()
		return i
	}
	return 0
}

// tokenStore reads and writes token bundles in the keyring.
type tokenStore struct {
	secrets secrets.Store
}

func (s tokenStore) load(ctx context.Context, id string) (Token, error) {
	raw, err := s.secrets.Get(ctx, secrets.OAuthTokenKey(id))
	if errors.Is(err, secrets.ErrNotFound) {
		return Token{}, ErrNotConnected
	}
	if err != nil {
		return Token{}, fmt.Errorf("reading the token from the keyring: %w", err)
	}
	var t Token
	if err := json.Unmarshal([]byte(raw), &t); err != nil || t.AccessToken == "" {
		// Never include raw in the error: it is the secret.
		return Token{}, fmt.Errorf("the saved token is unreadable: %w", ErrNotConnected)
	}
	return t, nil
}

func (s tokenStore) save(ctx context.Context, id string, t Token) error {
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("encoding the token: %w", err)
	}
	if err := s.secrets.Set(ctx, secrets.OAuthTokenKey(id), string(b)); err != nil {
		return fmt.Errorf("saving the token to the keyring: %w", err)
	}
	return nil
}

func (s tokenStore) delete(ctx context.Context, id string) error {
	if err := s.secrets.Delete(ctx, secrets.OAuthTokenKey(id)); err != nil && !errors.Is(err, secrets.ErrNotFound) {
		return fmt.Errorf("removing the token from the keyring: %w", err)
	}
	return nil
}
