package hooks

import (
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"time"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/internal/random"
	"zensync/backend/zendesk/wire"
)

// TestSecret is the fixed, public secret Zendesk signs test requests with when the
// webhook does not exist yet. A receiver must never accept requests signed with it as events.
const TestSecret = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="

// testRequest is the body of POST /api/v2/webhooks/test.
type testRequest struct {
	Webhook *webhookInput `json:"webhook"`
	Request *struct {
		Payload string `json:"payload"`
		Headers []struct {
			Key   string `json:"key"`
			Value string `json:"value"`
		} `json:"headers"`
	} `json:"request"`
}

type headerPair struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// handleTest is POST /api/v2/webhooks/test[?webhook_id=]: one request sent now, and the
// endpoint's answer returned as Zendesk does: {"response": {"headers": [{key, value}],
// "status_code", "payload"}}.
// With webhook_id the stored webhook is the base (fields sent override it) and its own secret
// signs; without, the request is signed with the public test secret.
func (s *State) handleTest(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorizeHooks(w, r, true); !ok {
		return
	}
	var in testRequest
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || json.Unmarshal(raw, &in) != nil {
		httpjson.WriteError(w, httpjson.BadRequest("InvalidJSON", "The request body must be a JSON object"))
		return
	}
	h := webhook{Webhook: wire.Webhook{HTTPMethod: "POST", RequestFormat: "json", Status: "active", Name: "Test"}, Secret: TestSecret}
	if id := r.URL.Query().Get("webhook_id"); id != "" {
		stored, found := s.hookOr404(w, id)
		if !found {
			return
		}
		h = stored
	}
	if in.Webhook != nil {
		in.Webhook.apply(&h, false)
	}
	if errs := h.validate(); errs != nil {
		delete(errs, "name")
		delete(errs, "subscriptions")
		if len(errs) > 0 {
			httpjson.WriteError(w, invalidHook(errs))
			return
		}
	}
	payload := []byte(`{"message":"This is a test request from the Zendesk webhook test feature"}`)
	if in.Request != nil && in.Request.Payload != "" {
		payload = []byte(in.Request.Payload)
	}
	if h.CustomHeaders == nil {
		h.CustomHeaders = map[string]string{}
	}
	if in.Request != nil {
		for _, kv := range in.Request.Headers {
			h.CustomHeaders[kv.Key] = kv.Value
		}
	}
	s.mu.Lock()
	if s.pool == nil && !s.closed {
		s.pool = newDeliveryPool(s.cfg)
	}
	pool := s.pool
	s.mu.Unlock()
	if pool == nil {
		httpjson.WriteError(w, &httpjson.APIError{Status: http.StatusServiceUnavailable, Error_: "ServiceUnavailable", Description: "The emulator is shutting down"})
		return
	}
	res := s.send(pool, h, random.ULID(time.Now()), payload)
	headers := []headerPair{}
	for k, vs := range res.headers {
		for _, v := range vs {
			headers = append(headers, headerPair{Key: k, Value: v})
		}
	}
	sort.Slice(headers, func(i, j int) bool { return headers[i].Key < headers[j].Key })
	body := res.ResponseBody
	if res.Error != "" {
		body = res.Error
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"response": map[string]any{
		"headers": headers, "status_code": res.StatusCode, "payload": body,
	}})
}
