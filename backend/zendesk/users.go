package zendesk

import "context"

// RoleAdmin is the role that may create webhooks and triggers.
const RoleAdmin = "admin"

// Me returns the user the token acts as (GET /api/v2/users/me.json). It is the cheapest call
// that proves a token works, and what Test Connection uses. A user without an id is
// ErrUnauthorized: Zendesk answers anonymous callers with an "Anonymous user" rather than a 401.
func (c *Client) Me(ctx context.Context) (User, error) {
	var out struct {
		User *User `json:"user"`
	}
	if err := c.getJSON(ctx, "/api/v2/users/me.json", &out); err != nil {
		return User{}, err
	}
	if out.User == nil {
		return User{}, ErrMalformed
	}
	if out.User.ID == 0 {
		return User{}, ErrUnauthorized
	}
	return *out.User, nil
}

// RevokeCurrentToken revokes the token the client is using (DELETE
// /api/v2/oauth/tokens/current.json). Call it on Disconnect; afterwards every call with this
// token answers ErrUnauthorized.
func (c *Client) RevokeCurrentToken(ctx context.Context) error {
	return c.do(ctx, "DELETE", "/api/v2/oauth/tokens/current.json", nil, nil)
}
