package webhook

import (
	"context"
	"time"

	"zensync/backend/integration"
)

// Integrations reads saved integrations (store.IntegrationRepo). Get wraps store.ErrNotFound
// for an id that does not exist.
type Integrations interface {
	Get(ctx context.Context, id string) (integration.Integration, error)
}

// WebhookStates records the webhook id and state on the integration row (store.IntegrationRepo).
type WebhookStates interface {
	SetWebhook(ctx context.Context, id, webhookID string, state integration.WebhookState) error
}

// Secrets is the keyring (secrets.Store). Get fails (with the store's not-found error) when the
// key has no value.
type Secrets interface {
	Get(ctx context.Context, key string) (string, error)
	Set(ctx context.Context, key, value string) error
	Delete(ctx context.Context, key string) error
}

// SecretKey is the keyring key of an integration's webhook signing secret.
func SecretKey(integrationID string) string { return "webhook-secret:" + integrationID }

// Activity is what a flush adds to one Activity row: Count deliveries of one integration (empty
// when the request named no known integration), outcome and reason in the period starting at
// Bucket. The writer adds Count to the row of that key, creating it at At, and rewrites its text
// with Message(new total).
type Activity struct {
	At            time.Time
	Bucket        time.Time
	IntegrationID string
	Accepted      bool
	Reason        string // a reason code (reasons.go), ReasonDuplicate or "" for stored events
	EventType     string // of the latest accepted event
	Count         int
}

// ActivityWriter adds the counts to Activity (the app adapts store's ActivityRepo.AddCounted to it).
type ActivityWriter func(ctx context.Context, entries []Activity) error
