package syncer

import (
	"errors"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
)

// TestSyncOfANeverConnectedIntegrationIsRefusedAndRecordsNothing: Sync now before Connect says
// "connect first" and touches neither the last sync nor the last attempt nor Activity.
func TestSyncOfANeverConnectedIntegrationIsRefusedAndRecordsNothing(t *testing.T) {
	e := newEnv(t, nil)
	e.account("acme", emulator.SeedConfig{Seed: 3, Tickets: 20})
	ctx := t.Context()
	if _, err := e.ints.Create(ctx, integration.Integration{ID: "new", Name: "new", Capability: integration.Helpdesk,
		Domain: "acme", PullRecordBy: integration.PullByUpdatedTime}); err != nil {
		t.Fatal(err)
	}
	if err := e.syncer.SyncNow("new"); !errors.Is(err, ErrNotConnected) {
		t.Errorf("SyncNow = %v, want ErrNotConnected", err)
	}
	res, err := e.syncer.Run(ctx, "new")
	if !errors.Is(err, ErrNotConnected) || res.Message == "" || res.OK {
		t.Errorf("Run = %+v, %v; want ErrNotConnected with a message", res, err)
	}
	got, err := e.ints.Get(ctx, "new")
	if err != nil {
		t.Fatal(err)
	}
	if got.LastSyncAt != nil || got.LastAttemptAt != nil || got.LastError != "" {
		t.Errorf("refused sync was recorded: last sync %v, last attempt %v, error %q", got.LastSyncAt, got.LastAttemptAt, got.LastError)
	}
	entries, err := store.NewActivityRepo(e.db, nil).List(ctx, store.ActivityFilter{}, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("refused sync wrote Activity: %+v", entries)
	}
}

// TestAFailedRunIsTheLastAttemptNotTheLastSync: after a good run and a failed one, the last
// successful sync is still the good one, and the failed one is the last attempt with its reason.
func TestAFailedRunIsTheLastAttemptNotTheLastSync(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MaxAttempts = 2 })
	e.account("acme", emulator.SeedConfig{Seed: 4, Tickets: 50})
	e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	ctx := t.Context()
	if r := e.run("i"); !r.OK {
		t.Fatal(r.Message)
	}
	good, _ := e.ints.Get(ctx, "i")
	if good.LastSyncAt == nil || good.LastAttemptAt == nil || !good.LastSyncAt.Equal(*good.LastAttemptAt) {
		t.Fatalf("after a good run: last sync %v, last attempt %v", good.LastSyncAt, good.LastAttemptAt)
	}
	time.Sleep(1100 * time.Millisecond) // the columns keep seconds
	e.control("POST", "acme", "/faults", emulator.Fault{Kind: emulator.FaultStatus, Status: 500, PathPrefix: "/api/v2/", Count: 1000}, nil)
	if r := e.run("i"); r.OK {
		t.Fatal("the run with every request failing succeeded")
	}
	bad, _ := e.ints.Get(ctx, "i")
	if bad.LastSyncAt == nil || !bad.LastSyncAt.Equal(*good.LastSyncAt) {
		t.Errorf("a failed run moved the last successful sync: %v → %v", good.LastSyncAt, bad.LastSyncAt)
	}
	if bad.LastAttemptAt == nil || !bad.LastAttemptAt.After(*good.LastAttemptAt) || bad.LastError == "" {
		t.Errorf("the failed run is not the last attempt with its reason: %v %q", bad.LastAttemptAt, bad.LastError)
	}
}

// TestEachRunCountsFromZero: a second run's progress and its live status start from zero, not
// from the first run's (or the stored) totals.
func TestEachRunCountsFromZero(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.PageSize = 100 })
	e.account("acme", emulator.SeedConfig{Seed: 5, Tickets: 400})
	e.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
	first := e.run("i")
	if !first.OK || first.Records < 400 {
		t.Fatalf("first run: %+v", first)
	}
	e.mu.Lock()
	e.progress = nil
	e.mu.Unlock()

	// The second run's first page waits, so its status is read before anything is committed.
	e.control("POST", "acme", "/faults", emulator.Fault{Kind: emulator.FaultDelay, PathPrefix: "/api/v2/incremental/", Count: 1000, DelayMS: 700}, nil)
	if err := e.syncer.SyncNow("i"); err != nil {
		t.Fatal(err)
	}
	st, err := e.syncer.Status(t.Context(), "i")
	if err != nil {
		t.Fatal(err)
	}
	if !st.Running {
		t.Fatal("status says not running right after SyncNow")
	}
	var stored int64
	for _, s := range st.Streams {
		stored += s.Records
		if s.RunRecords != 0 || s.RunPages != 0 {
			t.Errorf("stream %s starts the new run at %d records / %d pages, want 0", s.Name, s.RunRecords, s.RunPages)
		}
	}
	if stored < first.Records {
		t.Errorf("stored totals %d, want at least the first run's %d", stored, first.Records)
	}
	waitFinished(t, e, 2)
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.progress) == 0 {
		t.Fatal("no progress from the second run")
	}
	for _, p := range e.progress {
		if p.Records >= first.Records {
			t.Errorf("second run reported %d records (the first run had %d): counts carried over", p.Records, first.Records)
		}
		var sum int64
		for _, sp := range p.Streams {
			sum += sp.Records
		}
		if sum != p.Records || len(p.Streams) != 8 { // tickets, comments, users, ticket fields, forms, brands, user and organization fields
			t.Errorf("progress %+v: streams %+v do not add up to its records", p, p.Streams)
		}
	}
}

// waitFinished waits until n runs have finished.
func waitFinished(t *testing.T, e *env, n int) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		e.mu.Lock()
		done := len(e.finished)
		e.mu.Unlock()
		if done >= n {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%d runs did not finish in time", n)
}
