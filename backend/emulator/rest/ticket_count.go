package rest

import (
	"net/http"
	"time"

	"zensync/backend/emulator/internal/httpjson"
)

// handleTicketCount answers GET /api/v2/tickets/count as Zendesk documents it:
// {"count": {"value": N, "refreshed_at": "<RFC 3339>"}} (Zendesk caches large counts and says
// when it last refreshed; the emulator's count is always fresh). Deleted tickets are not counted.
func (a *API) handleTicketCount(w http.ResponseWriter, _ *apiRequest) *httpjson.APIError {
	a.RLock()
	n := a.StoreLocked().LiveCount()
	a.RUnlock()
	httpjson.Write(w, http.StatusOK, map[string]any{"count": map[string]any{
		"value": n, "refreshed_at": a.Now().UTC().Format(time.RFC3339),
	}})
	return nil
}
