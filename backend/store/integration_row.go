package store

import (
	"time"

	"zensync/backend/integration"
)

// integrationRow is the integrations table as GORM sees it. It never leaves this package.
type integrationRow struct {
	ID                  string `gorm:"primaryKey"`
	Name                string
	Capability          string
	Domain              string
	PullRecordBy        string
	BackfillStart       string
	OAuthClientID       string `gorm:"column:oauth_client_id"`
	HasClientSecret     bool
	Environment         string
	HelpCenterLocale    string
	PollIntervalMinutes int
	WebhookBaseURL      string `gorm:"column:webhook_base_url"`
	Status              string
	StatusMessage       string
	TokenExpiresAt      *time.Time
	ConnectedAt         *time.Time
	LastSyncAt          *time.Time
	LastAttemptAt       *time.Time
	LastError           string
	WebhookID           string `gorm:"column:webhook_id"`
	WebhookState        string
	CreatedAt           time.Time `gorm:"autoCreateTime:false"`
	UpdatedAt           time.Time `gorm:"autoUpdateTime:false"`
}

func (integrationRow) TableName() string { return "integrations" }

// editableColumns are the columns Update writes: the form's fields, never status or sync state.
var editableColumns = []string{
	"name", "capability", "domain", "pull_record_by", "backfill_start", "oauth_client_id",
	"has_client_secret", "environment", "help_center_locale", "poll_interval_minutes",
	"webhook_base_url", "updated_at",
}

func toIntegrationRow(i integration.Integration) integrationRow {
	r := integrationRow{
		ID:                  i.ID,
		Name:                i.Name,
		Capability:          string(i.Capability),
		Domain:              i.Domain,
		PullRecordBy:        string(i.PullRecordBy),
		OAuthClientID:       i.OAuthClientID,
		HasClientSecret:     i.HasClientSecret,
		Environment:         string(i.Environment),
		HelpCenterLocale:    i.HelpCenterLocale,
		PollIntervalMinutes: i.PollIntervalMinutes,
		WebhookBaseURL:      i.WebhookBaseURL,
		Status:              string(i.Status),
		StatusMessage:       i.StatusMessage,
		TokenExpiresAt:      utcPtr(i.TokenExpiresAt),
		ConnectedAt:         utcPtr(i.ConnectedAt),
		LastSyncAt:          utcPtr(i.LastSyncAt),
		LastAttemptAt:       utcPtr(i.LastAttemptAt),
		LastError:           i.LastError,
		WebhookID:           i.WebhookID,
		WebhookState:        string(i.WebhookState),
		CreatedAt:           i.CreatedAt.UTC(),
		UpdatedAt:           i.UpdatedAt.UTC(),
	}
	if !i.BackfillStart.IsZero() {
		r.BackfillStart = i.BackfillStart.UTC().Format(integration.DateLayout)
	}
	if r.Status == "" {
		r.Status = string(integration.StatusNotConnected)
	}
	if r.WebhookState == "" {
		r.WebhookState = string(integration.WebhookNone)
	}
	return r
}

func (r integrationRow) toDomain() integration.Integration {
	i := integration.Integration{
		ID:                  r.ID,
		Name:                r.Name,
		Capability:          integration.Capability(r.Capability),
		Domain:              r.Domain,
		PullRecordBy:        integration.PullRecordBy(r.PullRecordBy),
		OAuthClientID:       r.OAuthClientID,
		HasClientSecret:     r.HasClientSecret,
		Environment:         integration.Environment(r.Environment),
		HelpCenterLocale:    r.HelpCenterLocale,
		PollIntervalMinutes: r.PollIntervalMinutes,
		WebhookBaseURL:      r.WebhookBaseURL,
		Status:              integration.Status(r.Status),
		StatusMessage:       r.StatusMessage,
		TokenExpiresAt:      utcPtr(r.TokenExpiresAt),
		ConnectedAt:         utcPtr(r.ConnectedAt),
		LastSyncAt:          utcPtr(r.LastSyncAt),
		LastAttemptAt:       utcPtr(r.LastAttemptAt),
		LastError:           r.LastError,
		WebhookID:           r.WebhookID,
		WebhookState:        integration.WebhookState(r.WebhookState),
		CreatedAt:           r.CreatedAt.UTC(),
		UpdatedAt:           r.UpdatedAt.UTC(),
	}
	if d, err := integration.ParseDate(r.BackfillStart); err == nil {
		i.BackfillStart = d
	}
	return i
}

func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
