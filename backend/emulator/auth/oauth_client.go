package auth

import (
	"crypto/subtle"
	"fmt"
	"net"
	"net/url"
	"slices"
	"time"
)

// Client kinds, as Admin Center names them.
const (
	clientPublic       = "public"
	clientConfidential = "confidential"
)

// Client is an OAuth client registered on the account. Public clients have no secret and
// must use PKCE; confidential clients authenticate with their secret at /oauth/tokens.
type Client struct {
	Identifier   string    `json:"identifier"`
	Name         string    `json:"name"`
	Kind         string    `json:"kind"`
	Secret       string    `json:"secret,omitempty"`
	RedirectURLs []string  `json:"redirect_urls"`
	CreatedAt    time.Time `json:"created_at"`
}

// validate checks a client as Admin Center does: identifier and name present, a known kind, a
// secret for confidential clients, and absolute redirect URLs that are https unless they point
// at localhost or 127.0.0.1.
func (c *Client) validate() error {
	switch {
	case c.Identifier == "":
		return fmt.Errorf("identifier is required")
	case c.Name == "":
		return fmt.Errorf("name is required")
	case c.Kind != clientPublic && c.Kind != clientConfidential:
		return fmt.Errorf("kind must be public or confidential")
	case c.Kind == clientConfidential && c.Secret == "":
		return fmt.Errorf("a confidential client needs a secret")
	case len(c.RedirectURLs) == 0:
		return fmt.Errorf("at least one redirect URL is required")
	}
	for _, raw := range c.RedirectURLs {
		if err := ValidRedirectURL(raw); err != nil {
			return err
		}
	}
	return nil
}

func ValidRedirectURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || u.Host == "" || u.Fragment != "" {
		return fmt.Errorf("redirect URL %q must be an absolute URL without a fragment", raw)
	}
	host := u.Hostname()
	loopback := host == "localhost"
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		loopback = true
	}
	if u.Scheme != "https" && !(u.Scheme == "http" && loopback) {
		return fmt.Errorf("redirect URL %q must use https (http is allowed for localhost and 127.0.0.1 only)", raw)
	}
	return nil
}

// allowsRedirect reports whether uri exactly matches one of the registered redirect URLs.
func (c *Client) allowsRedirect(uri string) bool { return slices.Contains(c.RedirectURLs, uri) }

// secretMatches compares a presented client secret in constant time.
func (c *Client) secretMatches(secret string) bool {
	return c.Secret != "" && subtle.ConstantTimeCompare([]byte(c.Secret), []byte(secret)) == 1
}

// Client returns a copy of the registered client with that identifier.
func (s *State) Client(id string) (Client, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.clients[id]
	return c, ok
}

// addClient registers (or replaces) a client after validating it.
func (s *State) addClient(c Client) error {
	if err := c.validate(); err != nil {
		return err
	}
	c.CreatedAt = s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clients[c.Identifier] = c
	return nil
}
