//go:build !windows && !darwin

package secrets

// maxSecretBytes is 0 here: the Secret Service takes secrets of any size, so none is split.
const maxSecretBytes = 0
