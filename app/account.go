package app

import (
	"errors"

	"zensync/backend/integration"
	"zensync/backend/lifecycle"
	"zensync/backend/syncer"
)

// AccountCheck is what Zendesk said about the domain field: Result is "found", "not_found",
// "invalid" (the text cannot be a Zendesk domain) or "unknown" (Zendesk could not be asked).
type AccountCheck struct {
	Result  string `json:"result"`
	Message string `json:"message"`
}

// CheckAccount asks Zendesk whether an account answers at what the admin typed in the domain
// field (on blur and before Save); Create, Update and Connect check again in Go.
func (a *IntegrationsAPI) CheckAccount(raw string) AccountCheck {
	ctx, cancel := a.ctx()
	defer cancel()
	err := a.life.CheckAccount(ctx, raw)
	var nf *lifecycle.AccountNotFoundError
	var fe integration.FieldErrors
	switch {
	case err == nil:
		d, _ := integration.NormalizeDomain(raw)
		return AccountCheck{Result: "found", Message: "Zendesk account found at " + integration.Host(d) + "."}
	case errors.As(err, &nf):
		return AccountCheck{Result: "not_found", Message: nf.Error()}
	case errors.As(err, &fe):
		return AccountCheck{Result: "invalid", Message: fe[integration.FieldDomain]}
	}
	a.log.Info("account check could not reach Zendesk", "err", err)
	return AccountCheck{Result: "unknown", Message: "Zensync could not check the account: " + syncer.Describe(err)}
}

// SyncEstimate is how long a first ticket sync takes at Zendesk's export limit.
type SyncEstimate struct {
	Tickets int64  `json:"tickets"`
	Minutes int64  `json:"minutes"`
	Message string `json:"message"` // "5,000 tickets in Zendesk: about 1 minute at Zendesk's export limit (…)."
}

// SyncEstimate asks the connected integration's account how many tickets it has and says how
// long their first sync takes (Helpdesk only; others answer invalid_input).
func (a *ConnectAPI) SyncEstimate(integrationID string) (SyncEstimate, error) {
	ctx, cancel := a.ctx()
	defer cancel()
	e, err := a.lc.EstimateSync(ctx, integrationID)
	if errors.Is(err, lifecycle.ErrNoTickets) {
		return SyncEstimate{}, &codedError{Code: CodeInvalidInput, Message: "This integration syncs no tickets."}
	}
	if err != nil {
		return SyncEstimate{}, a.bridge.wrap("connect.estimate", err)
	}
	return SyncEstimate{Tickets: e.Tickets, Minutes: e.Minutes, Message: e.Text()}, nil
}
