package oauth

import (
	"errors"
	"syscall"
)

// wsaeaddrinuse is Winsock's "address already in use" (WSAEADDRINUSE). Go's syscall.EADDRINUSE
// on Windows is an invented number that a failed bind never returns (found under Wine).
const wsaeaddrinuse = syscall.Errno(10048)

// isAddrInUse reports whether listening failed because another program holds the port.
func isAddrInUse(err error) bool {
	return errors.Is(err, wsaeaddrinuse) || errors.Is(err, syscall.EADDRINUSE)
}
