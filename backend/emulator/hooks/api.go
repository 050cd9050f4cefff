package hooks

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"zensync/backend/emulator/auth"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/internal/random"
)

// webhookSecretAlgorithm is how Zendesk names the signing algorithm.
const webhookSecretAlgorithm = "SHA256"

// authorizeHooks lets admins with a webhooks (or global) scope in; the webhooks API is admin only.
func (s *State) authorizeHooks(w http.ResponseWriter, r *http.Request, write bool) (auth.Principal, bool) {
	p, err := s.authz.Authorize(r, write, "webhooks", true)
	if err != nil {
		httpjson.WriteError(w, err)
		return auth.Principal{}, false
	}
	return p, true
}

// readWebhookBody decodes {"webhook": {...}}; a body that is not JSON is a 400.
func readWebhookBody(r *http.Request) (webhookInput, *httpjson.APIError) {
	var body struct {
		Webhook *webhookInput `json:"webhook"`
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || json.Unmarshal(raw, &body) != nil {
		return webhookInput{}, httpjson.BadRequest("InvalidJSON", "The request body must be a JSON object")
	}
	if body.Webhook == nil {
		return webhookInput{}, httpjson.Invalid("Record validation errors", map[string][]fieldError{
			"webhook": {{Description: "Webhook: is required", Error: "BlankValue"}}})
	}
	return *body.Webhook, nil
}

func invalidHook(errs map[string][]fieldError) *httpjson.APIError {
	return httpjson.Invalid("Record validation errors", errs)
}

// handleCreate is POST /api/v2/webhooks (201), or a clone with ?clone_webhook_id=.
func (s *State) handleCreate(w http.ResponseWriter, r *http.Request) {
	p, ok := s.authorizeHooks(w, r, true)
	if !ok {
		return
	}
	var h webhook
	if cloneID := r.URL.Query().Get("clone_webhook_id"); cloneID != "" {
		src, found := s.hookOr404(w, cloneID)
		if !found {
			return
		}
		h = src
		h.Name = src.Name + " (copy)"
		h.UpdatedAt, h.UpdatedBy = time.Time{}, ""
	} else {
		in, aerr := readWebhookBody(r)
		if aerr != nil {
			httpjson.WriteError(w, aerr)
			return
		}
		in.apply(&h, true)
		if len(in.SigningSecret) > 0 {
			var sec struct {
				Secret string `json:"secret"`
			}
			if json.Unmarshal(in.SigningSecret, &sec) == nil {
				h.Secret = sec.Secret
			}
		}
	}
	if errs := h.validate(); errs != nil {
		httpjson.WriteError(w, invalidHook(errs))
		return
	}
	now := s.acct.Now()
	h.ID = random.ULID(now)
	if h.Secret == "" || r.URL.Query().Get("clone_webhook_id") != "" {
		h.Secret = random.Secret(32)
	}
	h.CreatedAt = now // a new webhook has no updated_at until its first update (recorded)
	h.CreatedBy = strconv.FormatInt(p.UserID, 10)

	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		httpjson.WriteError(w, &httpjson.APIError{Status: http.StatusServiceUnavailable, Error_: "ServiceUnavailable", Description: "The emulator is shutting down"})
		return
	}
	e := &hookEntry{hook: h}
	s.startQueueLocked(e)
	s.hooks[h.ID] = e
	s.order = append(s.order, h.ID)
	s.mu.Unlock()
	s.acct.Logger().Info("webhook created", "webhook_id", h.ID, "name", h.Name, "endpoint", h.Endpoint)
	httpjson.Write(w, http.StatusCreated, map[string]any{"webhook": h.view()})
}

// handleShow is GET /api/v2/webhooks/{id}.
func (s *State) handleShow(w http.ResponseWriter, r *http.Request) {
	h, ok := s.readHook(w, r)
	if !ok {
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"webhook": h.view()})
}

