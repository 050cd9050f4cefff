package auth

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"zensync/backend/emulator/internal/httpjson"
)

// OAuth error descriptions, worded as Zendesk's (Doorkeeper's) answers.
const (
	descInvalidGrant  = "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
	descInvalidClient = "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."
)

// tokenResponse is the answer of POST /oauth/tokens.
type tokenResponse struct {
	AccessToken           string `json:"access_token"`
	TokenType             string `json:"token_type"`
	Scope                 string `json:"scope"`
	RefreshToken          string `json:"refresh_token"`
	ExpiresIn             int64  `json:"expires_in"`
	RefreshTokenExpiresIn int64  `json:"refresh_token_expires_in"`
}

func oauthError(status int, code, description string) *httpjson.APIError {
	return &httpjson.APIError{Status: status, Error_: code, ErrorDescription: description}
}

// tokenParams reads the token request's parameters from a JSON or form body; client
// credentials may also come as HTTP basic auth.
func tokenParams(r *http.Request) (map[string]string, error) {
	out := map[string]string{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/json" {
		var raw map[string]any
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
		if err != nil {
			return nil, fmt.Errorf("read body: %w", err)
		}
		if err := json.Unmarshal(body, &raw); err != nil {
			return nil, fmt.Errorf("decode JSON body: %w", err)
		}
		for k, v := range raw {
			switch v := v.(type) {
			case string:
				out[k] = v
			case float64:
				out[k] = strconv.FormatFloat(v, 'f', -1, 64)
			}
		}
	} else {
		if err := r.ParseForm(); err != nil {
			return nil, fmt.Errorf("parse form: %w", err)
		}
		for k := range r.PostForm {
			out[k] = r.PostForm.Get(k)
		}
	}
	if id, secret, ok := r.BasicAuth(); ok {
		out["client_id"], out["client_secret"] = id, secret
	}
	return out, nil
}

// handleToken is POST /oauth/tokens: the authorization_code and refresh_token grants.
func (s *State) handleToken(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	p, err := tokenParams(r)
	if err != nil {
		httpjson.WriteError(w, oauthError(http.StatusBadRequest, "invalid_request", "The request body could not be read."))
		return
	}
	c, ok := s.Client(p["client_id"])
	if !ok || (c.Kind == clientConfidential && !c.secretMatches(p["client_secret"])) {
		httpjson.WriteError(w, oauthError(http.StatusUnauthorized, "invalid_client", descInvalidClient))
		return
	}
	accessLife, refreshLife, lerr := requestedLifetimes(p)
	if lerr != nil {
		httpjson.WriteError(w, lerr)
		return
	}
	var pair *tokenPair
	var gerr *httpjson.APIError
	switch p["grant_type"] {
	case "authorization_code":
		pair, gerr = s.exchangeCode(c, p, accessLife, refreshLife)
	case "refresh_token":
		pair, gerr = s.refreshPair(c, p["refresh_token"], accessLife, refreshLife)
	case "":
		gerr = oauthError(http.StatusBadRequest, "invalid_request", "The request is missing a required parameter: grant_type.")
	default:
		gerr = oauthError(http.StatusBadRequest, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server.")
	}
	if gerr != nil {
		s.acct.Logger().Info("oauth token refused", "grant_type", p["grant_type"], "client_id", c.Identifier, "error", gerr.Error_)
		httpjson.WriteError(w, gerr)
		return
	}
	now := s.now()
	httpjson.Write(w, http.StatusOK, tokenResponse{
		AccessToken:           pair.access,
		TokenType:             "bearer",
		Scope:                 strings.Join(pair.scopes, " "),
		RefreshToken:          pair.refresh,
		ExpiresIn:             int64(pair.accessExpires.Sub(now).Round(time.Second) / time.Second),
		RefreshTokenExpiresIn: int64(pair.refreshExpires.Sub(now).Round(time.Second) / time.Second),
	})
}

// requestedLifetimes reads the optional expires_in and refresh_token_expires_in (seconds),
// which must lie within Zendesk's documented bounds.
func requestedLifetimes(p map[string]string) (time.Duration, time.Duration, *httpjson.APIError) {
	parse := func(key string, lo, hi time.Duration) (time.Duration, *httpjson.APIError) {
		v, ok := p[key]
		if !ok || v == "" {
			return 0, nil
		}
		n, err := strconv.ParseInt(v, 10, 64)
		d := time.Duration(n) * time.Second
		if err != nil || d < lo || d > hi {
			return 0, oauthError(http.StatusBadRequest, "invalid_request",
				fmt.Sprintf("%s must be between %d and %d seconds.", key, int64(lo/time.Second), int64(hi/time.Second)))
		}
		return d, nil
	}
	a, err := parse("expires_in", minAccessLifetime, maxAccessLifetime)
	if err != nil {
		return 0, 0, err
	}
	rf, err := parse("refresh_token_expires_in", minRefreshLifetime, maxRefreshLifetime)
	return a, rf, err
}

// exchangeCode redeems a single-use authorization code. Replaying a used code fails and, as
// OAuth recommends, revokes the grant that code produced.
func (s *State) exchangeCode(c Client, p map[string]string, accessLife, refreshLife time.Duration) (*tokenPair, *httpjson.APIError) {
	invalid := oauthError(http.StatusBadRequest, "invalid_grant", descInvalidGrant)
	s.mu.Lock()
	defer s.mu.Unlock()
	code, ok := s.codes[p["code"]]
	if !ok {
		return nil, invalid
	}
	if code.used {
		if prev, ok := s.byAccess[code.issuedAccessToken]; ok {
			s.deletePairLocked(prev)
		}
		return nil, invalid
	}
	if !s.now().Before(code.expires) || code.clientID != c.Identifier || code.redirectURI != p["redirect_uri"] {
		return nil, invalid
	}
	if code.challenge != "" && !pkceMatches(code.challenge, p["code_verifier"]) {
		return nil, invalid
	}
	code.used = true
	pair := s.issuePairLocked(c.Identifier, code.userID, code.scopes, accessLife, refreshLife, code.code)
	code.issuedAccessToken = pair.access
	return pair, nil
}

// refreshPair exchanges a refresh token for a new pair and deletes the old pair.
func (s *State) refreshPair(c Client, refresh string, accessLife, refreshLife time.Duration) (*tokenPair, *httpjson.APIError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.byRefresh[refresh]
	if !ok || !s.now().Before(old.refreshExpires) || old.clientID != c.Identifier {
		return nil, oauthError(http.StatusBadRequest, "invalid_grant", descInvalidGrant)
	}
	s.deletePairLocked(old)
	return s.issuePairLocked(c.Identifier, old.userID, old.scopes, accessLife, refreshLife, ""), nil
}

// pkceMatches checks an S256 code verifier against its challenge.
func pkceMatches(challenge, verifier string) bool {
	if len(verifier) < 43 || len(verifier) > 128 {
		return false
	}
	sum := sha256.Sum256([]byte(verifier))
	got := base64.RawURLEncoding.EncodeToString(sum[:])
	return subtle.ConstantTimeCompare([]byte(got), []byte(challenge)) == 1
}

// handleRevokeCurrent is DELETE /api/v2/oauth/tokens/current.json: it revokes the token the
// request is made with (and its refresh token).
func (s *State) handleRevokeCurrent(w http.ResponseWriter, r *http.Request) {
	if _, err := s.Authenticate(r); err != nil {
		httpjson.WriteError(w, err.(*httpjson.APIError))
		return
	}
	_, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	s.revokeTokens(strings.TrimSpace(token))
	w.WriteHeader(http.StatusNoContent)
}
