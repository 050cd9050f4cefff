//go:build windows || darwin

package secrets

// maxSecretBytes is the largest secret saved as one keyring entry: Windows' Credential Manager
// refuses a blob over 2560 bytes, and go-keyring's macOS back end passes the secret, encoded,
// on a `security` command line it caps at 4096 bytes. Longer secrets are split (chunked.go).
const maxSecretBytes = 2560
