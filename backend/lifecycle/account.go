package lifecycle

import (
	"context"
	"errors"
	"fmt"

	"zensync/backend/integration"
	"zensync/backend/zendesk"
)

// AccountNotFoundError: no Zendesk account answers at the domain (a typo, most often). It wraps
// zendesk.ErrDomainNotFound.
type AccountNotFoundError struct{ Host string }

func (e *AccountNotFoundError) Error() string {
	return fmt.Sprintf("No Zendesk account at %s — check the spelling.", e.Host)
}

func (e *AccountNotFoundError) Unwrap() error { return zendesk.ErrDomainNotFound }

// CheckAccount asks Zendesk whether an account answers at what the admin typed in the domain
// field (any form NormalizeDomain accepts). It returns nil when one does, *AccountNotFoundError
// when none does, integration's message as FieldErrors when the text cannot be a domain, and
// another error when Zendesk could not be asked (offline): then nothing is known, and saving
// goes on.
func (s *Service) CheckAccount(ctx context.Context, raw string) error {
	domain, err := integration.NormalizeDomain(raw)
	if err != nil {
		return integration.FieldErrors{integration.FieldDomain: err.Error()}
	}
	err = s.d.Tokens.CheckAccount(ctx, domain)
	if errors.Is(err, zendesk.ErrDomainNotFound) {
		return &AccountNotFoundError{Host: integration.Host(domain)}
	}
	return err
}

// refuseUnknownAccount runs CheckAccount for a form being saved: an account that does not exist
// is a field error on the domain; a check that could not reach Zendesk is logged and the save
// goes on (an admin may set up an integration offline).
func (s *Service) refuseUnknownAccount(ctx context.Context, domain string) error {
	err := s.CheckAccount(ctx, domain)
	var nf *AccountNotFoundError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &nf):
		return integration.FieldErrors{integration.FieldDomain: nf.Error()}
	default:
		s.log.Info("the Zendesk account could not be checked; saving anyway", "domain", domain, "err", err)
		return nil
	}
}

// Export pace, from Zendesk's documented limits: an incremental export page holds up to 1,000
// records and the incremental endpoints allow 10 requests a minute.
const (
	ExportPageSize       = 1000
	ExportPagesPerMinute = 10
)

// Estimate is how long a first ticket sync takes at Zendesk's export limit.
type Estimate struct {
	Tickets int64
	Pages   int64
	Minutes int64 // at least 1
}

// EstimateFor is the estimate for n tickets.
func EstimateFor(n int64) Estimate {
	pages := max(1, (n+ExportPageSize-1)/ExportPageSize)
	return Estimate{Tickets: n, Pages: pages, Minutes: max(1, (pages+ExportPagesPerMinute-1)/ExportPagesPerMinute)}
}

// Text says the estimate in words: "5,000 tickets in Zendesk: about 1 minute at Zendesk's
// export limit (1,000 tickets a page, 10 pages a minute)."
func (e Estimate) Text() string {
	unit := "minutes"
	if e.Minutes == 1 {
		unit = "minute"
	}
	return fmt.Sprintf("%s tickets in Zendesk: about %s %s at Zendesk's export limit (%s tickets a page, %d pages a minute).",
		thousands(e.Tickets), thousands(e.Minutes), unit, thousands(ExportPageSize), ExportPagesPerMinute)
}

// EstimateSync asks the integration's account (as its token) how many tickets it has and says
// how long their first sync takes. Only Helpdesk integrations sync tickets.
func (s *Service) EstimateSync(ctx context.Context, id string) (Estimate, error) {
	in, err := s.d.Repo.Get(ctx, id)
	if err != nil {
		return Estimate{}, err
	}
	if in.Capability != integration.Helpdesk {
		return Estimate{}, fmt.Errorf("%s syncs no tickets: %w", in.Capability.DisplayName(), ErrNoTickets)
	}
	n, err := s.d.Tokens.CountTickets(ctx, in)
	if err != nil {
		return Estimate{}, err
	}
	return EstimateFor(n), nil
}

// ErrNoTickets: the integration's capability syncs no tickets, so there is nothing to estimate.
var ErrNoTickets = errors.New("this integration syncs no tickets")

// thousands writes n with comma separators: 12345 → "12,345".
func thousands(n int64) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
