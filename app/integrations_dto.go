package app

import (
	"time"

	"zensync/backend/integration"
)

// IntegrationDTO is one saved integration as the front end sees it. Times are RFC 3339 in UTC
// ("2026-11-25T09:00:00Z"); an empty string means "never" / "not set". Status is the effective
// one: a connected integration whose token expires within a day shows token_expiring.
type IntegrationDTO struct {
	ID                  string     `json:"id"`
	Name                string     `json:"name"`
	Capability          string     `json:"capability"`
	Domain              string     `json:"domain"`
	Host                string     `json:"host"`
	PullRecordBy        string     `json:"pullRecordBy"`
	BackfillStart       string     `json:"backfillStart"` // YYYY-MM-DD or ""
	OAuthClientID       string     `json:"oauthClientId"`
	HasClientSecret     bool       `json:"hasClientSecret"`
	Environment         string     `json:"environment"`
	HelpCenterLocale    string     `json:"helpCenterLocale"`
	PollIntervalMinutes int        `json:"pollIntervalMinutes"`
	WebhookBaseURL      string     `json:"webhookBaseUrl"`
	Status              string     `json:"status"` // not_connected|connected|token_expiring|token_expired|error
	StatusMessage       string     `json:"statusMessage"`
	TokenExpiresAt      string     `json:"tokenExpiresAt"`
	LastSyncAt          string     `json:"lastSyncAt"`    // the last successful sync
	LastAttemptAt       string     `json:"lastAttemptAt"` // the last sync run, whatever its outcome
	LastError           string     `json:"lastError"`
	WebhookState        string     `json:"webhookState"` // none|no_base_url|active|error
	Counts              SyncCounts `json:"counts"`       // records kept locally
	CreatedAt           string     `json:"createdAt"`
	UpdatedAt           string     `json:"updatedAt"`
}

// IntegrationInput is what the setup and edit form sends. An empty oauthClientSecret on Update
// keeps the saved secret; clearClientSecret removes it (a public client needs none).
type IntegrationInput struct {
	Name                string `json:"name"`
	Capability          string `json:"capability"`
	Domain              string `json:"domain"`
	PullRecordBy        string `json:"pullRecordBy"`
	BackfillStart       string `json:"backfillStart"`
	OAuthClientID       string `json:"oauthClientId"`
	OAuthClientSecret   string `json:"oauthClientSecret"`
	ClearClientSecret   bool   `json:"clearClientSecret"`
	Environment         string `json:"environment"`
	HelpCenterLocale    string `json:"helpCenterLocale"`
	PollIntervalMinutes int    `json:"pollIntervalMinutes"`
	WebhookBaseURL      string `json:"webhookBaseUrl"`
}

// DomainCheck answers the form's live domain check: ok with the core domain and the host it
// will connect to, or a message saying why not.
type DomainCheck struct {
	OK      bool   `json:"ok"`
	Domain  string `json:"domain"`
	Host    string `json:"host"`
	Message string `json:"message"`
}

func (in IntegrationInput) toDomain() integration.Input {
	return integration.Input{
		Name:                in.Name,
		Capability:          integration.Capability(in.Capability),
		Domain:              in.Domain,
		PullRecordBy:        integration.PullRecordBy(in.PullRecordBy),
		BackfillStart:       in.BackfillStart,
		OAuthClientID:       in.OAuthClientID,
		OAuthClientSecret:   in.OAuthClientSecret,
		Environment:         integration.Environment(in.Environment),
		HelpCenterLocale:    in.HelpCenterLocale,
		PollIntervalMinutes: in.PollIntervalMinutes,
		WebhookBaseURL:      in.WebhookBaseURL,
	}
}

func toIntegrationDTO(i integration.Integration, now time.Time) IntegrationDTO {
	d := IntegrationDTO{
		ID:                  i.ID,
		Name:                i.Name,
		Capability:          string(i.Capability),
		Domain:              i.Domain,
		Host:                i.Host(),
		PullRecordBy:        string(i.PullRecordBy),
		OAuthClientID:       i.OAuthClientID,
		HasClientSecret:     i.HasClientSecret,
		Environment:         string(i.Environment),
		HelpCenterLocale:    i.HelpCenterLocale,
		PollIntervalMinutes: i.PollIntervalMinutes,
		WebhookBaseURL:      i.WebhookBaseURL,
		Status:              string(i.EffectiveStatus(now)),
		StatusMessage:       i.StatusMessage,
		TokenExpiresAt:      timeText(i.TokenExpiresAt),
		LastSyncAt:          timeText(i.LastSyncAt),
		LastAttemptAt:       timeText(i.LastAttemptAt),
		LastError:           i.LastError,
		WebhookState:        string(i.WebhookState),
		CreatedAt:           timeText(&i.CreatedAt),
		UpdatedAt:           timeText(&i.UpdatedAt),
	}
	if !i.BackfillStart.IsZero() {
		d.BackfillStart = i.BackfillStart.Format(integration.DateLayout)
	}
	return d
}

func timeText(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
