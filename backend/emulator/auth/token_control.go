package auth

import (
	"net/http"
	"strings"
	"time"

	"zensync/backend/emulator/internal/httpjson"
)

// handleControlIssue is POST /_emulator/<sub>/tokens: a token pair for a user (default the
// admin) as if they had gone through the OAuth flow with the seeded client zensync_desktop.
// Body (optional): {"email": "...", "scope": "read write"}.
// Answer: {"access_token", "refresh_token", "expires_in"}.
func (s *State) handleControlIssue(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Email string `json:"email"`
		Scope string `json:"scope"`
	}
	if err := httpjson.ReadOptional(r, &in); err != nil {
		httpjson.WriteMessage(w, http.StatusBadRequest, "body must be JSON: "+err.Error())
		return
	}
	u := s.acct.Admin()
	if in.Email != "" {
		var ok bool
		if u, ok = s.acct.UserByEmail(in.Email); !ok {
			httpjson.WriteMessage(w, http.StatusNotFound, "no user with email "+in.Email)
			return
		}
	}
	scopes := parseScopes(in.Scope)
	if len(scopes) == 0 {
		scopes = []string{"read", "write"}
	}
	if bad := unknownScope(scopes); bad != "" {
		httpjson.WriteMessage(w, http.StatusBadRequest, "unknown scope "+bad)
		return
	}
	s.mu.Lock()
	p := s.issuePairLocked(SeededClientID, u.ID, scopes, 0, 0, "")
	s.mu.Unlock()
	httpjson.Write(w, http.StatusOK, map[string]any{
		"access_token":  p.access,
		"refresh_token": p.refresh,
		"expires_in":    int64(p.accessExpires.Sub(s.now()).Round(time.Second) / time.Second),
	})
}

// tokenSelector is the optional body of /tokens/expire and /tokens/revoke: one access token,
// or every token of the account when empty.
type tokenSelector struct {
	AccessToken string `json:"access_token"`
	// Refresh, for /tokens/expire, expires the refresh tokens too (so refreshing fails).
	Refresh bool `json:"refresh"`
}

// handleControlExpire is POST /_emulator/<sub>/tokens/expire: access tokens answer 401 from
// now on, refresh tokens still work unless {"refresh": true}. Answer: {"expired": n}.
func (s *State) handleControlExpire(w http.ResponseWriter, r *http.Request) {
	var in tokenSelector
	if err := httpjson.ReadOptional(r, &in); err != nil {
		httpjson.WriteMessage(w, http.StatusBadRequest, "body must be JSON: "+err.Error())
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]int{"expired": s.expireTokens(in.AccessToken, in.Refresh)})
}

// handleControlRevoke is POST /_emulator/<sub>/tokens/revoke: the pairs are deleted, so both
// the access and the refresh token are refused. Answer: {"revoked": n}.
func (s *State) handleControlRevoke(w http.ResponseWriter, r *http.Request) {
	var in tokenSelector
	if err := httpjson.ReadOptional(r, &in); err != nil {
		httpjson.WriteMessage(w, http.StatusBadRequest, "body must be JSON: "+err.Error())
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]int{"revoked": s.revokeTokens(in.AccessToken)})
}

// handleControlLifetime is POST /_emulator/<sub>/tokens/lifetime {"access_seconds": n}: the
// lifetime of access tokens issued from now on (0 restores Options.TokenLifetime).
func (s *State) handleControlLifetime(w http.ResponseWriter, r *http.Request) {
	var in struct {
		AccessSeconds int64 `json:"access_seconds"`
	}
	if err := httpjson.ReadOptional(r, &in); err != nil || in.AccessSeconds < 0 {
		httpjson.WriteMessage(w, http.StatusBadRequest, `body must be {"access_seconds": n}`)
		return
	}
	s.mu.Lock()
	s.lifetime = time.Duration(in.AccessSeconds) * time.Second
	d := s.accessLifetime()
	s.mu.Unlock()
	httpjson.Write(w, http.StatusOK, map[string]int64{"access_seconds": int64(d / time.Second)})
}

// handleControlOutbox is GET /_emulator/<sub>/outbox[?to=email]: the emails sent, oldest
// first, as a JSON array of {to, subject, body, code, sent_at}.
func (s *State) handleControlOutbox(w http.ResponseWriter, r *http.Request) {
	to := r.URL.Query().Get("to")
	s.mu.Lock()
	out := make([]OutboxMail, 0, len(s.outbox))
	for _, m := range s.outbox {
		if to == "" || strings.EqualFold(m.To, to) {
			out = append(out, m)
		}
	}
	s.mu.Unlock()
	httpjson.Write(w, http.StatusOK, out)
}

// handleControlOutboxClear is DELETE /_emulator/<sub>/outbox.
func (s *State) handleControlOutboxClear(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.outbox = nil
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// handleControlListClients is GET /_emulator/<sub>/oauth_clients → {"clients": [...]}.
func (s *State) handleControlListClients(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	out := make([]Client, 0, len(s.clients))
	for _, c := range s.clients {
		c.Secret = ""
		out = append(out, c)
	}
	s.mu.Unlock()
	httpjson.Write(w, http.StatusOK, map[string]any{"clients": out})
}

// handleControlAddClient is POST /_emulator/<sub>/oauth_clients with {identifier, name, kind
// (public|confidential), secret, redirect_urls} → 201 {"client": {...}} (secret omitted).
func (s *State) handleControlAddClient(w http.ResponseWriter, r *http.Request) {
	var c Client
	if err := httpjson.ReadOptional(r, &c); err != nil {
		httpjson.WriteMessage(w, http.StatusBadRequest, "body must be JSON: "+err.Error())
		return
	}
	if c.Kind == "" {
		c.Kind = clientPublic
	}
	if err := s.addClient(c); err != nil {
		httpjson.WriteMessage(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	stored, _ := s.Client(c.Identifier)
	stored.Secret = ""
	httpjson.Write(w, http.StatusCreated, map[string]any{"client": stored})
}
