package app

import (
	"testing"
	"time"

	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
)

func TestHousekeepingPrunesToTheConfiguredRetentionAtStart(t *testing.T) {
	ctx := t.Context()
	db := emuenv.OpenStore(t)
	activity := store.NewActivityRepo(db, nil)
	for _, daysAgo := range []int{9, 5, 1} {
		if _, err := activity.Add(ctx, store.Activity{At: time.Now().AddDate(0, 0, -daysAgo), Kind: store.ActivitySync,
			Level: store.LevelInfo, Message: "sync"}); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := ParseConfig([]string{"--retention-days", "7", "--retention-rows", "1"}, func(k string) string {
		return map[string]string{"ZENSYNC_DATA_DIR": t.TempDir()}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	h := wireHousekeeping(cfg, slogDiscard(), db, activity)
	h.start(ctx)
	defer h.stop()
	deadline := time.Now().Add(5 * time.Second)
	for {
		left, err := activity.List(ctx, store.ActivityFilter{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(left) == 1 && time.Since(left[0].At) < 2*24*time.Hour {
			return // the 9-day-old entry went by age, the 5-day-old one by count
		}
		if time.Now().After(deadline) {
			t.Fatalf("left %d entries, want only the newest", len(left))
		}
		time.Sleep(10 * time.Millisecond)
	}
}
