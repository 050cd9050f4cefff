package oauth

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"zensync/backend/zendesk"
)

// maxRedirects is how many same-origin redirects a call may follow (as net/http's default).
const maxRedirects = 10

// sameOrigin reports whether a and b have the same scheme and host (with port).
func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Host, b.Host)
}

// foreignURL is the error for a request that would carry a credential off the account's origin.
func foreignURL(u *url.URL) error {
	return fmt.Errorf("%w: refusing to send the token to %s://%s (only the account's own address gets it)",
		zendesk.ErrForeignURL, capText(u.Scheme, 16), capText(u.Host, 100))
}

// refuseForeignRedirects is an http.Client CheckRedirect: it follows redirects only within the
// first request's scheme and host, so neither the bearer token nor a refresh token in a
// re-sent body ever reaches another host.
func refuseForeignRedirects(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return errors.New("stopped after 10 redirects")
	}
	if !sameOrigin(req.URL, via[0].URL) {
		return fmt.Errorf("a redirect left the account's address: %w", foreignURL(req.URL))
	}
	return nil
}

// withoutForeignRedirects returns a copy of hc that refuses redirects to another origin.
func withoutForeignRedirects(hc *http.Client) *http.Client {
	c := *hc
	c.CheckRedirect = refuseForeignRedirects
	return &c
}
