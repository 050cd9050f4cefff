package wire

import "time"

// Webhook is a Zendesk webhook (ZENDESK_API.md §8). Subscriptions holds event types
// ("zen:event-type:ticket.created") or "conditional_ticket_events" for trigger-connected ones.
// Zendesk's answers carry no password or token (Authentication shows its type, its position
// and a basic_auth username) and no updated_at until the first update; a create or update sends
// only what is set.
type Webhook struct {
	ID             string            `json:"id,omitempty"`
	Name           string            `json:"name"`
	Status         string            `json:"status"` // active or inactive
	Endpoint       string            `json:"endpoint"`
	HTTPMethod     string            `json:"http_method"`
	RequestFormat  string            `json:"request_format"`
	Subscriptions  []string          `json:"subscriptions"`
	Description    string            `json:"description,omitempty"`
	Authentication *WebhookAuth      `json:"authentication,omitempty"`
	CustomHeaders  map[string]string `json:"custom_headers,omitempty"`
	CreatedAt      time.Time         `json:"created_at,omitzero"`
	CreatedBy      string            `json:"created_by,omitempty"`
	UpdatedAt      time.Time         `json:"updated_at,omitzero"`
	UpdatedBy      string            `json:"updated_by,omitempty"`
}

// WebhookAuth is a webhook's outgoing authentication; Data (the credentials) is sent when a
// webhook is created or updated, and shown back only as a basic_auth username.
type WebhookAuth struct {
	Type        string         `json:"type"`
	AddPosition string         `json:"add_position,omitempty"`
	Data        map[string]any `json:"data,omitempty"`
}
