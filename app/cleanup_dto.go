package app

import (
	"fmt"

	"zensync/backend/integration"
	"zensync/backend/lifecycle"
	"zensync/backend/store"
)

// DeleteResult says what Delete could not remove in Zendesk (nothing when Pending is false).
type DeleteResult struct {
	Pending bool   `json:"pending"`
	Message string `json:"message"` // "The webhook and the token grant could not be removed …"
}

func toDeleteResult(d lifecycle.Deleted) DeleteResult {
	if !d.Pending() {
		return DeleteResult{}
	}
	what := lifecycle.CleanupWhat(store.PendingCleanup{WebhookPending: d.WebhookPending, TokenPending: d.TokenPending})
	return DeleteResult{Pending: true, Message: fmt.Sprintf(
		"The %s could not be removed from Zendesk: %s Zensync keeps the token for it and retries when Zendesk is reachable.",
		what, d.Reason)}
}

// PendingCleanupDTO is one line of "Pending clean-up in Zendesk" on the Integrations screen.
type PendingCleanupDTO struct {
	IntegrationID string `json:"integrationId"`
	Name          string `json:"name"`
	Host          string `json:"host"`
	What          string `json:"what"` // "webhook", "token grant", "webhook and token grant"
	Attempts      int    `json:"attempts"`
	LastError     string `json:"lastError"`
}

func toPendingCleanupDTO(p store.PendingCleanup) PendingCleanupDTO {
	return PendingCleanupDTO{IntegrationID: p.IntegrationID, Name: p.Name, Host: integration.Host(p.Domain),
		What: lifecycle.CleanupWhat(p), Attempts: p.Attempts, LastError: p.LastError}
}
