package emulator

import "net/http"

// authState is the OAuth, sign-in and token half of an account. (Placeholder until the
// identity half lands: it refuses every token.)
type authState struct{ acct *Account }

func newAuthState(a *Account) *authState              { return &authState{acct: a} }
func (s *authState) routes(mux *http.ServeMux)        {}
func (s *authState) controlRoutes(mux *http.ServeMux) {}
func (s *authState) authenticate(r *http.Request) (Principal, error) {
	return Principal{}, &APIError{Status: 401, Error_: "invalid_token", ErrorDescription: "The access token provided is expired, revoked, malformed or invalid for other reasons."}
}
