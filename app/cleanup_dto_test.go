package app

import (
	"strings"
	"testing"

	"zensync/backend/lifecycle"
)

// second returns the error of a two-valued call.
func second[T any](_ T, err error) error { return err }

func TestDeleteResultSaysWhatStaysInZendesk(t *testing.T) {
	cases := []struct {
		in   lifecycle.Deleted
		want string
	}{
		{lifecycle.Deleted{}, ""},
		{lifecycle.Deleted{WebhookPending: true, TokenPending: true, Reason: "Zendesk cannot be reached (offline?)."},
			"The webhook and token grant could not be removed from Zendesk: Zendesk cannot be reached (offline?)."},
		{lifecycle.Deleted{TokenPending: true, Reason: "Zendesk cannot be reached (offline?)."}, "The token grant could not be removed"},
	}
	for _, c := range cases {
		got := toDeleteResult(c.in)
		if got.Pending != c.in.Pending() || !strings.HasPrefix(got.Message, c.want) {
			t.Errorf("toDeleteResult(%+v) = %+v, want a message starting %q", c.in, got, c.want)
		}
	}
}
