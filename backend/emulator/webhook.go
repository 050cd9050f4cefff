package emulator

import "net/http"

// webhookState is the webhooks API and delivery half of an account. (Placeholder until the
// identity half lands.)
type webhookState struct{ acct *Account }

func newWebhookState(a *Account) *webhookState           { return &webhookState{acct: a} }
func (s *webhookState) routes(mux *http.ServeMux)        {}
func (s *webhookState) controlRoutes(mux *http.ServeMux) {}
func (s *webhookState) ticketChanged(c TicketChange)     {}
func (s *webhookState) close()                           {}
