// Package secrets keeps OAuth tokens and client secrets out of the database: in the OS keyring
// (NewKeyring) or, for unit tests, in memory (NewMemory).
//
// Keys used by Zensync: "client-secret:<integration id>" (saved by the integrations facade) and
// "oauth:<integration id>" (the OAuth token bundle, saved by backend/oauth).
package secrets

import (
	"context"
	"errors"
)

// Sentinels. A timed-out call matches both ErrTimeout and ErrUnavailable.
var (
	ErrNotFound    = errors.New("secret not found")
	ErrUnavailable = errors.New("the system keyring is unavailable")
	ErrTimeout     = errors.New("the system keyring did not answer in time")
)

// Store saves small secrets by key. Get returns ErrNotFound for an absent key; Delete of an
// absent key is not an error. Any failure of the keyring itself matches ErrUnavailable.
type Store interface {
	Get(ctx context.Context, key string) (string, error)
	Set(ctx context.Context, key, value string) error
	Delete(ctx context.Context, key string) error
}

// ClientSecretKey is the key of an integration's OAuth client secret.
func ClientSecretKey(integrationID string) string { return "client-secret:" + integrationID }

// OAuthTokenKey is the key of an integration's OAuth token bundle (its format belongs to
// backend/oauth; deleting an integration removes the key).
func OAuthTokenKey(integrationID string) string { return "oauth:" + integrationID }
