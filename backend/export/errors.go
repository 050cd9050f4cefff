package export

import "errors"

// ErrBadRequest marks an export asked for with something it cannot do (an unknown format, no
// target); the message says what.
var ErrBadRequest = errors.New("bad export request")
