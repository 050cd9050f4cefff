package lifecycle

import "zensync/backend/integration"

// Change is what an edit changed, as far as the lifecycle acts on it. Diff computes it once;
// every step of Update reads it instead of comparing fields itself.
type Change struct {
	// DomainChanged: another Zendesk account, so the local records and checkpoints belong to
	// the old one and go.
	DomainChanged bool
	// AccountChanged: the domain or the OAuth client changed, so the token and the webhook
	// belong to the old account: the webhook is removed there, the token revoked, and the
	// integration must be connected again.
	AccountChanged bool
	// PullByChanged: the exports are walked again from the backfill start under the new rule
	// (checkpoints reset, records kept).
	PullByChanged bool
	// BackfillChanged: the backfill start moved, so the exports are walked again from it
	// (checkpoints reset, records kept).
	BackfillChanged bool
	// WebhookURLChanged: the public base URL changed (the webhook is re-pointed; Ensure runs
	// after every edit of a connected integration anyway).
	WebhookURLChanged bool
}

// Diff says what changed between the stored integration and its edited form.
func Diff(before, after integration.Integration) Change {
	domain := before.Domain != after.Domain
	return Change{
		DomainChanged:     domain,
		AccountChanged:    domain || before.OAuthClientID != after.OAuthClientID,
		PullByChanged:     before.PullRecordBy != after.PullRecordBy,
		BackfillChanged:   !before.BackfillStart.Equal(after.BackfillStart),
		WebhookURLChanged: before.WebhookBaseURL != after.WebhookBaseURL,
	}
}

// ResyncFromBackfill reports whether the checkpoints must be reset so the exports start again
// from the backfill date (the records stay).
func (c Change) ResyncFromBackfill() bool { return c.PullByChanged || c.BackfillChanged }
