package zendesk

import (
	"context"
	"errors"
	"net/http"
)

// CheckAccount asks, without a token, whether a Zendesk account answers at the client's base
// URL: users/me is public (an anonymous caller gets Zendesk's JSON, the anonymous user or a 401),
// while a subdomain with no account answers with an HTML 404. Nil means the account exists;
// ErrDomainNotFound that it does not (or its name does not resolve); ErrOffline and other
// errors that it could not be told. Call it with a client that carries no token.
func (c *Client) CheckAccount(ctx context.Context) error {
	err := c.do(ctx, http.MethodGet, "/api/v2/users/me.json", nil, nil)
	var api *APIError
	if err == nil || errors.As(err, &api) {
		return nil // Zendesk's own JSON: the account exists
	}
	return err
}

// CountTickets returns the account's ticket count (GET /api/v2/tickets/count, Zendesk's
// {"count": {"value", "refreshed_at"}}). Zendesk refreshes large counts lazily, so it is an
// estimate; use it for "about how long", not for checks.
func (c *Client) CountTickets(ctx context.Context) (int64, error) {
	var out struct {
		Count struct {
			Value int64 `json:"value"`
		} `json:"count"`
	}
	if err := c.getJSON(ctx, "/api/v2/tickets/count.json", &out); err != nil {
		return 0, err
	}
	return out.Count.Value, nil
}
