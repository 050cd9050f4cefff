package app

import "zensync/backend/oauth"

// ConnectStart is what Connect / Re-generate Token returns at once: the sign-in link, opened in
// the system browser and shown in the app to copy. The outcome arrives later as oauth:finished.
type ConnectStart struct {
	AuthURL     string `json:"authUrl"`
	RedirectURL string `json:"redirectUrl"` // the redirect URL to register on the OAuth client
	// BrowserOpened is false when the system browser could not be started; BrowserMessage then
	// says so, and the link is to be copied into a browser by hand.
	BrowserOpened  bool   `json:"browserOpened"`
	BrowserMessage string `json:"browserMessage"`
}

// NoBrowserMessage is what the app says when the system browser could not be opened.
const NoBrowserMessage = "Zensync could not open a browser — copy this link into one."

// OAuthFinished is the payload of the oauth:finished event.
type OAuthFinished struct {
	IntegrationID string `json:"integrationId"`
	OK            bool   `json:"ok"`
	Message       string `json:"message"`
	// Regenerated is true when an integration that had a token got a new one.
	Regenerated bool `json:"regenerated"`
	// Cancelled is true when the admin cancelled (or a new sign-in replaced this one).
	Cancelled bool `json:"cancelled"`
}

// TestResult is Test Connection's answer. Kind is success, domain_not_found, token_expired,
// not_admin, missing_scope, rate_limited, offline, not_connected or error; Message says it in
// words ("Signed in as Jane (admin)").
type TestResult struct {
	OK                bool   `json:"ok"`
	Kind              string `json:"kind"`
	Message           string `json:"message"`
	UserName          string `json:"userName"`
	UserEmail         string `json:"userEmail"`
	Role              string `json:"role"`
	RetryAfterSeconds int    `json:"retryAfterSeconds"`
}

func toTestResult(r oauth.TestResult) TestResult {
	return TestResult{OK: r.OK, Kind: string(r.Kind), Message: r.Message, UserName: r.UserName,
		UserEmail: r.UserEmail, Role: r.Role, RetryAfterSeconds: r.RetryAfterSeconds}
}
