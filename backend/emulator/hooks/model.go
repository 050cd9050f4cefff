package hooks

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"zensync/backend/zendesk/wire"
)

// webhookAuth is a webhook's outgoing authentication (package wire's). Responses show its type
// and add_position, and of the credentials only a basic_auth username, as a recorded answer of
// Zendesk's does (never a password or token).
type webhookAuth = wire.WebhookAuth

// webhook is one webhook of the account (package wire's, credentials included), with its
// signing secret.
type webhook struct {
	wire.Webhook
	Secret string
}

// view is the webhook as the API shows it: no secret, no password or token, times in whole
// seconds.
func (h *webhook) view() wire.Webhook {
	v := h.Webhook
	v.CreatedAt = h.CreatedAt.UTC().Truncate(time.Second)
	v.UpdatedAt = h.UpdatedAt.UTC().Truncate(time.Second)
	if v.Subscriptions == nil {
		v.Subscriptions = []string{}
	}
	if h.Authentication != nil {
		v.Authentication = &webhookAuth{Type: h.Authentication.Type, AddPosition: h.Authentication.AddPosition}
		if user, ok := h.Authentication.Data["username"].(string); ok && h.Authentication.Type == "basic_auth" {
			v.Authentication.Data = map[string]any{"username": user}
		}
	}
	return v
}

// webhookInput is the "webhook" object of a create, update or patch body. Pointers tell a
// field that was sent from one that was not (PATCH changes only what is sent).
type webhookInput struct {
	Name           *string            `json:"name"`
	Description    *string            `json:"description"`
	Endpoint       *string            `json:"endpoint"`
	HTTPMethod     *string            `json:"http_method"`
	RequestFormat  *string            `json:"request_format"`
	Status         *string            `json:"status"`
	Subscriptions  *[]string          `json:"subscriptions"`
	Authentication *webhookAuth       `json:"authentication"`
	CustomHeaders  *map[string]string `json:"custom_headers"`
	SigningSecret  json.RawMessage    `json:"signing_secret"`
	ExternalSource json.RawMessage    `json:"external_source"`
}

// apply copies the sent fields onto h. With replace (PUT), unsent optional fields are cleared.
func (in *webhookInput) apply(h *webhook, replace bool) {
	set := func(dst *string, src *string) {
		if src != nil {
			*dst = *src
		} else if replace {
			*dst = ""
		}
	}
	set(&h.Name, in.Name)
	set(&h.Description, in.Description)
	set(&h.Endpoint, in.Endpoint)
	set(&h.HTTPMethod, in.HTTPMethod)
	set(&h.RequestFormat, in.RequestFormat)
	set(&h.Status, in.Status)
	if in.Subscriptions != nil {
		h.Subscriptions = slices.Clone(*in.Subscriptions)
	} else if replace {
		h.Subscriptions = nil
	}
	if in.Authentication != nil || replace {
		h.Authentication = in.Authentication
	}
	if in.CustomHeaders != nil {
		h.CustomHeaders = *in.CustomHeaders
	} else if replace {
		h.CustomHeaders = nil
	}
}

// fieldError is one entry of a RecordInvalid answer's details.
type fieldError struct {
	Description string `json:"description"`
	Error       string `json:"error"`
}

var (
	httpMethods    = []string{"GET", "POST", "PUT", "PATCH", "DELETE"}
	requestFormats = []string{"json", "xml", "form_encoded"}
	authTypes      = []string{"basic_auth", "bearer_token", "api_key"}
)

const (
	eventTypePrefix = "zen:event-type:"
	conditionalSub  = "conditional_ticket_events"
)

// validate checks a webhook as Zendesk does and returns the field errors (nil when valid).
// Event subscriptions need POST and json, and cannot be mixed with conditional_ticket_events.
func (h *webhook) validate() map[string][]fieldError {
	errs := map[string][]fieldError{}
	add := func(field, msg string) {
		errs[field] = append(errs[field], fieldError{Description: msg, Error: "InvalidValue"})
	}
	if strings.TrimSpace(h.Name) == "" {
		add("name", "Name: cannot be blank")
	}
	if u, err := url.Parse(h.Endpoint); h.Endpoint == "" || err != nil || !u.IsAbs() || u.Host == "" ||
		(u.Scheme != "http" && u.Scheme != "https") {
		add("endpoint", "Endpoint: must be a valid http or https URL")
	}
	if !slices.Contains(httpMethods, h.HTTPMethod) {
		add("http_method", "Http method: must be one of GET, POST, PUT, PATCH, DELETE")
	}
	if !slices.Contains(requestFormats, h.RequestFormat) {
		add("request_format", "Request format: must be one of json, xml, form_encoded")
	}
	if h.Status != "active" && h.Status != "inactive" {
		add("status", "Status: must be active or inactive")
	}
	events, conditional := 0, 0
	for _, sub := range h.Subscriptions {
		switch {
		case sub == conditionalSub:
			conditional++
		case knownEventType(sub):
			events++
		default:
			add("subscriptions", fmt.Sprintf("Subscriptions: %q is not a known event type", sub))
		}
	}
	if conditional > 0 && events > 0 {
		add("subscriptions", "Subscriptions: conditional_ticket_events cannot be combined with event types")
	}
	if events > 0 && (h.HTTPMethod != "POST" || h.RequestFormat != "json") {
		add("subscriptions", "Subscriptions: webhooks subscribed to events must use POST and json")
	}
	if a := h.Authentication; a != nil {
		if !slices.Contains(authTypes, a.Type) {
			add("authentication", "Authentication: type must be basic_auth, bearer_token or api_key")
		} else if a.AddPosition != "" && a.AddPosition != "header" {
			add("authentication", "Authentication: add_position must be header")
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// subscribes reports whether the webhook is active and subscribed to the event type.
func (h *webhook) subscribes(eventType string) bool {
	return h.Status == "active" && slices.Contains(h.Subscriptions, eventType)
}
