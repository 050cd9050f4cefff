package hooks_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/hooks"
	"zensync/backend/emulator/seed"
)

// received is one request that reached the test receiver.
type received struct {
	header http.Header
	body   []byte
}

// receiver is an endpoint that records what it gets and answers with respond(n), n counting
// requests from 1.
type receiver struct {
	t       *testing.T
	srv     *httptest.Server
	mu      sync.Mutex
	reqs    []received
	respond func(n int, w http.ResponseWriter, r *http.Request)
}

func newReceiver(t *testing.T, respond func(n int, w http.ResponseWriter, r *http.Request)) *receiver {
	rc := &receiver{t: t, respond: respond}
	rc.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rc.mu.Lock()
		rc.reqs = append(rc.reqs, received{header: r.Header.Clone(), body: body})
		n := len(rc.reqs)
		rc.mu.Unlock()
		if rc.respond != nil {
			rc.respond(n, w, r)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(rc.srv.Close)
	return rc
}

// waitFor waits until n requests arrived and returns them.
func (rc *receiver) waitFor(n int) []received {
	rc.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		rc.mu.Lock()
		got := append([]received(nil), rc.reqs...)
		rc.mu.Unlock()
		if len(got) >= n {
			return got
		}
		time.Sleep(5 * time.Millisecond)
	}
	rc.t.Fatalf("receiver got %d requests, want %d", len(rc.reqs), n)
	return nil
}

func (rc *receiver) count() int {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return len(rc.reqs)
}

// verifySignature is an independent check of Zendesk's webhook signature.
func verifySignature(secret string, h http.Header, body []byte) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(h.Get("X-Zendesk-Webhook-Signature-Timestamp") + string(body)))
	want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(h.Get("X-Zendesk-Webhook-Signature")))
}

var allTicketEvents = []string{
	"zen:event-type:ticket.created", "zen:event-type:ticket.status_changed", "zen:event-type:ticket.priority_changed",
	"zen:event-type:ticket.agent_assignment_changed", "zen:event-type:ticket.tags_changed",
	"zen:event-type:ticket.comment_added", "zen:event-type:ticket.merged", "zen:event-type:ticket.soft_deleted",
	"zen:event-type:ticket.subject_changed",
}

// eventHook creates an event-subscribed webhook to endpoint and returns its id and secret.
func (e hookEnv) eventHook(token, endpoint string, subs []string) (id, secret string) {
	e.T.Helper()
	id = e.createHook(token, map[string]any{"webhook": map[string]any{
		"name": "Zensync 7f3c", "endpoint": endpoint, "http_method": "POST", "request_format": "json",
		"status": "active", "subscriptions": subs,
	}})
	_, b := e.API("GET", "/demo/api/v2/webhooks/"+id+"/signing_secret", token, nil)
	return id, emutest.DecodeMap(e.T, b)["signing_secret"].(map[string]any)["secret"].(string)
}

// tuneDelivery changes the account's webhook delivery tuning before the first delivery.
func (e hookEnv) tuneDelivery(f func(*hooks.DeliveryConfig)) {
	c := e.Acct.Hooks().DeliveryConfig()
	f(&c)
	e.Acct.Hooks().SetDeliveryConfig(c)
}

func strp(s string) *string { return &s }
func i64p(v int64) *int64   { return &v }

// sampleUpdate is a ticket update that changes status, priority, assignee and tags and adds a comment.
func sampleUpdate(at time.Time) emulator.TicketChange {
	before := emulator.Ticket{ID: 42, Subject: "Printer on fire", Description: "It burns", Status: "new", Priority: strp("normal"),
		Type: strp("incident"), RequesterID: seed.UserBase + 4, SubmitterID: seed.UserBase + 4, BrandID: seed.BrandID,
		OrganizationID: i64p(seed.OrgBase + 1), GroupID: i64p(seed.GroupBase + 1), ExternalID: strp("ext-42"), TicketFormID: i64p(9001),
		Tags: []string{"printer"}, Via: emulator.Via{Channel: "api"}, IsPublic: true, CreatedAt: at.Add(-time.Hour), UpdatedAt: at.Add(-time.Hour)}
	after := before
	after.Status, after.Priority, after.AssigneeID = "open", strp("high"), i64p(seed.UserBase+2)
	after.Tags, after.UpdatedAt = []string{"printer", "urgent"}, at
	cm := &emulator.Comment{ID: 777, AuthorID: seed.UserBase + 2, Body: "On it", HTMLBody: "<p>On it</p>", Public: true, CreatedAt: at}
	return emulator.TicketChange{Kind: emulator.TicketUpdated, Before: &before, After: &after, Comment: cm, ActorID: seed.UserBase + 2, At: at}
}

