package store

import (
	"fmt"
	"sync"
	"testing"
)

func TestActivityAddListFilterAndPage(t *testing.T) {
	db, a := openWithSample(t, "Acme")
	ctx := t.Context()
	acts := NewActivityRepo(db, clock())
	entries := []Activity{
		{IntegrationID: a.ID, Kind: ActivityConnect, Level: LevelInfo, Message: "Connected"},
		{IntegrationID: a.ID, Kind: ActivitySync, Level: LevelInfo, Message: "Synced 10 tickets"},
		{IntegrationID: a.ID, Kind: ActivityWebhook, Level: LevelWarn, Message: "Rejected a delivery", Reason: "signature_mismatch"},
		{Kind: ActivitySync, Level: LevelError, Message: "Offline"},
	}
	for _, e := range entries {
		if _, err := acts.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name   string
		filter ActivityFilter
		limit  int
		want   []string
	}{
		{"everything, newest first", ActivityFilter{}, 0, []string{"Offline", "Rejected a delivery", "Synced 10 tickets", "Connected"}},
		{"one integration", ActivityFilter{IntegrationID: a.ID}, 0, []string{"Rejected a delivery", "Synced 10 tickets", "Connected"}},
		{"one kind", ActivityFilter{Kind: ActivitySync}, 0, []string{"Offline", "Synced 10 tickets"}},
		{"one level", ActivityFilter{Level: LevelWarn}, 0, []string{"Rejected a delivery"}},
		{"a limit", ActivityFilter{}, 2, []string{"Offline", "Rejected a delivery"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := acts.List(ctx, c.filter, c.limit)
			if err != nil {
				t.Fatal(err)
			}
			if msgs := messages(got); fmt.Sprint(msgs) != fmt.Sprint(c.want) {
				t.Fatalf("got %v, want %v", msgs, c.want)
			}
		})
	}
	first, _ := acts.List(ctx, ActivityFilter{}, 2)
	rest, _ := acts.List(ctx, ActivityFilter{BeforeID: first[1].ID}, 10)
	if fmt.Sprint(messages(rest)) != "[Synced 10 tickets Connected]" {
		t.Fatalf("second page = %v", messages(rest))
	}
	if rest[0].Reason != "" || first[1].Reason != "signature_mismatch" || first[1].At.IsZero() {
		t.Errorf("fields not kept: %+v", first[1])
	}
}

func TestActivityGoesWithItsIntegrationAndNeedsOne(t *testing.T) {
	db, a := openWithSample(t, "Acme")
	ctx := t.Context()
	repo := NewIntegrationRepo(db, nil)
	acts := NewActivityRepo(db, nil)
	if _, err := acts.Add(ctx, Activity{IntegrationID: "no-such-id", Kind: ActivitySync, Level: LevelInfo, Message: "x"}); err == nil {
		t.Fatal("an entry for a missing integration was accepted (foreign keys off?)")
	}
	if _, err := acts.Add(ctx, Activity{IntegrationID: a.ID, Kind: ActivitySync, Level: LevelInfo, Message: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := repo.Delete(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := acts.List(ctx, ActivityFilter{}, 0); len(got) != 0 {
		t.Fatalf("activity outlived its integration: %v", messages(got))
	}
}

// TestConcurrentWritersNeverSeeALockedDatabase writes from many goroutines while others read.
func TestConcurrentWritersNeverSeeALockedDatabase(t *testing.T) {
	db := openTemp(t)
	ctx := t.Context()
	acts := NewActivityRepo(db, nil)
	repo := NewIntegrationRepo(db, nil)
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	for w := 0; w < 8; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for n := 0; n < 40; n++ {
				if _, err := acts.Add(ctx, Activity{Kind: ActivitySync, Level: LevelInfo, Message: "tick"}); err != nil {
					errs <- err
				}
			}
		}()
		go func() {
			defer wg.Done()
			for n := 0; n < 40; n++ {
				if _, err := repo.List(ctx); err != nil {
					errs <- err
				}
				if _, err := acts.List(ctx, ActivityFilter{}, 10); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if got, _ := acts.List(ctx, ActivityFilter{}, 0); len(got) != 320 {
		t.Fatalf("stored %d entries, want 320", len(got))
	}
}

func messages(list []Activity) []string {
	out := make([]string, len(list))
	for k, a := range list {
		out[k] = a.Message
	}
	return out
}
