package oauth

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentinels for the ways a sign-in ends without a token. Each leaves the integration and any
// earlier token as they were. Messages are written to be shown to the admin as they are.
var (
	ErrDenied       = errors.New("sign-in was denied: Allow was not clicked in Zendesk")
	ErrInvalidGrant = errors.New("Zendesk refused the sign-in code (expired or already used); start again")
	ErrTimeout      = errors.New("sign-in took too long: no answer came back from the browser; start again")
	ErrCancelled    = errors.New("sign-in was cancelled")
	ErrPortInUse    = errors.New("the OAuth port is in use")
	ErrNoCode       = errors.New("Zendesk's answer carried no sign-in code; start again")
	// ErrAuthorization is any other error Zendesk sent back to the redirect (e.g.
	// invalid_scope, unauthorized_client); the wrapping error carries Zendesk's description.
	ErrAuthorization = errors.New("Zendesk refused the sign-in")
	// ErrExchange: the code could not be exchanged for a token for another reason (network,
	// invalid_client, a malformed answer).
	ErrExchange = errors.New("could not get a token from Zendesk")
	// ErrNotConnected: the integration has no token in the keyring.
	ErrNotConnected = errors.New("not connected: no token saved for this integration")
)

// PortInUseError says which port is taken. It unwraps to ErrPortInUse.
type PortInUseError struct {
	Addr string
	Port string
}

func (e *PortInUseError) Error() string {
	return fmt.Sprintf("Port %s is in use — close the other program or change the OAuth port", e.Port)
}

func (e *PortInUseError) Unwrap() error { return ErrPortInUse }

// Message is err as a sentence to show the admin: capitalised, ending with a full stop.
func Message(err error) string {
	msg := strings.TrimSpace(err.Error())
	if msg == "" {
		return "Something went wrong."
	}
	r, size := utf8.DecodeRuneInString(msg)
	msg = string(unicode.ToUpper(r)) + msg[size:]
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg
}