func TestTicketUpdateDeliversSignedGranularEvents(t *testing.T) {
	e := newHookEnv(t)
	e.tuneDelivery(func(c *hooks.DeliveryConfig) { c.PerHook = 1 }) // keep order observable
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, nil)
	hookID, secret := e.eventHook(tok, rc.srv.URL+"/webhooks/zendesk/7f3c", allTicketEvents)

	e.Acct.Hooks().TicketChanged(sampleUpdate(e.Clock.Now()))
	reqs := rc.waitFor(5)
	wantTypes := []string{"status_changed", "priority_changed", "agent_assignment_changed", "tags_changed", "comment_added"}
	var seqID string
	for i, rq := range reqs {
		h := rq.header
		if !verifySignature(secret, h, rq.body) {
			t.Errorf("request %d: signature does not verify", i)
		}
		ts, err := time.Parse(time.RFC3339, h.Get("X-Zendesk-Webhook-Signature-Timestamp"))
		if err != nil || ts.Location() != time.UTC || time.Since(ts) > time.Minute {
			t.Errorf("request %d: timestamp %q is not recent RFC 3339 UTC", i, h.Get("X-Zendesk-Webhook-Signature-Timestamp"))
		}
		if h.Get("User-Agent") != "Zendesk Webhook" || h.Get("X-Zendesk-Webhook-Id") != hookID ||
			h.Get("X-Zendesk-Account-Id") != strconv.FormatInt(e.Acct.ID(), 10) || h.Get("X-Zendesk-Webhook-Invocation-Id") == "" {
			t.Errorf("request %d: headers %v", i, h)
		}
		var ev struct {
			Type    string         `json:"type"`
			Subject string         `json:"subject"`
			Detail  map[string]any `json:"detail"`
			Event   map[string]any `json:"event"`
		}
		if err := json.Unmarshal(rq.body, &ev); err != nil {
			t.Fatalf("request %d body: %v", i, err)
		}
		if ev.Type != "zen:event-type:ticket."+wantTypes[i] || ev.Subject != "zen:ticket:42" {
			t.Errorf("request %d: type %s subject %s, want %s", i, ev.Type, ev.Subject, wantTypes[i])
		}
		if ev.Detail["id"] != "42" || ev.Detail["status"] != "OPEN" || ev.Detail["priority"] != "HIGH" || ev.Detail["assignee_id"] != strconv.FormatInt(seed.UserBase+2, 10) {
			t.Errorf("request %d: detail %v", i, ev.Detail)
		}
		seq := ev.Event["meta"].(map[string]any)["sequence"].(map[string]any)
		if seq["position"] != float64(i+1) || seq["total"] != float64(5) || (seqID != "" && seq["id"] != seqID) {
			t.Errorf("request %d: sequence %v", i, seq)
		}
		seqID, _ = seq["id"].(string)
	}
	var status struct{ Event map[string]any }
	_ = json.Unmarshal(reqs[0].body, &status)
	if status.Event["current"] != "OPEN" || status.Event["previous"] != "NEW" {
		t.Errorf("status_changed event = %v", status.Event)
	}
	var tags struct{ Event map[string]any }
	_ = json.Unmarshal(reqs[3].body, &tags)
	if added := tags.Event["tags_added"].([]any); len(added) != 1 || added[0] != "urgent" {
		t.Errorf("tags_changed event = %v", tags.Event)
	}
	assertShape(t, "ticket_comment_added_event.json", reqs[4].body)
}

