package auth

import (
	"net/http"
	"slices"
	"strings"

	"zensync/backend/emulator/internal/httpjson"
)

// Principal is who an API request acts as, after its bearer token was checked.
type Principal struct {
	UserID int64
	Email  string
	Role   string   // admin, agent or end-user
	Scopes []string // e.g. ["read","write"]
}

// knownScopes are the OAuth scopes the emulator grants: Zendesk's global read/write and the
// resource scopes Zensync may ask for. A request for any other scope is refused at the
// authorization step with invalid_scope.
var knownScopes = []string{
	"read", "write", "impersonate",
	"tickets:read", "tickets:write", "users:read", "users:write",
	"organizations:read", "organizations:write", "hc:read", "hc:write",
	"webhooks:read", "webhooks:write", "triggers:read", "triggers:write",
	"auditlogs:read", "macros:read", "macros:write", "requests:read", "requests:write",
	"satisfaction_ratings:read", "satisfaction_ratings:write",
}

// Can reports whether the principal's token carries a scope for the access: "read" grants
// every GET, "write" every POST/PUT/PATCH/DELETE, and "<resource>:read" or "<resource>:write"
// grants that access to one resource (resource is e.g. "tickets", "users", "hc", "webhooks").
// As at Zendesk, write does not imply read. Role checks are separate (IsAdmin).
func (p Principal) Can(write bool, resource string) bool {
	global, specific := "read", resource+":read"
	if write {
		global, specific = "write", resource+":write"
	}
	return slices.Contains(p.Scopes, global) || (resource != "" && slices.Contains(p.Scopes, specific))
}

// IsAdmin reports whether the principal is an admin (creating webhooks and triggers needs one).
func (p Principal) IsAdmin() bool { return p.Role == "admin" }

// IsStaff reports whether the principal is an agent or admin.
func (p Principal) IsStaff() bool { return p.Role == "admin" || p.Role == "agent" }

// ForbiddenDescription is the description Zendesk puts on 403 answers.
const ForbiddenDescription = "You do not have access to this page. Please contact the account owner of this help desk for further help."

// Forbidden is Zendesk's 403 body, for a missing scope or role.
func Forbidden() *httpjson.APIError {
	return &httpjson.APIError{Status: http.StatusForbidden, Error_: "Forbidden", Description: ForbiddenDescription}
}

// errInvalidToken is Zendesk's 401 body for an expired, revoked or unknown bearer token.
func errInvalidToken() *httpjson.APIError {
	return &httpjson.APIError{Status: http.StatusUnauthorized, Error_: "invalid_token",
		ErrorDescription: "The access token provided is expired, revoked, malformed or invalid for other reasons."}
}

// errNoCredentials is Zendesk's 401 body for a request without credentials.
func errNoCredentials() *httpjson.APIError {
	return &httpjson.APIError{Status: http.StatusUnauthorized, Error_: "Couldn't authenticate you"}
}

// parseScopes splits a space- (or comma-, or plus-) separated scope string, dropping
// duplicates and keeping order.
func parseScopes(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '+' })
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// unknownScope returns the first scope that is not in knownScopes, or "".
func unknownScope(scopes []string) string {
	for _, sc := range scopes {
		if !slices.Contains(knownScopes, sc) {
			return sc
		}
	}
	return ""
}
