package integration

import "time"

// Capability is what an integration syncs. It decides which setup fields are required.
type Capability string

const (
	Helpdesk          Capability = "helpdesk"
	CRM               Capability = "crm"
	ContentManagement Capability = "content_management"
)

// Capabilities lists every capability in the order the form shows them.
var Capabilities = []Capability{Helpdesk, CRM, ContentManagement}

// Valid reports whether c is one of Capabilities.
func (c Capability) Valid() bool {
	switch c {
	case Helpdesk, CRM, ContentManagement:
		return true
	}
	return false
}

// DisplayName is the label shown in the form and the list ("Helpdesk", "CRM", "Content Management").
func (c Capability) DisplayName() string {
	switch c {
	case Helpdesk:
		return "Helpdesk"
	case CRM:
		return "CRM"
	case ContentManagement:
		return "Content Management"
	}
	return string(c)
}

// NeedsOAuthSetup reports whether the capability requires Pull Record By, the OAuth client
// identifier, the backfill start date and the poll interval (Helpdesk and CRM do).
func (c Capability) NeedsOAuthSetup() bool { return c == Helpdesk || c == CRM }

// PullRecordBy chooses which timestamp drives incremental sync.
type PullRecordBy string

const (
	PullByCreatedTime PullRecordBy = "created_time"
	PullByUpdatedTime PullRecordBy = "updated_time"
)

// Valid reports whether p is Created Time or Updated Time.
func (p PullRecordBy) Valid() bool { return p == PullByCreatedTime || p == PullByUpdatedTime }

// Environment labels whether a Content Management account is production or a sandbox. Sandboxes
// are separate accounts with their own subdomain; the label changes nothing else.
type Environment string

const (
	Production Environment = "production"
	Sandbox    Environment = "sandbox"
)

// Valid reports whether e is empty (not chosen), production or sandbox.
func (e Environment) Valid() bool { return e == "" || e == Production || e == Sandbox }

// Status is the stored connection state of an integration.
type Status string

const (
	StatusNotConnected  Status = "not_connected"
	StatusConnected     Status = "connected"
	StatusTokenExpiring Status = "token_expiring" // derived by EffectiveStatus, not stored
	StatusTokenExpired  Status = "token_expired"
	StatusError         Status = "error"
)

// WebhookState says whether Zendesk pushes ticket changes to this integration.
type WebhookState string

const (
	WebhookNone      WebhookState = "none"        // never registered (not connected, or Content Management)
	WebhookNoBaseURL WebhookState = "no_base_url" // connected, but no public base URL: polling only
	WebhookActive    WebhookState = "active"      // registered and active in Zendesk
	WebhookError     WebhookState = "error"       // registration or delivery failed; see LastError
)

// DefaultPollIntervalMinutes is used when the form leaves the poll interval empty (0).
const DefaultPollIntervalMinutes = 5

// ExpiryWarning is how long before its expiry a token is reported as expiring.
const ExpiryWarning = 24 * time.Hour

// Integration is one saved Zendesk connection. Secrets (client secret, tokens) are never here:
// they live in the keyring; HasClientSecret only records that one was saved.
type Integration struct {
	ID                  string // UUID, the instance id used in keyring keys and webhook URLs
	Name                string
	Capability          Capability
	Domain              string // the core subdomain: "acme" for acme.zendesk.com
	PullRecordBy        PullRecordBy
	BackfillStart       time.Time // a date (UTC midnight); zero when not set
	OAuthClientID       string
	HasClientSecret     bool
	Environment         Environment
	HelpCenterLocale    string
	PollIntervalMinutes int
	WebhookBaseURL      string
	Status              Status
	StatusMessage       string
	TokenExpiresAt      *time.Time
	ConnectedAt         *time.Time
	LastSyncAt          *time.Time // the end of the last successful sync (nil: none yet)
	LastAttemptAt       *time.Time // the end of the last sync run, successful or not
	LastError           string     // why the last run (or sign-in) failed; empty when it succeeded
	WebhookID           string
	WebhookState        WebhookState
	CreatedAt           time.Time
	UpdatedAt           time.Time
}

// Host is the Zendesk host the integration connects to, e.g. "acme.zendesk.com".
func (i Integration) Host() string { return Host(i.Domain) }

// EffectiveStatus is the status to show at now: a connected integration whose token expires
// within ExpiryWarning is token_expiring, and one whose token has expired is token_expired.
func (i Integration) EffectiveStatus(now time.Time) Status {
	if i.Status != StatusConnected || i.TokenExpiresAt == nil {
		return i.Status
	}
	switch left := i.TokenExpiresAt.Sub(now); {
	case left <= 0:
		return StatusTokenExpired
	case left <= ExpiryWarning:
		return StatusTokenExpiring
	}
	return StatusConnected
}

// Apply copies a validated, normalised Input (see Normalize) onto i, leaving identity, status,
// tokens, sync and webhook state alone. HasClientSecret is only set when a secret is given;
// the caller clears it explicitly when the secret is removed.
func (i *Integration) Apply(in Input) {
	i.Name = in.Name
	i.Capability = in.Capability
	i.Domain = in.Domain
	i.PullRecordBy = in.PullRecordBy
	i.BackfillStart = time.Time{}
	if d, err := ParseDate(in.BackfillStart); err == nil {
		i.BackfillStart = d
	}
	i.OAuthClientID = in.OAuthClientID
	if in.OAuthClientSecret != "" {
		i.HasClientSecret = true
	}
	i.Environment = in.Environment
	i.HelpCenterLocale = in.HelpCenterLocale
	i.PollIntervalMinutes = in.PollIntervalMinutes
	i.WebhookBaseURL = in.WebhookBaseURL
}

// Input is what the setup and edit form sends. ValidateAt it, then Normalize it, then Apply it.
type Input struct {
	Name                string
	Capability          Capability
	Domain              string // raw: a subdomain, a host or a pasted URL
	PullRecordBy        PullRecordBy
	BackfillStart       string // YYYY-MM-DD, or empty
	OAuthClientID       string
	OAuthClientSecret   string // empty keeps the saved secret on Update
	Environment         Environment
	HelpCenterLocale    string
	PollIntervalMinutes int // 0 means DefaultPollIntervalMinutes
	WebhookBaseURL      string
}

// DateLayout is the layout of BackfillStart in Input and in the database.
const DateLayout = "2006-01-02"

// ParseDate reads a YYYY-MM-DD date as UTC midnight.
func ParseDate(s string) (time.Time, error) { return time.Parse(DateLayout, s) }
