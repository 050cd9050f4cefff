// Package weblink decides which links may leave the app for the system browser. Zendesk content
// is written by strangers; a link in it must never make the computer open a network share (smb:),
// a local file (file:) or a custom-scheme handler of some installed program.
package weblink

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

// ErrNotAllowed is wrapped by every refusal: the link uses a scheme other than http, https or
// mailto, or is not a usable link at all.
var ErrNotAllowed = errors.New("weblink: link not allowed")

// allowedSchemes are the only schemes handed to the system: web pages and new e-mails.
var allowedSchemes = map[string]bool{"http": true, "https": true, "mailto": true}

// maxSchemeShown caps the scheme quoted back in a refusal, so a hostile link cannot fill a message.
const maxSchemeShown = 24

// RefusedError says why a link was not opened, in words a user can act on.
type RefusedError struct {
	Scheme string // the link's scheme (lower case, capped), "" when the link could not be read
}

func (e *RefusedError) Error() string {
	if e.Scheme == "" {
		return "This is not a web or e-mail link, so Zensync did not open it."
	}
	return fmt.Sprintf("Zensync opens only web (http, https) and e-mail (mailto) links; this %s: link was not opened. "+
		"Copy it yourself if you trust it.", e.Scheme)
}

// Is makes errors.Is(err, ErrNotAllowed) true for every refusal.
func (e *RefusedError) Is(target error) bool { return target == ErrNotAllowed }

// Check returns raw, normalised, when it may be opened in the system browser, or a *RefusedError.
// Call it on every path that hands a URL to the operating system.
func Check(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" || strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return "", &RefusedError{}
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return "", &RefusedError{}
	}
	scheme := strings.ToLower(u.Scheme)
	if !allowedSchemes[scheme] {
		if len(scheme) > maxSchemeShown {
			scheme = scheme[:maxSchemeShown]
		}
		return "", &RefusedError{Scheme: scheme}
	}
	switch {
	case scheme == "mailto" && u.Opaque == "" && u.Path == "" && u.RawQuery == "":
		return "", &RefusedError{}
	case scheme != "mailto" && (u.Host == "" || u.User != nil):
		// http(s) without a host is not a page; user:password@ in a link is a known disguise.
		return "", &RefusedError{}
	}
	u.Scheme = scheme
	return u.String(), nil
}
