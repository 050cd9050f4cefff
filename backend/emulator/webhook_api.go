package emulator

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// webhookSecretAlgorithm is how Zendesk names the signing algorithm.
const webhookSecretAlgorithm = "SHA256"

// authorizeHooks lets admins with a webhooks (or global) scope in; the webhooks API is admin only.
func (s *webhookState) authorizeHooks(w http.ResponseWriter, r *http.Request, write bool) (Principal, bool) {
	p, err := s.acct.auth.authorize(r, write, "webhooks", true)
	if err != nil {
		writeAPIError(w, err)
		return Principal{}, false
	}
	return p, true
}

// readWebhookBody decodes {"webhook": {...}}; a body that is not JSON is a 400.
func readWebhookBody(r *http.Request) (webhookInput, *APIError) {
	var body struct {
		Webhook *webhookInput `json:"webhook"`
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || json.Unmarshal(raw, &body) != nil {
		return webhookInput{}, errBadRequest("InvalidJSON", "The request body must be a JSON object")
	}
	if body.Webhook == nil {
		return webhookInput{}, errInvalid("Record validation errors", map[string][]fieldError{
			"webhook": {{Description: "Webhook: is required", Error: "BlankValue"}}})
	}
	return *body.Webhook, nil
}

func invalidHook(errs map[string][]fieldError) *APIError {
	return errInvalid("Record validation errors", errs)
}

// handleCreate is POST /api/v2/webhooks (201), or a clone with ?clone_webhook_id=.
func (s *webhookState) handleCreate(w http.ResponseWriter, r *http.Request) {
	p, ok := s.authorizeHooks(w, r, true)
	if !ok {
		return
	}
	var h webhook
	if cloneID := r.URL.Query().Get("clone_webhook_id"); cloneID != "" {
		src, found := s.lookup(cloneID)
		if !found {
			writeAPIError(w, errNotFound())
			return
		}
		h = src
		h.Name = src.Name + " (copy)"
		h.UpdatedAt, h.UpdatedBy = time.Time{}, ""
	} else {
		in, aerr := readWebhookBody(r)
		if aerr != nil {
			writeAPIError(w, aerr)
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
		writeAPIError(w, invalidHook(errs))
		return
	}
	now := s.acct.Now()
	h.ID = newULID(now)
	if h.Secret == "" || r.URL.Query().Get("clone_webhook_id") != "" {
		h.Secret = randomSecret(32)
	}
	h.CreatedAt = now // a new webhook has no updated_at until its first update (recorded)
	h.CreatedBy = strconv.FormatInt(p.UserID, 10)

	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		writeAPIError(w, &APIError{Status: http.StatusServiceUnavailable, Error_: "ServiceUnavailable", Description: "The emulator is shutting down"})
		return
	}
	e := &hookEntry{hook: h}
	s.startQueueLocked(e)
	s.hooks[h.ID] = e
	s.order = append(s.order, h.ID)
	s.mu.Unlock()
	s.acct.Logger().Info("webhook created", "webhook_id", h.ID, "name", h.Name, "endpoint", h.Endpoint)
	writeJSON(w, http.StatusCreated, map[string]any{"webhook": h.view()})
}

// handleShow is GET /api/v2/webhooks/{id}.
func (s *webhookState) handleShow(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorizeHooks(w, r, false); !ok {
		return
	}
	h, ok := s.lookup(hookID(r))
	if !ok {
		writeAPIError(w, errNotFound())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"webhook": h.view()})
}

// handleUpdate is PUT /api/v2/webhooks/{id}: the whole webhook is replaced (204).
func (s *webhookState) handleUpdate(w http.ResponseWriter, r *http.Request) { s.change(w, r, true) }

// handlePatch is PATCH /api/v2/webhooks/{id}: only the fields sent change (204).
func (s *webhookState) handlePatch(w http.ResponseWriter, r *http.Request) { s.change(w, r, false) }

func (s *webhookState) change(w http.ResponseWriter, r *http.Request, replace bool) {
	p, ok := s.authorizeHooks(w, r, true)
	if !ok {
		return
	}
	in, aerr := readWebhookBody(r)
	if aerr != nil {
		writeAPIError(w, aerr)
		return
	}
	if len(in.SigningSecret) > 0 || len(in.ExternalSource) > 0 {
		writeAPIError(w, invalidHook(map[string][]fieldError{"webhook": {{
			Description: "Webhook: signing_secret and external_source cannot be changed", Error: "InvalidValue"}}}))
		return
	}
	id := hookID(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, found := s.hooks[id]
	if !found {
		writeAPIError(w, errNotFound())
		return
	}
	h := e.hook
	in.apply(&h, replace)
	if errs := h.validate(); errs != nil {
		writeAPIError(w, invalidHook(errs))
		return
	}
	h.UpdatedAt, h.UpdatedBy = s.acct.Now(), strconv.FormatInt(p.UserID, 10)
	e.hook = h
	w.WriteHeader(http.StatusNoContent)
}

// handleDelete is DELETE /api/v2/webhooks/{id} (204); queued deliveries are dropped.
func (s *webhookState) handleDelete(w http.ResponseWriter, r *http.Request) {
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
		writeAPIError(w, errNotFound())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleShowSecret is GET /api/v2/webhooks/{id}/signing_secret.
func (s *webhookState) handleShowSecret(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorizeHooks(w, r, false); !ok {
		return
	}
	h, ok := s.lookup(hookID(r))
	if !ok {
		writeAPIError(w, errNotFound())
		return
	}
	writeJSON(w, http.StatusOK, secretBody(h.Secret))
}

// handleResetSecret is POST /api/v2/webhooks/{id}/signing_secret: a new secret (201).
func (s *webhookState) handleResetSecret(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorizeHooks(w, r, true); !ok {
		return
	}
	secret := randomSecret(32)
	s.mu.Lock()
	e, found := s.hooks[hookID(r)]
	if found {
		e.hook.Secret = secret
	}
	s.mu.Unlock()
	if !found {
		writeAPIError(w, errNotFound())
		return
	}
	writeJSON(w, http.StatusCreated, secretBody(secret))
}

func secretBody(secret string) map[string]any {
	return map[string]any{"signing_secret": map[string]string{"algorithm": webhookSecretAlgorithm, "secret": secret}}
}

// hookID reads the {id} wildcard, tolerating a ".json" suffix.
func hookID(r *http.Request) string { return strings.TrimSuffix(r.PathValue("id"), ".json") }
