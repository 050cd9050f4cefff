package webhook

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"

	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// ClientFunc returns an authenticated Zendesk client for an integration
// ((*oauth.Manager).Client).
type ClientFunc func(ctx context.Context, in integration.Integration) (*zendesk.Client, error)

// ErrBadBaseURL is returned (wrapped) for a public base URL that is not an absolute http(s) URL.
var ErrBadBaseURL = errors.New("the webhook public base URL must be an absolute http(s) URL")

// OffMessage is what the app shows for an integration without a public base URL.
const OffMessage = "Webhooks off — polling only. To receive changes within seconds, set a public base URL " +
	"that tunnels to the webhook listener (for example: cloudflared tunnel --url http://127.0.0.1:47601) " +
	"in Edit → Authentication & configuration."

// OffMessageFor is OffMessage naming the listener's real address (the default when addr is "").
func OffMessageFor(addr string) string {
	if addr == "" || addr == DefaultAddr {
		return OffMessage
	}
	return strings.Replace(OffMessage, DefaultAddr, addr, 1)
}

// Name is the name of an integration's webhook in Zendesk: "Zensync <instance id>".
func Name(integrationID string) string { return "Zensync " + integrationID }

// Endpoint is where Zendesk delivers an integration's events: <base>/webhooks/zendesk/<id>.
func Endpoint(baseURL, integrationID string) (string, error) {
	base := strings.TrimRight(strings.TrimSpace(baseURL), "/")
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("%w: %q", ErrBadBaseURL, baseURL)
	}
	return base + PathPrefix + integrationID, nil
}

// Desired is the webhook Zensync keeps for an integration.
func Desired(integrationID, endpoint string) zendesk.Webhook {
	return zendesk.Webhook{
		Name:          Name(integrationID),
		Status:        zendesk.WebhookStatusActive,
		Endpoint:      endpoint,
		HTTPMethod:    "POST",
		RequestFormat: "json",
		Subscriptions: Subscriptions(),
		Description:   "Sends ticket changes to Zensync (created by Zensync; removed when the integration is deleted).",
	}
}

// Registration is the outcome of Ensure.
type Registration struct {
	WebhookID string
	State     integration.WebhookState
	Endpoint  string
	Message   string // what the integration shows, e.g. OffMessage
}

// Registrar keeps each Helpdesk and CRM integration's webhook at Zendesk in step with its settings.
type Registrar struct {
	client  ClientFunc
	states  WebhookStates
	secrets *SecretCache
	log     *slog.Logger
}

// NewRegistrar returns a registrar; log may be nil.
func NewRegistrar(client ClientFunc, states WebhookStates, secrets *SecretCache, log *slog.Logger) *Registrar {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Registrar{client: client, states: states, secrets: secrets, log: log.With("component", "webhook_registrar")}
}

// Ensure creates or updates the integration's webhook (never a second one: it is found by name),
// saves its signing secret in the keyring and records the state on the integration row. Call it
// after a successful connect and after every Edit. Content Management gets no webhook; without a
// public base URL any existing webhook is removed and the state is "no_base_url".
func (r *Registrar) Ensure(ctx context.Context, in integration.Integration) (Registration, error) {
	if !in.Capability.NeedsOAuthSetup() {
		return r.record(ctx, in.ID, Registration{State: integration.WebhookNone})
	}
	var endpoint string
	if strings.TrimSpace(in.WebhookBaseURL) != "" {
		var err error
		if endpoint, err = Endpoint(in.WebhookBaseURL, in.ID); err != nil {
			return r.fail(ctx, in, "", err)
		}
	}
	c, err := r.client(ctx, in)
	if err != nil {
		return r.fail(ctx, in, in.WebhookID, err)
	}
	found, err := r.find(ctx, c, in)
	if err != nil {
		return r.fail(ctx, in, in.WebhookID, err)
	}
	if endpoint == "" {
		if err := r.deleteAll(ctx, c, found); err != nil {
			return r.fail(ctx, in, in.WebhookID, err)
		}
		if err := r.secrets.Remove(ctx, in.ID); err != nil {
			return r.fail(ctx, in, "", err)
		}
		return r.record(ctx, in.ID, Registration{State: integration.WebhookNoBaseURL, Message: OffMessage})
	}
	want := Desired(in.ID, endpoint)
	var hook zendesk.Webhook
	if len(found) == 0 {
		if hook, err = c.CreateWebhook(ctx, want); err != nil {
			return r.fail(ctx, in, "", fmt.Errorf("creating the webhook: %w", err))
		}
		r.log.InfoContext(ctx, "webhook created", "integration_id", in.ID, "webhook_id", hook.ID)
	} else {
		hook = found[0]
		if err := r.deleteAll(ctx, c, found[1:]); err != nil { // duplicates left by an earlier crash
			return r.fail(ctx, in, hook.ID, err)
		}
		if !same(hook, want) {
			if err := c.UpdateWebhook(ctx, hook.ID, want); err != nil {
				return r.fail(ctx, in, hook.ID, fmt.Errorf("updating the webhook: %w", err))
			}
			r.log.InfoContext(ctx, "webhook updated", "integration_id", in.ID, "webhook_id", hook.ID)
		}
	}
	secret, err := c.WebhookSigningSecret(ctx, hook.ID)
	if err != nil {
		return r.fail(ctx, in, hook.ID, fmt.Errorf("reading the signing secret: %w", err))
	}
	if err := r.secrets.Save(ctx, in.ID, secret); err != nil {
		return r.fail(ctx, in, hook.ID, err)
	}
	return r.record(ctx, in.ID, Registration{WebhookID: hook.ID, State: integration.WebhookActive, Endpoint: endpoint})
}

