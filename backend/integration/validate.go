package integration

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Field keys of FieldErrors: the JSON names the form uses.
const (
	FieldName                = "name"
	FieldCapability          = "capability"
	FieldDomain              = "domain"
	FieldPullRecordBy        = "pullRecordBy"
	FieldBackfillStart       = "backfillStart"
	FieldOAuthClientID       = "oauthClientId"
	FieldOAuthClientSecret   = "oauthClientSecret"
	FieldEnvironment         = "environment"
	FieldHelpCenterLocale    = "helpCenterLocale"
	FieldPollIntervalMinutes = "pollIntervalMinutes"
	FieldWebhookBaseURL      = "webhookBaseUrl"
)

// Limits shared with the form (see Rules).
const (
	MaxNameLength         = 100
	MaxClientIDLength     = 255
	MaxClientSecretLength = 1024
	MinPollInterval       = 1
	MaxPollInterval       = 1440
)

// FieldErrors maps a field key to a message in words. Empty means the input is valid.
type FieldErrors map[string]string

// Error lists the messages, so FieldErrors can travel as an error.
func (fe FieldErrors) Error() string {
	keys := make([]string, 0, len(fe))
	for k := range fe {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for n, k := range keys {
		parts[n] = k + ": " + fe[k]
	}
	return "invalid integration: " + strings.Join(parts, "; ")
}

// Err returns fe as an error, or nil when there is nothing wrong.
func (fe FieldErrors) Err() error {
	if len(fe) == 0 {
		return nil
	}
	return fe
}

var localePattern = regexp.MustCompile(`^[a-z]{2,3}(-[a-z0-9]{2,8})*$`)

// ValidateAt checks a form against the rules in the package documentation; now is today (the
// backfill start may not be after it).
func ValidateAt(in Input, now time.Time) FieldErrors {
	fe := FieldErrors{}
	in = trimmed(in)
	needs := in.Capability.NeedsOAuthSetup()

	switch name := in.Name; {
	case name == "":
		fe[FieldName] = "Enter a name for this integration."
	case len([]rune(name)) > MaxNameLength:
		fe[FieldName] = fmt.Sprintf("Use at most %d characters.", MaxNameLength)
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		fe[FieldName] = "The name cannot contain line breaks or control characters."
	}
	if !in.Capability.Valid() {
		fe[FieldCapability] = "Choose Helpdesk, CRM or Content Management."
	}
	if _, err := NormalizeDomain(in.Domain); err != nil {
		fe[FieldDomain] = err.Error()
	}

	switch {
	case in.PullRecordBy == "" && needs:
		fe[FieldPullRecordBy] = "Choose Created Time or Updated Time."
	case in.PullRecordBy != "" && !in.PullRecordBy.Valid():
		fe[FieldPullRecordBy] = "Choose Created Time or Updated Time."
	}
	if msg := checkBackfill(in.BackfillStart, now); msg != "" {
		fe[FieldBackfillStart] = msg
	}
	if msg := checkClientID(in.OAuthClientID, needs); msg != "" {
		fe[FieldOAuthClientID] = msg
	}
	if len(in.OAuthClientSecret) > MaxClientSecretLength || strings.ContainsAny(in.OAuthClientSecret, " \t\r\n") {
		fe[FieldOAuthClientSecret] = fmt.Sprintf("Paste the secret exactly as Zendesk shows it (no spaces, at most %d characters).", MaxClientSecretLength)
	}
	if p := in.PollIntervalMinutes; p != 0 && (p < MinPollInterval || p > MaxPollInterval) {
		fe[FieldPollIntervalMinutes] = fmt.Sprintf("Poll every %d to %d minutes (%d is one day).", MinPollInterval, MaxPollInterval, MaxPollInterval)
	}
	if in.Capability == ContentManagement {
		if !in.Environment.Valid() {
			fe[FieldEnvironment] = "Choose Production or Sandbox, or leave it empty."
		}
		if l := strings.ToLower(in.HelpCenterLocale); l != "" && !localePattern.MatchString(l) {
			fe[FieldHelpCenterLocale] = "Enter a Help Center locale such as en-us or de, or leave it empty for the default."
		}
	}
	if msg := checkWebhookBaseURL(in.WebhookBaseURL); msg != "" {
		fe[FieldWebhookBaseURL] = msg
	}
	return fe
}

// checkBackfill checks the optional backfill start: empty means the account's whole history.
func checkBackfill(s string, now time.Time) string {
	if s == "" {
		return ""
	}
	d, err := ParseDate(s)
	if err != nil {
		return "Enter a date as YYYY-MM-DD."
	}
	today, _ := ParseDate(now.Format(DateLayout))
	if d.After(today) {
		return "The start date cannot be in the future."
	}
	return ""
}

func checkClientID(s string, required bool) string {
	switch {
	case s == "" && required:
		return "Enter the OAuth client's unique identifier (Admin Center → Apps and integrations → APIs → OAuth clients)."
	case len(s) > MaxClientIDLength:
		return fmt.Sprintf("Use at most %d characters.", MaxClientIDLength)
	case strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0:
		return "The identifier has no spaces: copy it from the OAuth client's Identifier field."
	}
	return ""
}

func checkWebhookBaseURL(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || !u.IsAbs() || u.Host == "" || u.Opaque != "":
		return "Enter the full public address, such as https://example.trycloudflare.com, or leave it empty."
	case u.Scheme != "http" && u.Scheme != "https":
		return "The address must start with https:// (or http://)."
	case u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(s, "?#"):
		return "Leave out any ?query or #fragment: Zensync adds /webhooks/zendesk/<id> to this address."
	case u.User != nil:
		return "Leave out any user name or password."
	}
	return ""
}

// trimmed returns in with surrounding spaces removed from every text field.
func trimmed(in Input) Input {
	in.Name = strings.TrimSpace(in.Name)
	in.Domain = strings.TrimSpace(in.Domain)
	in.BackfillStart = strings.TrimSpace(in.BackfillStart)
	in.OAuthClientID = strings.TrimSpace(in.OAuthClientID)
	in.OAuthClientSecret = strings.TrimSpace(in.OAuthClientSecret)
	in.HelpCenterLocale = strings.TrimSpace(in.HelpCenterLocale)
	in.WebhookBaseURL = strings.TrimSpace(in.WebhookBaseURL)
	return in
}

// Normalize returns in as it is stored: text trimmed, the domain reduced to its core subdomain,
// the locale lower-cased, the poll interval defaulted, a trailing "/" removed from the webhook
// base URL, and environment and locale cleared unless the capability is Content Management.
// Call it after ValidateAt found nothing wrong.
func Normalize(in Input) Input {
	in = trimmed(in)
	if d, err := NormalizeDomain(in.Domain); err == nil {
		in.Domain = d
	}
	in.HelpCenterLocale = strings.ToLower(in.HelpCenterLocale)
	if in.PollIntervalMinutes == 0 {
		in.PollIntervalMinutes = DefaultPollIntervalMinutes
	}
	in.WebhookBaseURL = strings.TrimRight(in.WebhookBaseURL, "/")
	if in.Capability != ContentManagement {
		in.Environment, in.HelpCenterLocale = "", ""
	}
	return in
}
