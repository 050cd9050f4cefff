package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"zensync/backend/testenv"
)

// The clock in these tests is relative to the real one: "now" is time.Now() and the entries are
// days before it, so the tests mean the same on any day.

func TestActivityPruneByAgeAndCount(t *testing.T) {
	now := time.Now()
	cases := []struct {
		name string
		age  time.Duration // 0: no age limit
		keep int           // 0: no count limit
		want string        // entries left, newest first (entry d is d days old)
	}{
		{"older than 3 days go", 3*24*time.Hour - time.Minute, 0, "[0 1 2]"},
		{"only the newest 2 stay", 0, 2, "[0 1]"},
		{"both limits: the stricter wins", 3*24*time.Hour - time.Minute, 1, "[0]"},
		{"no limits keep everything", 0, 0, "[0 1 2 3 4]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := openTemp(t)
			ctx := t.Context()
			acts := NewActivityRepo(db, nil)
			for d := 4; d >= 0; d-- { // oldest first, so ids grow with time as in real use
				if _, err := acts.Add(ctx, Activity{At: now.AddDate(0, 0, -d), Kind: ActivitySync, Level: LevelInfo, Message: fmt.Sprint(d)}); err != nil {
					t.Fatal(err)
				}
			}
			var before time.Time
			if c.age > 0 {
				before = now.Add(-c.age).In(time.FixedZone("PST", -8*3600)) // any zone means the same instant
			}
			if _, err := acts.Prune(ctx, before, c.keep); err != nil {
				t.Fatal(err)
			}
			if got, _ := acts.List(ctx, ActivityFilter{}, 0); fmt.Sprint(messages(got)) != c.want {
				t.Fatalf("left %v, want %v", messages(got), c.want)
			}
		})
	}
}

func TestActivityPruneDeletesInChunks(t *testing.T) {
	db := openTemp(t)
	ctx := t.Context()
	n := pruneChunk*2 + 17
	old := time.Now().AddDate(0, 0, -40).UTC()
	if err := db.Gorm().Exec(`WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
		INSERT INTO activity (at, kind, level, message) SELECT ?, 'sync', 'info', 'old' FROM k`, n, old).Error; err != nil {
		t.Fatal(err)
	}
	acts := NewActivityRepo(db, nil)
	if _, err := acts.Add(ctx, Activity{Kind: ActivitySync, Level: LevelInfo, Message: "new"}); err != nil {
		t.Fatal(err)
	}
	got, err := acts.Prune(ctx, time.Now().AddDate(0, 0, -30), 0)
	if err != nil || got != int64(n) {
		t.Fatalf("pruned %d (%v), want %d", got, err, n)
	}
	if left, _ := acts.List(ctx, ActivityFilter{}, 0); fmt.Sprint(messages(left)) != "[new]" {
		t.Fatalf("left %v", messages(left))
	}
}

func TestInboxPruneProcessedKeepsPendingRows(t *testing.T) {
	db, in := openWithSample(t, "Retention")
	ctx := t.Context()
	inbox := NewInboxRepo(db)
	now := time.Now()
	// e0..e4 received d days ago; e0, e2, e3 and e4 processed, e1 pending; e5 new and processed.
	var events []InboxEvent
	for d := 4; d >= 0; d-- {
		e := inboxEvent(in.ID, fmt.Sprintf("e%d", d), "")
		e.ReceivedAt = now.AddDate(0, 0, -d*20)
		events = append(events, e)
	}
	if _, err := inbox.InsertBatch(ctx, events); err != nil {
		t.Fatal(err)
	}
	rows, _ := inbox.List(ctx, in.ID, 10)
	var done []int64
	for _, r := range rows {
		if r.EventID != "e1" {
			done = append(done, r.ID)
		}
	}
	if err := inbox.Settle(ctx, in.ID, nil, done, now); err != nil {
		t.Fatal(err)
	}
	// 30 days: e2 (40 days), e3 and e4 go; e1 (20 days) is not processed and stays anyway.
	if n, err := inbox.PruneProcessed(ctx, now.AddDate(0, 0, -30), 0); err != nil || n != 3 {
		t.Fatalf("pruned %d (%v), want 3", n, err)
	}
	if got := eventIDs(t, inbox, in.ID); got != "[e0 e1]" {
		t.Fatalf("left %s", got)
	}
	// A count limit of 0 processed rows... keep 1: e0 is the newest processed row and stays.
	old := inboxEvent(in.ID, "e9", "")
	old.ReceivedAt = now
	if _, err := inbox.InsertBatch(ctx, []InboxEvent{old}); err != nil {
		t.Fatal(err)
	}
	rows, _ = inbox.List(ctx, in.ID, 10)
	if err := inbox.Settle(ctx, in.ID, nil, []int64{rows[0].ID}, now); err != nil {
		t.Fatal(err)
	}
	if n, err := inbox.PruneProcessed(ctx, time.Time{}, 1); err != nil || n != 1 {
		t.Fatalf("pruned %d (%v), want 1", n, err)
	}
	if got := eventIDs(t, inbox, in.ID); got != "[e9 e1]" {
		t.Fatalf("left %s", got)
	}
}

func eventIDs(t *testing.T, inbox *InboxRepo, integrationID string) string {
	t.Helper()
	rows, err := inbox.List(t.Context(), integrationID, 100)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.EventID
	}
	return fmt.Sprint(ids)
}

func TestHousekeeperPrunesAtStartAndOnEachTick(t *testing.T) {
	db := openTemp(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	acts := NewActivityRepo(db, nil)
	// The housekeeper's clock runs 40 days ahead of the real one: what is added now is old to it.
	var offset time.Duration = 40 * 24 * time.Hour
	clock := func() time.Time { return time.Now().Add(offset) }
	add := func(msg string) {
		if _, err := acts.Add(t.Context(), Activity{Kind: ActivitySync, Level: LevelInfo, Message: msg}); err != nil {
			t.Fatal(err)
		}
	}
	add("before start")
	h := NewHousekeeper(HousekeeperDeps{Activity: acts, Inbox: NewInboxRepo(db), Policy: DefaultRetention(),
		Interval: 20 * time.Millisecond, Now: clock})
	done := make(chan struct{})
	go func() { defer close(done); h.Run(ctx) }()
	waitUntil(t, func() bool { got, _ := acts.List(ctx, ActivityFilter{}, 0); return len(got) == 0 })
	add("while running")
	waitUntil(t, func() bool { got, _ := acts.List(ctx, ActivityFilter{}, 0); return len(got) == 0 })
	cancel()
	<-done
}

func TestDefaultRetentionIsBounded(t *testing.T) {
	r := DefaultRetention()
	if r.MaxAge != 30*24*time.Hour || r.MaxRows <= 0 || r.MaxRows > 100000 {
		t.Fatalf("default retention %+v", r)
	}
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	testenv.WaitFor(t, 5*time.Second, cond)
}