// Remove deletes the integration's webhook at Zendesk (if any) and its secret from the keyring,
// and records state "none" (a row already deleted is fine). Call it before deleting the
// integration, while its token still works; on error the caller may still delete locally.
func (r *Registrar) Remove(ctx context.Context, in integration.Integration) error {
	var errs []error
	if in.Capability.NeedsOAuthSetup() {
		if c, err := r.client(ctx, in); err != nil {
			errs = append(errs, err)
		} else if found, err := r.find(ctx, c, in); err != nil {
			errs = append(errs, err)
		} else if err := r.deleteAll(ctx, c, found); err != nil {
			errs = append(errs, err)
		}
	}
	if err := r.secrets.Remove(ctx, in.ID); err != nil {
		errs = append(errs, err)
	}
	if err := r.states.SetWebhook(ctx, in.ID, "", integration.WebhookNone); err != nil && !errors.Is(err, store.ErrNotFound) {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("removing the webhook of %s: %w", in.ID, err)
	}
	return nil
}

// find returns the integration's webhooks: those named Name(id), plus the recorded id if it was
// renamed by hand. The recorded one, when present, comes first.
func (r *Registrar) find(ctx context.Context, c *zendesk.Client, in integration.Integration) ([]zendesk.Webhook, error) {
	list, err := c.ListWebhooks(ctx, Name(in.ID))
	if err != nil {
		return nil, fmt.Errorf("listing webhooks: %w", err)
	}
	var out []zendesk.Webhook
	for _, w := range list {
		if w.Name == Name(in.ID) || (in.WebhookID != "" && w.ID == in.WebhookID) {
			out = append(out, w)
		}
	}
	if in.WebhookID != "" && !slices.ContainsFunc(out, func(w zendesk.Webhook) bool { return w.ID == in.WebhookID }) {
		if w, err := c.ShowWebhook(ctx, in.WebhookID); err == nil {
			out = append(out, w)
		} else if !errors.Is(err, zendesk.ErrNotFound) {
			return nil, fmt.Errorf("reading webhook %s: %w", in.WebhookID, err)
		}
	}
	slices.SortStableFunc(out, func(a, b zendesk.Webhook) int {
		return boolRank(a.ID != in.WebhookID) - boolRank(b.ID != in.WebhookID)
	})
	return out, nil
}

func (r *Registrar) deleteAll(ctx context.Context, c *zendesk.Client, hooks []zendesk.Webhook) error {
	for _, w := range hooks {
		if err := c.DeleteWebhook(ctx, w.ID); err != nil && !errors.Is(err, zendesk.ErrNotFound) {
			return fmt.Errorf("deleting webhook %s: %w", w.ID, err)
		}
		r.log.InfoContext(ctx, "webhook deleted", "webhook_id", w.ID)
	}
	return nil
}

func (r *Registrar) record(ctx context.Context, id string, reg Registration) (Registration, error) {
	if err := r.states.SetWebhook(ctx, id, reg.WebhookID, reg.State); err != nil {
		return reg, fmt.Errorf("recording the webhook state: %w", err)
	}
	return reg, nil
}

// fail records state "error" (keeping the webhook id known so far) and returns err.
func (r *Registrar) fail(ctx context.Context, in integration.Integration, webhookID string, err error) (Registration, error) {
	r.log.WarnContext(ctx, "webhook registration failed", "integration_id", in.ID, "err", err)
	reg := Registration{WebhookID: webhookID, State: integration.WebhookError, Message: err.Error()}
	if serr := r.states.SetWebhook(ctx, in.ID, webhookID, integration.WebhookError); serr != nil && !errors.Is(serr, store.ErrNotFound) {
		r.log.WarnContext(ctx, "recording the webhook state", "integration_id", in.ID, "err", serr)
	}
	return reg, err
}

// same reports whether a webhook already has the settings Zensync wants.
func same(have, want zendesk.Webhook) bool {
	return have.Name == want.Name && have.Status == want.Status && have.Endpoint == want.Endpoint &&
		strings.EqualFold(have.HTTPMethod, want.HTTPMethod) && strings.EqualFold(have.RequestFormat, want.RequestFormat) &&
		sameSet(have.Subscriptions, want.Subscriptions)
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
