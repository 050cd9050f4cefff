// Package hooks is the emulator's webhooks half for one account: the webhooks API
// (ZENDESK_API.md §8), the invocation history, and signed, retried, asynchronous delivery of
// ticket events. It reads the account only through Account, checks callers through Authorizer,
// and learns of ticket writes through State.TicketChanged.
package hooks

import (
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/zendesk/wire"
)

// State is the webhooks half of one account: the webhooks API (ZENDESK_API.md §8), the
// invocation history, and signed, retried, asynchronous delivery of ticket events.
//
// Choices where Zendesk's behaviour is not documented precisely:
//   - API errors use Zendesk's common bodies: 404 RecordNotFound, 422 RecordInvalid with
//     details per field, 400 for a body that is not JSON; PUT and PATCH answer 204.
//   - An update produces the granular events in a fixed order (field changes, then
//     comment_added), tied together by event.meta.sequence {id, position, total};
//     ticket.created carries an empty event object.
//   - tags_changed carries {tags_added, tags_removed}; merged carries {target_ticket_id}, read
//     from the merge comment ("… merged into request #N").
//   - In detail, ids are strings, enumerations are upper case (OPEN, HIGH, INCIDENT), and the
//     REST via channels "api" and "web" read "web_service" and "web_form".
//   - The circuit breaker opens when, within a 5-minute window of at least BreakerMinRequests
//     deliveries, 70% failed; it then sends nothing for 5 seconds ("circuit broken"
//     invocations), lets one probe through, and closes again when the probe succeeds.
type State struct {
	acct  Account
	authz Authorizer
	cfg   DeliveryConfig

	mu     sync.RWMutex
	hooks  map[string]*hookEntry
	order  []string // ids in creation order
	closed bool
	pool   *deliveryPool
}

// hookEntry is a webhook with its delivery queue, breaker and recent invocations.
type hookEntry struct {
	hook        webhook
	queue       *hookQueue
	breaker     breaker
	invocations []*invocation // oldest first, at most cfg.KeepInvocations
}

// Account is what the webhooks half reads from the account it serves; Now is the account's
// clock.
type Account interface {
	ID() int64
	Subdomain() string
	UserByID(id int64) (wire.User, bool)
	Now() time.Time
	Logger() *slog.Logger
}

// Authorizer checks that a request may read (or write) resource; on refusal it returns the
// 401/403 body to answer. auth.State implements it.
type Authorizer interface {
	Authorize(r *http.Request, write bool, resource string, adminOnly bool) (auth.Principal, *httpjson.APIError)
}

// New returns the webhooks half of a, whose API admits the callers authz lets in. Delivery
// workers start with the first delivery and stop in Close.
func New(a Account, authz Authorizer) *State {
	return &State{acct: a, authz: authz, cfg: DefaultDeliveryConfig(), hooks: map[string]*hookEntry{}}
}

// DeliveryConfig is the current delivery tuning.
func (s *State) DeliveryConfig() DeliveryConfig {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cfg
}

// SetDeliveryConfig replaces the delivery tuning. Call it before the first delivery (tests
// shorten waits with it): the worker pool and the queues keep the sizes they started with.
func (s *State) SetDeliveryConfig(c DeliveryConfig) {
	s.mu.Lock()
	s.cfg = c
	s.mu.Unlock()
}

// Routes registers the webhooks API (paths below /<subdomain>).
func (s *State) Routes(mux *http.ServeMux) {
	for _, suffix := range []string{"", ".json"} {
		mux.HandleFunc("GET /api/v2/webhooks"+suffix, s.handleList)
		mux.HandleFunc("POST /api/v2/webhooks"+suffix, s.handleCreate)
		mux.HandleFunc("POST /api/v2/webhooks/test"+suffix, s.handleTest)
	}
	mux.HandleFunc("GET /api/v2/webhooks/{id}", s.handleShow)
	mux.HandleFunc("PUT /api/v2/webhooks/{id}", s.handleUpdate)
	mux.HandleFunc("PATCH /api/v2/webhooks/{id}", s.handlePatch)
	mux.HandleFunc("DELETE /api/v2/webhooks/{id}", s.handleDelete)
	mux.HandleFunc("GET /api/v2/webhooks/{id}/signing_secret", s.handleShowSecret)
	mux.HandleFunc("POST /api/v2/webhooks/{id}/signing_secret", s.handleResetSecret)
	mux.HandleFunc("GET /api/v2/webhooks/{id}/invocations", s.handleInvocations)
	mux.HandleFunc("GET /api/v2/webhooks/{id}/invocations/{inv}/attempts", s.handleAttempts)
}

// ControlRoutes registers the webhooks half's control API (below /_emulator/<subdomain>):
// GET /webhooks/deliveries lists every webhook's recent invocations with their attempts.
func (s *State) ControlRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /webhooks/deliveries", s.handleControlDeliveries)
}

// Close stops delivery: queued and retrying deliveries are dropped, in-flight requests are
// cancelled, and close waits (briefly) for the workers to return. Safe to call twice.
func (s *State) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	pool := s.pool
	for _, e := range s.hooks {
		if e.queue != nil {
			e.queue.close()
		}
	}
	s.mu.Unlock()
	if pool != nil {
		pool.stop()
	}
}

// lookup returns a copy of the webhook with id.
func (s *State) lookup(id string) (webhook, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.hooks[id]
	if !ok {
		return webhook{}, false
	}
	h := e.hook
	h.Subscriptions = slices.Clone(h.Subscriptions)
	return h, true
}

// baseURL is scheme://host/<subdomain> for the request: links in answers start with it.
func (s *State) baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + "/" + s.acct.Subdomain()
}