func TestWebhookGetsOnlyTheTypesItSubscribes(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, nil)
	e.eventHook(tok, rc.srv.URL, []string{"zen:event-type:ticket.created"})
	inactive := newReceiver(t, nil)
	id, _ := e.eventHook(tok, inactive.srv.URL, allTicketEvents)
	e.API("PATCH", "/demo/api/v2/webhooks/"+id, tok, map[string]any{"webhook": map[string]any{"status": "inactive"}})

	e.Acct.Hooks().TicketChanged(sampleUpdate(e.Clock.Now())) // no created event in an update
	created := sampleUpdate(e.Clock.Now())
	created.Kind, created.Before, created.Comment = emulator.TicketCreated, nil, nil
	e.Acct.Hooks().TicketChanged(created)
	reqs := rc.waitFor(1)
	time.Sleep(50 * time.Millisecond)
	if rc.count() != 1 || !strings.Contains(string(reqs[0].body), `"type":"zen:event-type:ticket.created"`) {
		t.Fatalf("subscriber got %d requests (%s), want only ticket.created", rc.count(), reqs[0].body)
	}
	if inactive.count() != 0 {
		t.Fatalf("an inactive webhook got %d deliveries", inactive.count())
	}
}

func TestDeliveryRetries(t *testing.T) {
	cases := []struct {
		name       string
		respond    func(n int, w http.ResponseWriter)
		wantTries  int
		wantStatus string
	}{
		{"409 is retried until it succeeds", func(n int, w http.ResponseWriter) {
			if n < 3 {
				w.WriteHeader(http.StatusConflict)
				return
			}
			w.WriteHeader(http.StatusOK)
		}, 3, "success"},
		{"409 gives up after three retries", func(n int, w http.ResponseWriter) { w.WriteHeader(http.StatusConflict) }, 4, "client error"},
		{"429 with a short Retry-After is retried", func(n int, w http.ResponseWriter) {
			if n == 1 {
				w.Header().Set("Retry-After", "0")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			w.WriteHeader(http.StatusOK)
		}, 2, "success"},
		{"429 with a long Retry-After is not", func(n int, w http.ResponseWriter) {
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		}, 1, "client error"},
		{"503 without Retry-After is not", func(n int, w http.ResponseWriter) { w.WriteHeader(http.StatusServiceUnavailable) }, 1, "server error"},
		{"500 is not", func(n int, w http.ResponseWriter) { w.WriteHeader(http.StatusInternalServerError) }, 1, "server error"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newHookEnv(t)
			e.tuneDelivery(func(c *hooks.DeliveryConfig) { c.ConflictDelay = 5 * time.Millisecond })
			tok, _ := e.ControlToken("", "read write")
			rc := newReceiver(t, func(n int, w http.ResponseWriter, r *http.Request) { tc.respond(n, w) })
			id, _ := e.eventHook(tok, rc.srv.URL, allTicketEvents)
			created := sampleUpdate(e.Clock.Now())
			created.Kind, created.Before = emulator.TicketCreated, nil
			e.Acct.Hooks().TicketChanged(created)

			reqs := rc.waitFor(tc.wantTries)
			inv := e.waitInvocation(tok, id, tc.wantStatus, tc.wantTries)
			time.Sleep(30 * time.Millisecond)
			if rc.count() != tc.wantTries {
				t.Fatalf("endpoint got %d requests, want %d", rc.count(), tc.wantTries)
			}
			for _, rq := range reqs {
				if rq.header.Get("X-Zendesk-Webhook-Invocation-Id") != inv["id"] {
					t.Fatalf("retry carries invocation id %q, want %v", rq.header.Get("X-Zendesk-Webhook-Invocation-Id"), inv["id"])
				}
			}
			if inv["attempts_count"] != float64(tc.wantTries) {
				t.Fatalf("invocation %v, want %d attempts", inv, tc.wantTries)
			}
			_, b := e.API("GET", "/demo/api/v2/webhooks/"+id+"/invocations", tok, nil)
			assertShape(t, "invocations.json", b)
		})
	}
}

