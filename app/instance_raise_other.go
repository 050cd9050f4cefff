//go:build !linux

package app

import "errors"

// raiseRunning is only implemented over D-Bus (Linux); elsewhere the second launch prints
// where the running window is.
func raiseRunning(string) error {
	return errors.New("raising the running window is not supported on this system")
}
