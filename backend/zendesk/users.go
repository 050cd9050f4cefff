package zendesk

import (
	"context"
	"time"
)

// User is a Zendesk user (ZENDESK_API.md §5). Role is "admin", "agent" or "end-user".
// OrganizationID is 0 when the user has none.
type User struct {
	ID             int64          `json:"id"`
	URL            string         `json:"url"`
	Name           string         `json:"name"`
	Email          string         `json:"email"`
	Role           string         `json:"role"`
	OrganizationID int64          `json:"organization_id"`
	Active         bool           `json:"active"`
	Suspended      bool           `json:"suspended"`
	TimeZone       string         `json:"time_zone"`
	Locale         string         `json:"locale"`
	Phone          string         `json:"phone"`
	Tags           []string       `json:"tags"`
	UserFields     map[string]any `json:"user_fields"`
	CreatedAt      time.Time      `json:"created_at"`
	UpdatedAt      time.Time      `json:"updated_at"`
}

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
