package webhook

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"testing"
	"time"
)

func TestTallyCountsByReasonAndPeriod(t *testing.T) {
	hour := time.Now().Truncate(time.Hour) // relative to the real clock: the test means the same on any day
	now := hour
	var got []Activity
	tl := newTally(func(_ context.Context, entries []Activity) error { got = append(got, entries...); return nil },
		nil, time.Second, periods{}, slog.New(slog.DiscardHandler), func() time.Time { return now })
	at := func(d time.Duration, f func()) { now = hour.Add(d); f() }
	at(time.Minute, func() { tl.reject("", ReasonBadSignature) })
	at(50*time.Minute, func() { tl.reject("", ReasonBadSignature) })    // same hour: same row
	at(61*time.Minute, func() { tl.reject("", ReasonBadSignature) })    // next hour: a new row
	at(2*time.Minute, func() { tl.reject("i1", ReasonBadSignature) })   // another integration
	at(2*time.Minute, func() { tl.reject("", ReasonMethodNotAllowed) }) // another reason
	at(time.Minute, func() { tl.accept("i1", "zen:event-type:ticket.created", false) })
	at(time.Minute+30*time.Second, func() { tl.accept("i1", "zen:event-type:ticket.status_changed", false) }) // same minute
	at(2*time.Minute, func() { tl.accept("i1", "zen:event-type:ticket.created", false) })                     // next minute
	tl.flush(t.Context())
	var lines []string
	for _, a := range got {
		lines = append(lines, fmt.Sprintf("%s|%s|%s|%d|%s", a.Bucket.Sub(hour), a.IntegrationID, a.Reason, a.Count, a.Message(a.Count)))
	}
	sort.Strings(lines)
	want := []string{
		"0s||bad_signature|2|2 webhook deliveries rejected: bad signature",
		"0s||method_not_allowed|1|Webhook delivery rejected: method not allowed",
		"0s|i1|bad_signature|1|Webhook delivery rejected: bad signature",
		"1h0m0s||bad_signature|1|Webhook delivery rejected: bad signature",
		"1m0s|i1||2|2 webhook events received and stored (latest: zen:event-type:ticket.status_changed)",
		"2m0s|i1||1|Webhook event received and stored (latest: zen:event-type:ticket.created)",
	}
	sort.Strings(want)
	if fmt.Sprint(lines) != fmt.Sprint(want) {
		t.Fatalf("got\n%s\nwant\n%s", lines, want)
	}
}
