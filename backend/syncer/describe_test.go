package syncer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"zensync/backend/zendesk"
)

func TestDescribeSaysWhatWentWrongInWords(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{fmt.Errorf("run: %w", ErrNotConnected), "Connect first"},
		{fmt.Errorf("a: %w", zendesk.ErrDomainNotFound), "no Zendesk account at this domain"},
		{fmt.Errorf("x: %w", context.Canceled), "cancelled"},
		{fmt.Errorf("hc: %w", zendesk.ErrHelpCenterDisabled), "Help Center is not enabled for this account"},
		{fmt.Errorf("a: %w", zendesk.ErrUnauthorized), "re-generate it"},
		{fmt.Errorf("a: %w", zendesk.ErrForbidden), "scope"},
		{fmt.Errorf("a: %w", zendesk.ErrOffline), "offline"},
		{&zendesk.RateLimitError{Status: 429, RetryAfter: 30 * time.Second}, "wait 30s"},
		{&zendesk.ServerError{Status: 502}, "server error (502)"},
		{fmt.Errorf("p: %w", zendesk.ErrMalformed), "could not be read"},
		{errors.Join(fmt.Errorf("tickets: %w", &zendesk.ServerError{Status: 500}), fmt.Errorf("comments: %w", zendesk.ErrOffline)),
			"tickets: Zendesk answered with a server error (500)"},
	}
	for _, tt := range tests {
		got := Describe(tt.err)
		if !strings.Contains(got, tt.want) || (tt.want == "" && got != "") {
			t.Errorf("Describe(%v) = %q, want it to contain %q", tt.err, got, tt.want)
		}
	}
	joined := Describe(errors.Join(fmt.Errorf("tickets: %w", &zendesk.ServerError{Status: 500}), fmt.Errorf("comments: %w", zendesk.ErrOffline)))
	if !strings.Contains(joined, "comments: Zendesk cannot be reached") {
		t.Errorf("joined = %q", joined)
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{{0, "0 pages"}, {1, "1 page"}, {2, "2 pages"}, {1000, "1000 pages"}} {
		if got := plural(c.n, "page"); got != c.want {
			t.Errorf("plural(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
