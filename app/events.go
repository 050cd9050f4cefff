package app

// Event names pushed to the front end, as `area:verb`. frontend/src/api/events.ts holds the
// matching EventMap. Events say something changed; the UI refetches.
const (
	EventIntegrationsChanged = "integrations:changed"
	EventOAuthFinished       = "oauth:finished"
	EventSyncProgress        = "sync:progress"
	EventSyncFinished        = "sync:finished"
	EventTicketsChanged      = "tickets:changed"
	EventWebhookReceived     = "webhook:received"
	EventExportProgress      = "export:progress" // export.Update, a few times a second
	EventExportFinished      = "export:finished" // export.Update with state done, cancelled or failed
)

// IntegrationsChanged is the payload of integrations:changed: which integration changed.
type IntegrationsChanged struct {
	ID string `json:"id"`
}
