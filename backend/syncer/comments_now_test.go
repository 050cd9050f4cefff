package syncer

import (
	"testing"

	"zensync/backend/emulator"
)

// TestFetchCommentsNow: a ticket opened before the comment stream reached it gets its
// conversation from the comments endpoint at once, and the later sync adds no copies.
func TestFetchCommentsNow(t *testing.T) {
	e := newHelpdeskEnv(t, "i", emulator.SeedConfig{Seed: 9, Tickets: 50})
	ctx := t.Context()
	count := func() (n int64) {
		e.db.Read().Raw(`SELECT count(*) FROM comments WHERE integration_id = 'i' AND ticket_id = 7`).Row().Scan(&n)
		return n
	}
	n, err := e.syncer.FetchComments(ctx, "i", 7)
	if err != nil || n == 0 {
		t.Fatalf("FetchComments: %d, %v", n, err)
	}
	if got := count(); got != int64(n) {
		t.Fatalf("stored %d comments, fetched %d", got, n)
	}
	if res := e.run("i"); !res.OK {
		t.Fatalf("sync: %s", res.Message)
	}
	if got := count(); got != int64(n) {
		t.Errorf("after the sync ticket 7 has %d comments, want the same %d", got, n)
	}
	if _, err := e.syncer.FetchComments(ctx, "i", 999_999); err == nil {
		t.Error("a ticket Zendesk does not have: want an error")
	}
}
