package emulator

import (
	"net/http"
	"time"
)

// handleTicketCount answers GET /api/v2/tickets/count as Zendesk documents it:
// {"count": {"value": N, "refreshed_at": "<RFC 3339>"}} (Zendesk caches large counts and says
// when it last refreshed; the emulator's count is always fresh). Deleted tickets are not counted.
func (a *Account) handleTicketCount(w http.ResponseWriter, _ *apiRequest) *APIError {
	a.mu.RLock()
	n := a.store.liveCount()
	a.mu.RUnlock()
	writeJSON(w, http.StatusOK, map[string]any{"count": map[string]any{
		"value": n, "refreshed_at": a.srv.opts.Clock().UTC().Format(time.RFC3339),
	}})
	return nil
}