// waitInvocation polls the invocations API until the newest invocation has status (and, when
// attempts > 0, that many attempts).
func (e hookEnv) waitInvocation(token, hookID, status string, attempts int) map[string]any {
	e.T.Helper()
	deadline := time.Now().Add(5 * time.Second)
	var last []byte
	for time.Now().Before(deadline) {
		st, b := e.API("GET", "/demo/api/v2/webhooks/"+hookID+"/invocations", token, nil)
		last = b
		if st == http.StatusOK {
			invs := emutest.DecodeMap(e.T, b)["invocations"].([]any)
			if len(invs) > 0 && invs[0].(map[string]any)["status"] == status &&
				(attempts == 0 || invs[0].(map[string]any)["attempts_count"] == float64(attempts)) {
				return invs[0].(map[string]any)
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	e.T.Fatalf("no invocation reached %q: %s", status, last)
	return nil
}

func TestDeliveryTimeoutIsNotRetried(t *testing.T) {
	e := newHookEnv(t)
	e.tuneDelivery(func(c *hooks.DeliveryConfig) { c.Timeout = 50 * time.Millisecond })
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, func(n int, w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(2 * time.Second):
		}
	})
	id, _ := e.eventHook(tok, rc.srv.URL, allTicketEvents)
	created := sampleUpdate(e.Clock.Now())
	created.Kind, created.Before = emulator.TicketCreated, nil
	e.Acct.Hooks().TicketChanged(created)
	inv := e.waitInvocation(tok, id, "timeout", 0)
	if inv["attempts_count"] != float64(1) || rc.count() != 1 {
		t.Fatalf("timeout: invocation %v, %d requests, want one attempt", inv, rc.count())
	}
}

func TestCircuitBreakerStopsDeliveriesToAFailingEndpoint(t *testing.T) {
	e := newHookEnv(t)
	e.tuneDelivery(func(c *hooks.DeliveryConfig) { c.PerHook, c.BreakerMinRequests, c.BreakerPause = 1, 3, time.Hour })
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, func(n int, w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) })
	id, _ := e.eventHook(tok, rc.srv.URL, []string{"zen:event-type:ticket.created"})
	created := sampleUpdate(e.Clock.Now())
	created.Kind, created.Before = emulator.TicketCreated, nil
	for range 5 {
		e.Acct.Hooks().TicketChanged(created)
	}
	e.waitInvocation(tok, id, "circuit broken", 0)
	time.Sleep(30 * time.Millisecond)
	if rc.count() != 3 {
		t.Fatalf("failing endpoint got %d requests, want 3 before the breaker opened", rc.count())
	}
}

func TestWebhookTestSendsSignedRequests(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, func(n int, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":true}`))
	})
	st, b := e.API("POST", "/demo/api/v2/webhooks/test", tok, map[string]any{
		"webhook": map[string]any{"endpoint": rc.srv.URL, "http_method": "POST", "request_format": "json"},
		"request": map[string]any{"payload": `{"hello":"world"}`},
	})
	if st != http.StatusOK {
		t.Fatalf("test: %d %s", st, b)
	}
	assertShape(t, "test_response.json", b)
	reqs := rc.waitFor(1)
	if string(reqs[0].body) != `{"hello":"world"}` || !verifySignature(hooks.TestSecret, reqs[0].header, reqs[0].body) {
		t.Fatalf("new-webhook test request not signed with the public test secret: %s", reqs[0].body)
	}

	id, secret := e.eventHook(tok, rc.srv.URL, allTicketEvents)
	if st, b := e.API("POST", "/demo/api/v2/webhooks/test?webhook_id="+id, tok, map[string]any{}); st != http.StatusOK {
		t.Fatalf("test existing: %d %s", st, b)
	}
	reqs = rc.waitFor(2)
	if !verifySignature(secret, reqs[1].header, reqs[1].body) || verifySignature(hooks.TestSecret, reqs[1].header, reqs[1].body) {
		t.Fatalf("existing-webhook test request must be signed with the webhook's own secret")
	}
}

func TestDeliveryStopsAfterClose(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, nil)
	e.eventHook(tok, rc.srv.URL, allTicketEvents)
	e.Srv.Close()
	e.Acct.Hooks().TicketChanged(sampleUpdate(e.Clock.Now()))
	time.Sleep(30 * time.Millisecond)
	if rc.count() != 0 {
		t.Fatalf("delivered %d requests after close", rc.count())
	}
}
