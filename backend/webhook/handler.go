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

// refusal is a request turned away: the status to answer and the reason for Activity.
type refusal struct {
	status int
	reason string
}

func (l *Listener) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"status":"ok"}`)
	})
	mux.HandleFunc(PathPrefix, l.serveDelivery)
	return mux
}

// serveDelivery checks, stores and answers one delivery. It answers 200 only after the event is
// committed to the inbox (or was already there).
func (l *Listener) serveDelivery(w http.ResponseWriter, r *http.Request) {
	l.tally.received.Add(1)
	id := strings.TrimPrefix(r.URL.Path, PathPrefix)
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		l.refuse(w, r, "", refusal{http.StatusMethodNotAllowed, "method " + r.Method + " not allowed"})
		return
	}
	ev, ref := l.check(r, id)
	if ref != nil {
		integrationID := id
		if ref.status == http.StatusNotFound {
			integrationID = "" // not a known integration: not tied to one in Activity
		}
		l.refuse(w, r, integrationID, *ref)
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
		l.log.Warn("storing a webhook event failed", "integration_id", id, "err", err)
		w.Header().Set("Retry-After", "2")
		l.refuse(w, r, id, refusal{http.StatusServiceUnavailable, "could not store the event: " + err.Error()})
	case outcome == store.IntegrationGone:
		l.known.forget(id)
		l.refuse(w, r, "", refusal{http.StatusNotFound, "unknown or deleted integration"})
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
	if id == "" || len(id) > 64 || strings.Contains(id, "/") {
		return nil, &refusal{http.StatusNotFound, "unknown integration id"}
	}
	if r.ContentLength > l.cfg.MaxBody {
		return nil, &refusal{http.StatusRequestEntityTooLarge, fmt.Sprintf("body of %d bytes is over the %d-byte limit", r.ContentLength, l.cfg.MaxBody)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, l.cfg.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, &refusal{http.StatusRequestEntityTooLarge, fmt.Sprintf("body over the %d-byte limit", l.cfg.MaxBody)}
		}
		return nil, &refusal{http.StatusBadRequest, "could not read the body"}
	}
	if ok, err := l.known.exists(r.Context(), id); err != nil {
		l.log.Warn("looking up the integration of a webhook", "integration_id", id, "err", err)
		return nil, &refusal{http.StatusServiceUnavailable, "could not read the integration"}
	} else if !ok {
		return nil, &refusal{http.StatusNotFound, "unknown or deleted integration"}
	}
	sig, ts := r.Header.Get(HeaderSignature), r.Header.Get(HeaderTimestamp)
	if sig == "" || ts == "" {
		return nil, &refusal{http.StatusBadRequest, "missing signature or timestamp header"}
	}
	at, ok := parseTimestamp(ts)
	if !ok {
		return nil, &refusal{http.StatusBadRequest, "unreadable signature timestamp"}
	}
	secret, ok := l.secrets.Lookup(r.Context(), id)
	if !ok {
		// Deleting an integration removes its secret first: look again, uncached, so a delivery
		// for a just-deleted integration is a 404 like any other.
		l.known.forget(id)
		if exists, err := l.known.exists(r.Context(), id); err == nil && !exists {
			return nil, &refusal{http.StatusNotFound, "unknown or deleted integration"}
		}
		return nil, &refusal{http.StatusUnauthorized, "no signing secret for this integration (webhook not registered)"}
	}
	if !validSignature(secret, ts, body, sig) || secret == PublicTestSecret {
		if validSignature(PublicTestSecret, ts, body, sig) {
			return nil, &refusal{http.StatusUnauthorized, "signed with Zendesk's public test secret"}
		}
		return nil, &refusal{http.StatusUnauthorized, "bad signature"}
	}
	if skew := l.now().Sub(at); skew > MaxClockSkew || skew < -MaxClockSkew {
		return nil, &refusal{http.StatusUnauthorized, fmt.Sprintf("timestamp %s is more than %s from now (replay?)", ts, MaxClockSkew)}
	}
	e, err := parseEvent(body)
	l.waiters.arrived(id, body)
	if err != nil && !errors.Is(err, errNotEvent) {
		return nil, &refusal{http.StatusBadRequest, "malformed JSON"}
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

func (l *Listener) refuse(w http.ResponseWriter, r *http.Request, integrationID string, ref refusal) {
	l.tally.reject(integrationID, ref.reason)
	l.log.Debug("webhook refused", "integration_id", integrationID, "status", ref.status, "reason", ref.reason,
		"remote", remoteAddr(r))
	writeStatus(w, ref.status, ref.reason)
}

// remoteAddr is the client address, preferring what a tunnel forwarded.
func remoteAddr(r *http.Request) string {
	if f := r.Header.Get("X-Forwarded-For"); f != "" {
		return strings.TrimSpace(strings.Split(f, ",")[0])
	}
	return r.RemoteAddr
}

func writeStatus(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, "{\"status\":%q}\n", message)
}
