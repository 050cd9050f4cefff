package app

import "zensync/backend/webhook"

// WebhookCheck is one tick or cross of the Verify webhook view.
type WebhookCheck struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// VerifyReport is what Verify webhook shows: each check, then the test delivery through the tunnel.
type VerifyReport struct {
	IntegrationID string         `json:"integrationId"`
	WebhookID     string         `json:"webhookId"`
	Endpoint      string         `json:"endpoint"`
	Checks        []WebhookCheck `json:"checks"`
	TestSent      bool           `json:"testSent"`
	TestArrived   bool           `json:"testArrived"`
	TestDetail    string         `json:"testDetail"`
	OK            bool           `json:"ok"`
	// Off is true when the integration has no public base URL; Message then says how to turn
	// webhooks on.
	Off     bool   `json:"off"`
	Message string `json:"message"`
}

func toVerifyReport(id string, r webhook.VerifyReport) VerifyReport {
	out := VerifyReport{IntegrationID: id, WebhookID: r.WebhookID, Endpoint: r.Endpoint, TestSent: r.TestSent,
		TestArrived: r.TestArrived, TestDetail: r.TestDetail, OK: r.OK, Checks: []WebhookCheck{}}
	for _, c := range r.Checks {
		out.Checks = append(out.Checks, WebhookCheck{ID: c.ID, Label: c.Label, OK: c.OK, Detail: c.Detail})
	}
	return out
}

// ListenerStatus is the webhook listener as the app shows it.
type ListenerStatus struct {
	Address    string `json:"address"` // configured host:port
	Running    bool   `json:"running"`
	Error      string `json:"error"` // why it is not running (e.g. the port is in use)
	Received   int64  `json:"received"`
	Accepted   int64  `json:"accepted"`
	Duplicates int64  `json:"duplicates"`
	Rejected   int64  `json:"rejected"`
}

// WebhookReceived is the payload of the webhook:received event (at most one per integration and
// outcome per second; Count says how many deliveries it stands for).
type WebhookReceived struct {
	IntegrationID string `json:"integrationId"`
	Accepted      bool   `json:"accepted"`
	Reason        string `json:"reason,omitempty"`
	EventType     string `json:"eventType,omitempty"`
	Count         int    `json:"count"`
}

// TicketsChanged is the payload of the tickets:changed event.
type TicketsChanged struct {
	IntegrationID string `json:"integrationId"`
}
