package webhook

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"zensync/backend/store"
)

// PathPrefix is where deliveries arrive: PathPrefix + <instance id>.
const PathPrefix = "/webhooks/zendesk/"

// DefaultMaxBody is the largest delivery accepted; Zendesk's ticket events are a few KiB.
const DefaultMaxBody = 256 << 10

// refusal is a request turned away: its reason code (reasons.go) and, only when the request
// named an integration that exists, that integration.
type refusal struct {
	reason        string
	integrationID string
}

// route routes by hand, not with http.ServeMux: the mux answers a non-canonical path with a
// redirect that repeats it. Only POST PathPrefix{id} and GET/HEAD /healthz are served; every other
// request gets a fixed text.
func (l *Listener) route(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/healthz":
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeStatus(w, http.StatusMethodNotAllowed, ReasonText(ReasonMethodNotAllowed))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"status":"ok"}`)
	case strings.HasPrefix(r.URL.Path, PathPrefix):
		l.tally.received.Add(1)
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			l.refuse(w, refusal{reason: ReasonMethodNotAllowed})
			return
		}
		l.serveDelivery(w, r, strings.TrimPrefix(r.URL.Path, PathPrefix))
	default:
		l.tally.received.Add(1)
		l.refuse(w, refusal{reason: ReasonNotFound})
	}
}

// serveDelivery checks, stores and answers one delivery. It answers 200 only after the event is
// committed to the inbox (or was already there).
func (l *Listener) serveDelivery(w http.ResponseWriter, r *http.Request, id string) {
	ev, ref := l.check(r, id)
	if ref != nil {
		l.refuse(w, *ref)
		return
	}
	if ev == nil { // verified, but not a ticket event (a test send): nothing to store
		l.tally.accept(id, "test", false)
		writeStatus(w, http.StatusOK, "received")
		return
	}
	outcome, err := l.committer.submit(r.Context(), *ev)
	switch {
	case err != nil:
		// The error stays in the log (it is ours: "database is locked"); the answer is fixed.
		l.log.Warn("storing a webhook event failed", "integration_id", id, "err", err)
		w.Header().Set("Retry-After", "2")
		l.refuse(w, refusal{reason: ReasonUnavailable, integrationID: id})
	case outcome == store.IntegrationGone:
		l.known.forget(id)
		l.refuse(w, refusal{reason: ReasonUnknownIntegration})
	case outcome == store.Duplicate:
		l.tally.accept(id, ev.EventType, true)
		writeStatus(w, http.StatusOK, "duplicate")
	default:
		l.tally.accept(id, ev.EventType, false)
		writeStatus(w, http.StatusOK, "stored")
	}
}

// check runs every test a delivery must pass, cheapest first, and returns the event to store
// (nil for a verified delivery that is not a ticket event) or why it is refused.
func (l *Listener) check(r *http.Request, id string) (*store.InboxEvent, *refusal) {
	if !validID(id) {
		return nil, &refusal{reason: ReasonUnknownIntegration}
	}
	if r.ContentLength > l.cfg.MaxBody {
		return nil, &refusal{reason: ReasonBodyTooLarge}
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, l.cfg.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, &refusal{reason: ReasonBodyTooLarge}
		}
		return nil, &refusal{reason: ReasonBodyUnreadable}
	}
	if ok, err := l.known.exists(r.Context(), id); err != nil {
		l.log.Warn("looking up the integration of a webhook", "err", err)
		return nil, &refusal{reason: ReasonUnavailable}
	} else if !ok {
		return nil, &refusal{reason: ReasonUnknownIntegration}
	}
	// From here the id names an integration that exists: refusals are counted against it.
	sig, ts := r.Header.Get(HeaderSignature), r.Header.Get(HeaderTimestamp)
	if sig == "" || ts == "" {
		return nil, &refusal{reason: ReasonMissingSignature, integrationID: id}
	}
	at, ok := parseTimestamp(ts)
	if !ok {
		return nil, &refusal{reason: ReasonBadTimestamp, integrationID: id}
	}
	secret, ok := l.secrets.Lookup(r.Context(), id)
	if !ok {
		// Deleting an integration removes its secret first: look again, uncached, so a delivery
		// for a just-deleted integration is a 404 like any other.
		l.known.forget(id)
		if exists, err := l.known.exists(r.Context(), id); err == nil && !exists {
			return nil, &refusal{reason: ReasonUnknownIntegration}
		}
		return nil, &refusal{reason: ReasonNotRegistered, integrationID: id}
	}
	if !validSignature(secret, ts, body, sig) || secret == PublicTestSecret {
		if validSignature(PublicTestSecret, ts, body, sig) {
			return nil, &refusal{reason: ReasonTestSecret, integrationID: id}
		}
		return nil, &refusal{reason: ReasonBadSignature, integrationID: id}
	}
	if skew := l.now().Sub(at); skew > MaxClockSkew || skew < -MaxClockSkew {
		return nil, &refusal{reason: ReasonStaleTimestamp, integrationID: id}
	}
	e, err := parseEvent(body)
	l.waiters.arrived(id, body)
	if err != nil && !errors.Is(err, errNotEvent) {
		return nil, &refusal{reason: ReasonMalformedJSON, integrationID: id}
	}
	if err != nil || !e.IsTicketEvent() {
		return nil, nil
	}
	sum := sha256.Sum256(body)
	var eventTime *time.Time
	if !e.Time.IsZero() {
		t := e.Time.UTC()
		eventTime = &t
	}
	return &store.InboxEvent{
		IntegrationID: id,
		InvocationID:  r.Header.Get(HeaderInvocationID),
		EventID:       e.ID,
		EventType:     e.Type,
		TicketID:      e.TicketID(),
		EventTime:     eventTime,
		BodySHA256:    hex.EncodeToString(sum[:]),
		Body:          body,
		Headers:       keptHeaders(r.Header),
		ReceivedAt:    l.now().UTC(),
	}, nil
}

// keptHeaders are the delivery headers stored with the event.
func keptHeaders(h http.Header) map[string]string {
	out := map[string]string{}
	for _, k := range []string{HeaderWebhookID, HeaderInvocationID, HeaderAccountID, HeaderTimestamp, HeaderSignature, "User-Agent"} {
		if v := h.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}

// refuse answers with the reason's fixed status and text and counts it; nothing of the request
// is repeated anywhere.
func (l *Listener) refuse(w http.ResponseWriter, ref refusal) {
	info := reasons[ref.reason]
	l.tally.reject(ref.integrationID, ref.reason)
	l.log.Debug("webhook refused", "integration_id", ref.integrationID, "status", info.status, "reason", ref.reason)
	writeStatus(w, info.status, info.text)
}

// validID accepts what an integration id can be (a UUID; letters, digits and '-', at most 64),
// so a junk path costs no database read.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// writeStatus answers with a fixed JSON text; message is always a constant of this package.
func writeStatus(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	fmt.Fprintf(w, "{\"status\":%q}\n", message)
}
