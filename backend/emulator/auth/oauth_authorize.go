package auth

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"
	"time"

	"zensync/backend/emulator/internal/random"
)

// authRequest is a validated authorization request (the query of
// /oauth/authorizations/new, or the hidden fields of the Allow form).
type authRequest struct {
	client      Client
	redirectURI string
	scopes      []string
	state       string
	challenge   string
}

// authError is a refused authorization request. With redirect set, the browser is sent back to
// the client's redirect URI with error and error_description; otherwise the redirect URI cannot
// be trusted and a page explains the problem.
type authError struct {
	redirect    bool
	code        string
	description string
}

// parseAuthRequest validates an authorization request as Zendesk does: a known client, a
// redirect_uri that exactly matches a registered one, response_type=code, known scopes, and
// PKCE with S256 (required for public clients).
func (s *State) parseAuthRequest(v url.Values) (authRequest, *authError) {
	c, ok := s.Client(v.Get("client_id"))
	if !ok {
		return authRequest{}, &authError{code: "invalid_client", description: "The client identifier is not registered on this account."}
	}
	redirect := v.Get("redirect_uri")
	if !c.allowsRedirect(redirect) {
		return authRequest{}, &authError{code: "invalid_redirect_uri", description: "The redirect URI does not match a redirect URL registered for this client."}
	}
	req := authRequest{client: c, redirectURI: redirect, state: v.Get("state"), challenge: v.Get("code_challenge")}
	if v.Get("response_type") != "code" {
		return req, &authError{redirect: true, code: "unsupported_response_type", description: "The authorization server does not support this response type."}
	}
	req.scopes = parseScopes(v.Get("scope"))
	if len(req.scopes) == 0 {
		req.scopes = []string{"read"}
	}
	if bad := unknownScope(req.scopes); bad != "" {
		return req, &authError{redirect: true, code: "invalid_scope", description: "The requested scope is invalid, unknown, or malformed: " + bad}
	}
	method := v.Get("code_challenge_method")
	switch {
	case req.challenge == "" && c.Kind == clientPublic:
		return req, &authError{redirect: true, code: "invalid_request", description: "Code challenge is required for public clients."}
	case req.challenge != "" && method != "S256":
		return req, &authError{redirect: true, code: "invalid_request", description: "Code challenge method must be S256."}
	case req.challenge != "" && (len(req.challenge) < 43 || len(req.challenge) > 128):
		return req, &authError{redirect: true, code: "invalid_request", description: "Code challenge is malformed."}
	}
	return req, nil
}

// handleAuthorize is GET /oauth/authorizations/new: the sign-in page for a browser without a
// session, the Allow/Deny page for a signed-in one.
func (s *State) handleAuthorize(w http.ResponseWriter, r *http.Request) {
	req, aerr := s.parseAuthRequest(r.URL.Query())
	if aerr != nil {
		s.refuse(w, r, req, aerr)
		return
	}
	sess, ok := s.currentSession(r)
	if !ok {
		http.Redirect(w, r, s.signInURL(r.URL.RawQuery), http.StatusFound)
		return
	}
	u, _ := s.acct.UserByID(sess.userID)
	q := r.URL.Query()
	hidden := []hiddenField{{"csrf_token", sess.csrf}}
	for _, k := range []string{"response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method"} {
		hidden = append(hidden, hiddenField{k, q.Get(k)})
	}
	s.renderPage(w, http.StatusOK, "allow", pageData{
		Title:      "Allow access",
		Action:     s.prefix() + "/oauth/authorizations",
		ClientName: req.client.Name,
		ScopeLines: scopeLines(req.scopes),
		Hidden:     hidden,
		Email:      u.Email,
		SignOut:    s.prefix() + "/access/logout?return_to=" + url.QueryEscape(s.prefix()+"/oauth/authorizations/new?"+r.URL.RawQuery),
	})
}

// handleDecision is the Allow/Deny form's POST: Allow redirects with a fresh single-use code,
// Deny with error=access_denied.
func (s *State) handleDecision(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.renderProblem(w, http.StatusBadRequest, "Bad request", "The form could not be read.")
		return
	}
	form := r.PostForm
	req, aerr := s.parseAuthRequest(form)
	if aerr != nil {
		s.refuse(w, r, req, aerr)
		return
	}
	sess, ok := s.currentSession(r)
	if !ok {
		q := url.Values{}
		for _, k := range []string{"response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method"} {
			if form.Has(k) {
				q.Set(k, form.Get(k))
			}
		}
		http.Redirect(w, r, s.signInURL(q.Encode()), http.StatusSeeOther)
		return
	}
	if subtle.ConstantTimeCompare([]byte(sess.csrf), []byte(form.Get("csrf_token"))) != 1 {
		s.renderProblem(w, http.StatusForbidden, "Request expired", "Reload the page and try again.")
		return
	}
	if form.Get("decision") != "allow" {
		s.acct.Logger().Info("oauth authorization denied", "client_id", req.client.Identifier, "user_id", sess.userID)
		s.refuse(w, r, req, &authError{redirect: true, code: "access_denied",
			description: "The end-user or authorization server denied the request."})
		return
	}
	code := random.Token(32)
	s.mu.Lock()
	s.sweepCodesLocked()
	s.codes[code] = &authCode{
		code: code, clientID: req.client.Identifier, redirectURI: req.redirectURI, userID: sess.userID,
		scopes: req.scopes, challenge: req.challenge, expires: s.now().Add(AuthCodeLifetime),
	}
	s.mu.Unlock()
	s.acct.Logger().Info("oauth authorization granted", "client_id", req.client.Identifier, "user_id", sess.userID)
	q := url.Values{"code": {code}}
	if req.state != "" {
		q.Set("state", req.state)
	}
	http.Redirect(w, r, withQuery(req.redirectURI, q), http.StatusFound)
}

// refuse answers a refused authorization request: a redirect with the error when the redirect
// URI is trusted, a page otherwise.
func (s *State) refuse(w http.ResponseWriter, r *http.Request, req authRequest, e *authError) {
	if !e.redirect {
		s.renderProblem(w, http.StatusBadRequest, "This sign-in link is not valid", e.description)
		return
	}
	q := url.Values{"error": {e.code}, "error_description": {e.description}}
	if req.state != "" {
		q.Set("state", req.state)
	}
	http.Redirect(w, r, withQuery(req.redirectURI, q), http.StatusFound)
}

// withQuery adds params to a URL that may already carry a query.
func withQuery(raw string, params url.Values) string {
	sep := "?"
	if strings.Contains(raw, "?") {
		sep = "&"
	}
	return raw + sep + params.Encode()
}

// sweepCodesLocked forgets expired authorization codes once there are many, so an emulator
// that runs for days does not grow without bound. Callers hold s.mu.
func (s *State) sweepCodesLocked() {
	if len(s.codes) < 1000 {
		return
	}
	now := s.now()
	for k, c := range s.codes {
		if now.After(c.expires.Add(time.Hour)) {
			delete(s.codes, k)
		}
	}
}
