package lifecycle

import (
	"testing"
	"time"

	"zensync/backend/integration"
)

func TestDiffSaysWhatAnEditChanged(t *testing.T) {
	base := integration.Integration{ID: "i", Name: "Support", Domain: "acme", OAuthClientID: "c1",
		PullRecordBy: integration.PullByUpdatedTime, BackfillStart: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		WebhookBaseURL: "https://hooks.example.test"}
	tests := []struct {
		name   string
		edit   func(*integration.Integration)
		want   Change
		resync bool
	}{
		{"a rename changes nothing that matters", func(i *integration.Integration) { i.Name = "Renamed" }, Change{}, false},
		{"a new domain is another account", func(i *integration.Integration) { i.Domain = "acme-eu" },
			Change{DomainChanged: true, AccountChanged: true}, false},
		{"a new OAuth client is another account, same records", func(i *integration.Integration) { i.OAuthClientID = "c2" },
			Change{AccountChanged: true}, false},
		{"a new Pull Record By walks the exports again", func(i *integration.Integration) { i.PullRecordBy = integration.PullByCreatedTime },
			Change{PullByChanged: true}, true},
		{"a new backfill start walks the exports again", func(i *integration.Integration) { i.BackfillStart = i.BackfillStart.AddDate(0, -3, 0) },
			Change{BackfillChanged: true}, true},
		{"the same backfill day in another zone is no change", func(i *integration.Integration) { i.BackfillStart = i.BackfillStart.In(time.FixedZone("x", 3600)) },
			Change{}, false},
		{"a new public base URL re-points the webhook", func(i *integration.Integration) { i.WebhookBaseURL = "" },
			Change{WebhookURLChanged: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after := base
			tt.edit(&after)
			got := Diff(base, after)
			if got != tt.want || got.ResyncFromBackfill() != tt.resync {
				t.Fatalf("Diff = %+v (resync %v), want %+v (resync %v)", got, got.ResyncFromBackfill(), tt.want, tt.resync)
			}
		})
	}
}
