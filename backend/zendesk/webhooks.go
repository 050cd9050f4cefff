package zendesk

import (
	"context"
	"net/http"
	"net/url"
)

// WebhookStatusActive is the status of a webhook that delivers.
const WebhookStatusActive = "active"

// ListWebhooks returns the account's webhooks whose name contains nameContains (all of them
// when it is empty), following cursor pages.
func (c *Client) ListWebhooks(ctx context.Context, nameContains string) ([]Webhook, error) {
	q := "page[size]=100"
	if nameContains != "" {
		q += "&filter[name_contains]=" + url.QueryEscape(nameContains)
	}
	return listCursor[Webhook](ctx, c, "/api/v2/webhooks?"+q, "webhooks")
}

// ShowWebhook returns one webhook; ErrNotFound when it does not exist.
func (c *Client) ShowWebhook(ctx context.Context, id string) (Webhook, error) {
	var out struct {
		Webhook *Webhook `json:"webhook"`
	}
	if err := c.getJSON(ctx, "/api/v2/webhooks/"+url.PathEscape(id), &out); err != nil {
		return Webhook{}, err
	}
	if out.Webhook == nil {
		return Webhook{}, ErrMalformed
	}
	return *out.Webhook, nil
}

// CreateWebhook creates a webhook and returns it with its id.
func (c *Client) CreateWebhook(ctx context.Context, w Webhook) (Webhook, error) {
	w.ID = ""
	var out struct {
		Webhook *Webhook `json:"webhook"`
	}
	if err := c.do(ctx, http.MethodPost, "/api/v2/webhooks", map[string]Webhook{"webhook": w}, &out); err != nil {
		return Webhook{}, err
	}
	if out.Webhook == nil || out.Webhook.ID == "" {
		return Webhook{}, ErrMalformed
	}
	return *out.Webhook, nil
}

// UpdateWebhook replaces a webhook's settings (PUT; Zendesk answers 204).
func (c *Client) UpdateWebhook(ctx context.Context, id string, w Webhook) error {
	w.ID = ""
	return c.do(ctx, http.MethodPut, "/api/v2/webhooks/"+url.PathEscape(id), map[string]Webhook{"webhook": w}, nil)
}

// DeleteWebhook deletes a webhook; ErrNotFound when it is already gone.
func (c *Client) DeleteWebhook(ctx context.Context, id string) error {
	return c.do(ctx, http.MethodDelete, "/api/v2/webhooks/"+url.PathEscape(id), nil, nil)
}

// WebhookSigningSecret returns the secret the webhook signs its deliveries with.
func (c *Client) WebhookSigningSecret(ctx context.Context, id string) (string, error) {
	var out struct {
		SigningSecret *struct {
			Algorithm string `json:"algorithm"`
			Secret    string `json:"secret"`
		} `json:"signing_secret"`
	}
	if err := c.getJSON(ctx, "/api/v2/webhooks/"+url.PathEscape(id)+"/signing_secret", &out); err != nil {
		return "", err
	}
	if out.SigningSecret == nil || out.SigningSecret.Secret == "" {
		return "", ErrMalformed
	}
	return out.SigningSecret.Secret, nil
}

// WebhookTestRequest is the request a test send makes; empty fields take the webhook's own.
type WebhookTestRequest struct {
	Endpoint      string       `json:"endpoint,omitempty"`
	HTTPMethod    string       `json:"http_method,omitempty"`
	RequestFormat string       `json:"request_format,omitempty"`
	Headers       []HeaderPair `json:"headers,omitempty"`
	Payload       string       `json:"payload,omitempty"`
}

// HeaderPair is one header as the webhooks test API lists them.
type HeaderPair struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// WebhookTestResponse is what the endpoint answered the test send, as Zendesk reports it:
// {"response": {"headers": [{key, value}], "status_code", "payload"}}.
type WebhookTestResponse struct {
	StatusCode int          `json:"status_code"`
	Headers    []HeaderPair `json:"headers,omitempty"`
	Payload    string       `json:"payload,omitempty"`
}

// TestWebhook asks Zendesk to send one test request for an existing webhook (POST
// /api/v2/webhooks/test?webhook_id=…), signed with that webhook's secret, and returns what the
// endpoint answered as Zendesk reports it.
func (c *Client) TestWebhook(ctx context.Context, webhookID string, req WebhookTestRequest) (WebhookTestResponse, error) {
	body := map[string]any{"webhook_id": webhookID, "request": req}
	var out struct {
		Response WebhookTestResponse `json:"response"`
	}
	path := "/api/v2/webhooks/test?webhook_id=" + url.QueryEscape(webhookID)
	if err := c.do(ctx, http.MethodPost, path, body, &out); err != nil {
		return WebhookTestResponse{}, err
	}
	return out.Response, nil
}
