package store

import (
	"fmt"
	"testing"
	"time"
)

func TestActivityAddCountedKeepsOneRowPerReasonAndPeriod(t *testing.T) {
	db, in := openWithSample(t, "Counted")
	ctx := t.Context()
	acts := NewActivityRepo(db, nil)
	msg := func(n int) string { return fmt.Sprintf("%d rejected", n) }
	hour := time.Now().Truncate(time.Hour)
	counted := func(integrationID, reason string, bucket time.Time, n int) CountedActivity {
		return CountedActivity{Activity: Activity{IntegrationID: integrationID, Kind: ActivityWebhook, Level: LevelWarn, Reason: reason},
			Bucket: bucket, N: n, Message: msg}
	}
	gone := createSample(t, db, "Gone")
	if err := NewIntegrationRepo(db, nil).Delete(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	batches := [][]CountedActivity{
		{counted("", "bad_signature", hour, 3)},
		{
			counted("", "bad_signature", hour, 1000),   // same key: counted into the first row
			counted(in.ID, "bad_signature", hour, 2),   // another integration
			counted("", "method_not_allowed", hour, 5), // another reason
		},
		{
			counted("", "bad_signature", hour.Add(time.Hour), 1), // the next period
			counted(in.ID, "bad_signature", hour, 1),
			counted(gone.ID, "bad_signature", hour, 7), // deleted meanwhile: counted without it
		},
	}
	for _, b := range batches {
		if err := acts.AddCounted(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	got, err := acts.List(ctx, ActivityFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := "[1 rejected 5 rejected 3 rejected 1010 rejected]"
	if fmt.Sprint(messages(got)) != want {
		t.Fatalf("got %v, want %v", messages(got), want)
	}
	if got[3].Count != 1010 || got[2].Count != 3 || got[2].IntegrationID != in.ID || got[3].Reason != "bad_signature" {
		t.Fatalf("rows %+v", got)
	}
	if err := acts.AddCounted(ctx, []CountedActivity{counted("", "x", hour, 0)}); err == nil {
		t.Fatal("a count of 0 was accepted")
	}
}

func TestInboxCommitIsDurableAndTheWriterReturnsToNormal(t *testing.T) {
	db := openTemp(t)
	ctx := t.Context()
	sqlDB, err := db.Gorm().DB()
	if err != nil {
		t.Fatal(err)
	}
	conn, err := durableConn(ctx, sqlDB)
	if err != nil {
		t.Fatal(err)
	}
	var during int
	if err := conn.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&during); err != nil {
		t.Fatal(err)
	}
	conn.release()
	var after int
	if err := sqlDB.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&after); err != nil {
		t.Fatal(err)
	}
	if during != 2 || after != 1 { // 2 = FULL, 1 = NORMAL
		t.Fatalf("synchronous during the inbox commit %d, after %d; want 2 (FULL) then 1 (NORMAL)", during, after)
	}
}
