package webhook

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// Check is one line of the Verify view: what an admin would look at in Admin Center.
type Check struct {
	ID     string `json:"id"` // exists, name, active, endpoint, ticket_created, ticket_updated
	Label  string `json:"label"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// VerifyReport is the outcome of Verify. OK is true when every check passed and the test
// delivery arrived.
type VerifyReport struct {
	WebhookID   string  `json:"webhookId"`
	Endpoint    string  `json:"endpoint"`
	Checks      []Check `json:"checks"`
	TestSent    bool    `json:"testSent"`
	TestArrived bool    `json:"testArrived"`
	TestDetail  string  `json:"testDetail"`
	OK          bool    `json:"ok"`
}

// DeliveryWaiter is the listener as Verify uses it.
type DeliveryWaiter interface {
	Running() bool
	AwaitDelivery(integrationID, nonce string) (<-chan struct{}, func())
}

// Verifier checks an integration's webhook at Zendesk and sends a test delivery through the tunnel.
type Verifier struct {
	client   ClientFunc
	listener DeliveryWaiter
	timeout  time.Duration
}

// NewVerifier returns a verifier that waits up to timeout (5 s when 0) for the test delivery.
func NewVerifier(client ClientFunc, listener DeliveryWaiter, timeout time.Duration) *Verifier {
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	return &Verifier{client: client, listener: listener, timeout: timeout}
}

// Verify fetches the integration's webhook from Zendesk and reports each check with a tick or a
// cross. An error means Zendesk could not be asked at all (token, network); a webhook that is
// missing or wrong is a report with crosses, not an error.
func (v *Verifier) Verify(ctx context.Context, in integration.Integration) (VerifyReport, error) {
	rep := VerifyReport{}
	wantEndpoint, endpointErr := "", error(nil)
	if strings.TrimSpace(in.WebhookBaseURL) == "" {
		endpointErr = fmt.Errorf("no public base URL is set: %s", OffMessage)
	} else {
		wantEndpoint, endpointErr = Endpoint(in.WebhookBaseURL, in.ID)
	}
	rep.Endpoint = wantEndpoint
	c, err := v.client(ctx, in)
	if err != nil {
		return rep, err
	}
	hook, found, err := findOne(ctx, c, in)
	if err != nil {
		return rep, err
	}
	if !found {
		rep.Checks = append(rep.Checks, Check{ID: "exists", Label: "Webhook exists", Detail: "No webhook named " + Name(in.ID) + " in Zendesk. Save the integration (Edit) to create it."})
		rep.TestDetail = "Not sent: there is no webhook to test."
		return rep, nil
	}
	rep.WebhookID = hook.ID
	rep.Checks = checksFor(hook, in.ID, wantEndpoint, endpointErr)
	v.sendTest(ctx, c, in.ID, hook.ID, &rep)
	rep.OK = rep.TestArrived && !slices.ContainsFunc(rep.Checks, func(c Check) bool { return !c.OK })
	return rep, nil
}

func findOne(ctx context.Context, c *zendesk.Client, in integration.Integration) (zendesk.Webhook, bool, error) {
	if in.WebhookID != "" {
		w, err := c.ShowWebhook(ctx, in.WebhookID)
		if err == nil {
			return w, true, nil
		}
		if !isNotFound(err) {
			return zendesk.Webhook{}, false, fmt.Errorf("reading webhook %s: %w", in.WebhookID, err)
		}
	}
	list, err := c.ListWebhooks(ctx, Name(in.ID))
	if err != nil {
		return zendesk.Webhook{}, false, fmt.Errorf("listing webhooks: %w", err)
	}
	for _, w := range list {
		if strings.Contains(w.Name, in.ID) {
			return w, true, nil
		}
	}
	return zendesk.Webhook{}, false, nil
}

// checksFor lists what Admin Center would show about hook.
func checksFor(hook zendesk.Webhook, id, wantEndpoint string, endpointErr error) []Check {
	out := []Check{
		{ID: "exists", Label: "Webhook exists", OK: true, Detail: fmt.Sprintf("%q (id %s)", hook.Name, hook.ID)},
		{ID: "name", Label: "Name carries the instance id", OK: strings.Contains(hook.Name, id), Detail: hook.Name},
		{ID: "active", Label: "Status is active", OK: hook.Status == zendesk.WebhookStatusActive, Detail: "Status: " + hook.Status},
	}
	ep := Check{ID: "endpoint", Label: "Endpoint URL is right", Detail: hook.Endpoint}
	switch {
	case endpointErr != nil:
		ep.Detail = endpointErr.Error()
	case hook.Endpoint == wantEndpoint && strings.EqualFold(hook.HTTPMethod, "POST") && strings.EqualFold(hook.RequestFormat, "json"):
		ep.OK = true
		ep.Detail = "POST JSON to " + hook.Endpoint
	default:
		ep.Detail = fmt.Sprintf("%s %s to %s; expected POST json to %s", hook.HTTPMethod, hook.RequestFormat, hook.Endpoint, wantEndpoint)
	}
	out = append(out, ep)
	created := Check{ID: "ticket_created", Label: "Event subscriptions: Ticket Created", OK: slices.Contains(hook.Subscriptions, TicketCreated)}
	created.Detail = map[bool]string{true: TicketCreated, false: "Not subscribed to " + TicketCreated}[created.OK]
	var missing []string
	for _, t := range TicketUpdatedTypes {
		if !slices.Contains(hook.Subscriptions, t) {
			missing = append(missing, strings.TrimPrefix(t, EventTypePrefix))
		}
	}
	updated := Check{ID: "ticket_updated", Label: "Event subscriptions: Ticket Updated (every type)", OK: len(missing) == 0}
	if updated.OK {
		updated.Detail = fmt.Sprintf("All %d ticket change types", len(TicketUpdatedTypes))
	} else {
		updated.Detail = "Missing: " + strings.Join(missing, ", ")
	}
	return append(out, created, updated)
}

// sendTest asks Zendesk to send a test request and waits for a signed delivery at the listener.
func (v *Verifier) sendTest(ctx context.Context, c *zendesk.Client, integrationID, webhookID string, rep *VerifyReport) {
	if !v.listener.Running() {
		rep.TestDetail = "Not sent: the webhook listener is not running."
		return
	}
	nonce := randomHex(8)
	arrived, cancel := v.listener.AwaitDelivery(integrationID, "")
	defer cancel()
	payload := fmt.Sprintf(`{"type":"zensync:verify","id":"verify-%s","detail":{"note":"Zensync webhook test"}}`, nonce)
	start := time.Now()
	resp, err := c.TestWebhook(ctx, webhookID, zendesk.WebhookTestRequest{Payload: payload})
	if err != nil {
		rep.TestDetail = "Zendesk refused the test send: " + err.Error()
		return
	}
	rep.TestSent = true
	timer := time.NewTimer(v.timeout)
	defer timer.Stop()
	select {
	case <-arrived:
		rep.TestArrived = true
		rep.TestDetail = fmt.Sprintf("A signed test delivery reached the listener in %d ms.", time.Since(start).Milliseconds())
	case <-timer.C:
		rep.TestDetail = fmt.Sprintf("No signed delivery reached the listener within %s (Zendesk reports the endpoint answered %d). Check the tunnel and the public base URL.", v.timeout, resp.StatusCode)
	case <-ctx.Done():
		rep.TestDetail = "Cancelled while waiting for the test delivery."
	}
}

func isNotFound(err error) bool {
	return err != nil && (errors.Is(err, zendesk.ErrNotFound))
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
