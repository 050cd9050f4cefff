package control

import (
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// The control API can reset accounts, mint tokens and inject faults. The loopback checks keep
// other machines out, but a web page the developer has open runs on this machine: its browser may
// still send a "simple" cross-site request (a form post, or fetch with text/plain) that needs no
// CORS preflight. The cross-site checks close that door.

// LoopbackMessage, CrossSiteMessage and ContentTypeMessage are the fixed texts of a refusal;
// nothing from the request is echoed back.
const (
	LoopbackMessage    = "the control API answers loopback clients only"
	CrossSiteMessage   = "the control API refuses requests from web pages on other origins"
	ContentTypeMessage = "the control API accepts only Content-Type: application/json on requests that change state"
)

// Refusal returns why a control request is refused (one of the messages above), or "" when it
// may proceed. Both ends must be this machine: a loopback client, and a loopback Host (a web page
// that rebinds its own name to 127.0.0.1 still sends that name as Host). Then it refuses a
// request that may come from a web page on another origin (crossSiteRefusal).
func Refusal(r *http.Request) string {
	if !isLoopback(r.RemoteAddr) || !isLoopbackHost(r.Host) {
		return LoopbackMessage
	}
	return crossSiteRefusal(r)
}

// crossSiteRefusal returns the refusal message for a control request that may come from a
// web page on another origin, or "" when the request may proceed. It refuses:
//   - Sec-Fetch-Site cross-site or same-site (a browser says the page is not this origin);
//   - an Origin header that is not the emulator's own origin ("null" included);
//   - a state-changing request (POST, PUT, PATCH, DELETE) with a body or a Content-Type that is
//     not application/json. Body-less requests without a Content-Type pass: a browser cannot send
//     them cross-site without the Origin/Sec-Fetch-Site signals above.
func crossSiteRefusal(r *http.Request) string {
	switch strings.ToLower(strings.TrimSpace(r.Header.Get("Sec-Fetch-Site"))) {
	case "cross-site", "same-site":
		return CrossSiteMessage
	}
	if origin, ok := r.Header["Origin"]; ok && (len(origin) != 1 || !isOwnOrigin(origin[0], r)) {
		return CrossSiteMessage
	}
	if !changesState(r.Method) {
		return ""
	}
	ct := r.Header.Get("Content-Type")
	hasBody := r.ContentLength != 0
	if ct == "" && !hasBody {
		return ""
	}
	if mediaType, _, err := mime.ParseMediaType(ct); err != nil || mediaType != "application/json" {
		return ContentTypeMessage
	}
	return ""
}

func changesState(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// isOwnOrigin reports whether origin is scheme://host[:port] of the server the request reached.
func isOwnOrigin(origin string, r *http.Request) bool {
	u, err := url.Parse(strings.TrimSpace(origin))
	if err != nil || u.Host == "" || u.Path != "" || u.User != nil {
		return false
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return strings.EqualFold(u.Scheme, scheme) && strings.EqualFold(u.Host, r.Host)
}

func isLoopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	return host == "localhost" || isLoopback(host)
}

func isLoopback(remoteAddr string) bool {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
