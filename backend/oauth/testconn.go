package oauth

import (
	"context"
	"errors"
	"fmt"
	"math"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// TestKind names the outcome of Test Connection; the front end branches on it.
type TestKind string

const (
	TestSuccess        TestKind = "success"
	TestDomainNotFound TestKind = "domain_not_found"
	TestTokenExpired   TestKind = "token_expired"
	TestNotAdmin       TestKind = "not_admin"
	TestMissingScope   TestKind = "missing_scope"
	TestRateLimited    TestKind = "rate_limited"
	TestOffline        TestKind = "offline"
	TestNotConnected   TestKind = "not_connected"
	TestError          TestKind = "error"
)

// TestResult says in words what calling Zendesk as the stored token gave.
type TestResult struct {
	OK                bool     `json:"ok"`
	Kind              TestKind `json:"kind"`
	Message           string   `json:"message"`
	UserName          string   `json:"userName"`
	UserEmail         string   `json:"userEmail"`
	Role              string   `json:"role"`
	RetryAfterSeconds int      `json:"retryAfterSeconds"`
}

// TestConnection calls GET /api/v2/users/me.json as the integration's token (refreshing it if
// due) and classifies the answer. Only an admin is a success: Zensync creates webhooks, which
// needs one. It also records the outcome on the row: token_expired on a refused token, and
// connected again after a success.
func (m *Manager) TestConnection(ctx context.Context, in integration.Integration) TestResult {
	host := in.Host()
	c, err := m.Client(ctx, in)
	if err != nil {
		return classify(err, host)
	}
	me, err := c.Me(ctx)
	if err != nil {
		r := classify(err, host)
		if r.Kind == TestTokenExpired {
			m.markExpired(ctx, in.ID)
		}
		return r
	}
	r := TestResult{UserName: me.Name, UserEmail: me.Email, Role: me.Role}
	if msg := roleProblem(in.Capability, me, host); msg != "" {
		r.Kind, r.Message = TestNotAdmin, msg
		return r
	}
	r.OK, r.Kind = true, TestSuccess
	r.Message = fmt.Sprintf("Signed in as %s (%s)", me.Name, me.Role)
	if in.Status != integration.StatusConnected {
		if err := m.cfg.Store.SetStatus(ctx, in.ID, integration.StatusConnected, ""); err != nil {
			m.log.Warn("could not record the connection as working", "integration_id", in.ID, "err", err)
		}
	}
	return r
}

// classify turns a failure to reach users/me into a result in words.
func classify(err error, host string) TestResult {
	var rl *zendesk.RateLimitError
	var se *zendesk.ServerError
	switch {
	case errors.Is(err, ErrNotConnected):
		return TestResult{Kind: TestNotConnected, Message: "Not connected yet: click Connect to sign in to " + host + "."}
	case errors.Is(err, zendesk.ErrUnauthorized):
		return TestResult{Kind: TestTokenExpired, Message: "The token expired or was revoked. Re-generate it under Edit → Authentication."}
	case errors.Is(err, zendesk.ErrForbidden):
		return TestResult{Kind: TestMissingScope, Message: "Zendesk refused the request: the token lacks the scopes Zensync needs (read, and webhooks:write for Helpdesk and CRM), or the user is not allowed. Re-generate the token as an admin."}
	case errors.Is(err, zendesk.ErrDomainNotFound):
		return TestResult{Kind: TestDomainNotFound, Message: "No Zendesk account answers at " + host + ". Check the Zendesk domain."}
	case errors.As(err, &rl):
		secs := int(math.Ceil(rl.RetryAfter.Seconds()))
		return TestResult{Kind: TestRateLimited, RetryAfterSeconds: secs,
			Message: fmt.Sprintf("Zendesk is rate limiting requests. Try again in %d seconds.", secs)}
	case errors.Is(err, zendesk.ErrOffline):
		return TestResult{Kind: TestOffline, Message: "Cannot reach " + host + ". Check the network connection."}
	case errors.As(err, &se):
		return TestResult{Kind: TestError, Message: fmt.Sprintf("Zendesk answered with a server error (%d). Try again later.", se.Status)}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return TestResult{Kind: TestError, Message: "The test was cancelled or took too long."}
	}
	return TestResult{Kind: TestError, Message: "The test failed: " + err.Error()}
}

// roleProblem says why the signed-in user cannot serve the capability, or "" when they can.
// Helpdesk and CRM create the webhook, which takes an admin; Content Management only reads the
// Help Center, which an agent may do too.
func roleProblem(c integration.Capability, me zendesk.User, host string) string {
	switch {
	case me.Role == zendesk.RoleAdmin:
		return ""
	case c.NeedsOAuthSetup():
		return fmt.Sprintf("Signed in as %s (%s), but Zensync needs an admin: it creates the webhook. Re-generate the token as an admin of %s.", me.Name, me.Role, host)
	case me.Role == "agent":
		return ""
	default:
		return fmt.Sprintf("Signed in as %s (%s), but reading the Help Center takes an agent or an admin. Re-generate the token as one of %s.", me.Name, me.Role, host)
	}
}
