package webhook

import "net/http"

// Reason codes of refused requests. They are the only trace a refused request leaves: the answer
// body, the log line and the Activity row carry the code's fixed text, never the method, path,
// headers or body of the request (which anyone on the internet can choose).
const (
	ReasonMethodNotAllowed   = "method_not_allowed"
	ReasonNotFound           = "not_found"           // a path the listener does not serve
	ReasonUnknownIntegration = "unknown_integration" // no such (or a deleted) integration
	ReasonBodyTooLarge       = "body_too_large"
	ReasonBodyUnreadable     = "body_unreadable"
	ReasonMissingSignature   = "missing_signature"
	ReasonBadTimestamp       = "bad_timestamp"
	ReasonNotRegistered      = "not_registered" // no signing secret: the webhook is not registered
	ReasonBadSignature       = "bad_signature"
	ReasonTestSecret         = "test_secret"
	ReasonStaleTimestamp     = "stale_timestamp" // outside the replay window
	ReasonMalformedJSON      = "malformed_json"
	ReasonUnavailable        = "unavailable" // the database could not be read or written: retry
)

// reasonInfo is the status a reason answers with and its fixed text (answer body and Activity).
type reasonInfo struct {
	status int
	text   string
}

var reasons = map[string]reasonInfo{
	ReasonMethodNotAllowed:   {http.StatusMethodNotAllowed, "method not allowed"},
	ReasonNotFound:           {http.StatusNotFound, "not found"},
	ReasonUnknownIntegration: {http.StatusNotFound, "unknown or deleted integration"},
	ReasonBodyTooLarge:       {http.StatusRequestEntityTooLarge, "body over the size limit"},
	ReasonBodyUnreadable:     {http.StatusBadRequest, "could not read the body"},
	ReasonMissingSignature:   {http.StatusBadRequest, "missing signature or timestamp header"},
	ReasonBadTimestamp:       {http.StatusBadRequest, "unreadable signature timestamp"},
	ReasonNotRegistered:      {http.StatusUnauthorized, "no signing secret for this integration (webhook not registered)"},
	ReasonBadSignature:       {http.StatusUnauthorized, "bad signature"},
	ReasonTestSecret:         {http.StatusUnauthorized, "signed with Zendesk's public test secret"},
	ReasonStaleTimestamp:     {http.StatusUnauthorized, "timestamp more than 5 minutes from now (replay?)"},
	ReasonMalformedJSON:      {http.StatusBadRequest, "malformed JSON"},
	ReasonUnavailable:        {http.StatusServiceUnavailable, "temporarily unavailable, retry later"},
}

// ReasonText is the fixed description of a reason code ("" for an unknown code).
func ReasonText(code string) string { return reasons[code].text }
