package auth

import (
	"time"

	"zensync/backend/emulator/internal/random"
)

// Token lifetimes and limits, as Zendesk documents them (ZENDESK_API.md §2).
const (
	minAccessLifetime    = 5 * time.Minute
	maxAccessLifetime    = 48 * time.Hour
	minRefreshLifetime   = 7 * 24 * time.Hour
	maxRefreshLifetime   = 90 * 24 * time.Hour
	defaultRefreshLife   = 30 * 24 * time.Hour
	AuthCodeLifetime     = 2 * time.Minute
	SignInSessionLife    = 8 * time.Hour
	VerificationLifetime = 10 * time.Minute
	maxVerifyAttempts    = 5
)

// tokenPair is one grant's access and refresh token. Refreshing deletes the pair and issues a
// new one; revoking deletes it.
type tokenPair struct {
	access, refresh string
	clientID        string
	userID          int64
	scopes          []string
	accessExpires   time.Time
	refreshExpires  time.Time
	code            string // the authorization code that produced the grant, if any
}

// authCode is an authorization code waiting to be exchanged at /oauth/tokens.
type authCode struct {
	code              string
	clientID          string
	redirectURI       string
	userID            int64
	scopes            []string
	challenge         string // PKCE S256 challenge, "" when the client sent none
	expires           time.Time
	used              bool
	issuedAccessToken string // set once exchanged: a replay revokes this grant
}

// issuePairLocked creates and stores a token pair. accessLife/refreshLife of 0 take the
// configured defaults. Callers hold s.mu.
func (s *State) issuePairLocked(clientID string, userID int64, scopes []string, accessLife, refreshLife time.Duration, code string) *tokenPair {
	now := s.now()
	if accessLife <= 0 {
		accessLife = s.accessLifetime()
	}
	if refreshLife <= 0 {
		refreshLife = defaultRefreshLife
	}
	p := &tokenPair{
		access:         random.Token(32),
		refresh:        random.Token(32),
		clientID:       clientID,
		userID:         userID,
		scopes:         scopes,
		accessExpires:  now.Add(accessLife),
		refreshExpires: now.Add(refreshLife),
		code:           code,
	}
	s.byAccess[p.access] = p
	s.byRefresh[p.refresh] = p
	return p
}

// deletePairLocked forgets both tokens of p. Callers hold s.mu.
func (s *State) deletePairLocked(p *tokenPair) {
	delete(s.byAccess, p.access)
	delete(s.byRefresh, p.refresh)
}

// lookupAccess returns the live pair for an access token.
func (s *State) lookupAccess(token string) (*tokenPair, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.byAccess[token]
	if !ok || !s.now().Before(p.accessExpires) {
		return nil, false
	}
	cp := *p
	return &cp, true
}

// revokeTokens deletes the pair of one access token, or every pair when accessToken is "".
// It returns how many pairs it deleted.
func (s *State) revokeTokens(accessToken string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if accessToken != "" {
		p, ok := s.byAccess[accessToken]
		if !ok {
			return 0
		}
		s.deletePairLocked(p)
		return 1
	}
	n := len(s.byAccess)
	clear(s.byAccess)
	clear(s.byRefresh)
	return n
}

// expireTokens makes one access token (or all, when accessToken is "") expired now, keeping
// its refresh token usable unless alsoRefresh. It returns how many pairs it changed.
func (s *State) expireTokens(accessToken string, alsoRefresh bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	past := s.now().Add(-time.Second)
	n := 0
	for tok, p := range s.byAccess {
		if accessToken == "" || tok == accessToken {
			p.accessExpires = past
			if alsoRefresh {
				p.refreshExpires = past
			}
			n++
		}
	}
	return n
}