// handleUpdate is PUT /api/v2/webhooks/{id}: the whole webhook is replaced (204).
func (s *State) handleUpdate(w http.ResponseWriter, r *http.Request) { s.change(w, r, true) }

// handlePatch is PATCH /api/v2/webhooks/{id}: only the fields sent change (204).
func (s *State) handlePatch(w http.ResponseWriter, r *http.Request) { s.change(w, r, false) }

func (s *State) change(w http.ResponseWriter, r *http.Request, replace bool) {
	p, ok := s.authorizeHooks(w, r, true)
	if !ok {
		return
	}
	in, aerr := readWebhookBody(r)
	if aerr != nil {
		httpjson.WriteError(w, aerr)
		return
	}
	if len(in.SigningSecret) > 0 || len(in.ExternalSource) > 0 {
		httpjson.WriteError(w, invalidHook(map[string][]fieldError{"webhook": {{
			Description: "Webhook: signing_secret and external_source cannot be changed", Error: "InvalidValue"}}}))
		return
	}
	id := hookID(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, found := s.hooks[id]
	if !found {
		httpjson.WriteError(w, httpjson.NotFound())
		return
	}
	h := e.hook
	in.apply(&h, replace)
	if errs := h.validate(); errs != nil {
		httpjson.WriteError(w, invalidHook(errs))
		return
	}
	h.UpdatedAt, h.UpdatedBy = s.acct.Now(), strconv.FormatInt(p.UserID, 10)
	e.hook = h
	w.WriteHeader(http.StatusNoContent)
}

// handleDelete is DELETE /api/v2/webhooks/{id} (204); queued deliveries are dropped.
func (s *State) handleDelete(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorizeHooks(w, r, true); !ok {
		return
	}
	id := hookID(r)
	s.mu.Lock()
	e, found := s.hooks[id]
	if found {
		delete(s.hooks, id)
		for i, v := range s.order {
			if v == id {
				s.order = append(s.order[:i], s.order[i+1:]...)
				break
			}
		}
		if e.queue != nil {
			e.queue.close()
		}
	}
	s.mu.Unlock()
	if !found {
		httpjson.WriteError(w, httpjson.NotFound())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleShowSecret is GET /api/v2/webhooks/{id}/signing_secret.
func (s *State) handleShowSecret(w http.ResponseWriter, r *http.Request) {
	h, ok := s.readHook(w, r)
	if !ok {
		return
	}
	httpjson.Write(w, http.StatusOK, secretBody(h.Secret))
}

// handleResetSecret is POST /api/v2/webhooks/{id}/signing_secret: a new secret (201).
func (s *State) handleResetSecret(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorizeHooks(w, r, true); !ok {
		return
	}
	secret := random.Secret(32)
	s.mu.Lock()
	e, found := s.hooks[hookID(r)]
	if found {
		e.hook.Secret = secret
	}
	s.mu.Unlock()
	if !found {
		httpjson.WriteError(w, httpjson.NotFound())
		return
	}
	httpjson.Write(w, http.StatusCreated, secretBody(secret))
}

func secretBody(secret string) map[string]any {
	return map[string]any{"signing_secret": map[string]string{"algorithm": webhookSecretAlgorithm, "secret": secret}}
}

// hookID reads the {id} wildcard, tolerating a ".json" suffix.
func hookID(r *http.Request) string { return strings.TrimSuffix(r.PathValue("id"), ".json") }

// readHook authorizes a read and finds the webhook the path names; when it answers false it has
// written the error (401/403, or 404).
func (s *State) readHook(w http.ResponseWriter, r *http.Request) (webhook, bool) {
	if _, ok := s.authorizeHooks(w, r, false); !ok {
		return webhook{}, false
	}
	return s.hookOr404(w, hookID(r))
}

// hookOr404 returns a copy of the webhook with id, or writes 404 and answers false.
func (s *State) hookOr404(w http.ResponseWriter, id string) (webhook, bool) {
	h, ok := s.lookup(id)
	if !ok {
		httpjson.WriteError(w, httpjson.NotFound())
	}
	return h, ok
}
