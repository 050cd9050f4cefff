package app

import (
	"errors"
	"log/slog"

	"zensync/backend/weblink"
)

// LinksAPI opens links from Zendesk content (ticket comments, Help Center articles) in the
// system browser. The front end checks the scheme too; this is the check that cannot be skipped.
type LinksAPI struct {
	open   func(url string) error
	bridge *bridge
}

// NewLinksAPI returns the facade; open is the Shell's OpenExternal.
func NewLinksAPI(open func(url string) error, log *slog.Logger) *LinksAPI {
	return &LinksAPI{open: open, bridge: newBridge(log.With("component", "links_api"), mapLinkError)}
}

// OpenExternal opens url in the system browser when it is an http, https or mailto link;
// anything else (smb:, file:, javascript:, custom handlers) is refused with code forbidden.
func (a *LinksAPI) OpenExternal(url string) error {
	return a.bridge.wrap("links.open_external", a.open(url))
}

// mapLinkError maps weblink's refusals to forbidden with the refusal's own words.
func mapLinkError(err error) (Code, string, bool) {
	var re *weblink.RefusedError
	if errors.As(err, &re) {
		return CodeForbidden, re.Error(), true
	}
	if errors.Is(err, weblink.ErrNoBrowser) {
		return CodeInternal, NoBrowserMessage, true
	}
	return "", "", false
}
