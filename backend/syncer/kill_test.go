package syncer

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"zensync/backend/testenv/emuenv"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/store"
)

// The helper process: when ZENSYNC_SYNC_HELPER is set, this test syncs one integration into
// the database named by the environment and exits; the parent kills it with SIGKILL mid-way.
func TestHelperSyncProcess(t *testing.T) {
	if os.Getenv("ZENSYNC_SYNC_HELPER") != "1" {
		t.Skip("helper process for TestKillAndResume")
	}
	ctx := t.Context()
	db, err := store.Open(ctx, os.Getenv("ZENSYNC_SYNC_DB"), nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	s := New(Options{Records: store.NewRecordRepo(db, nil), Integrations: store.NewIntegrationRepo(db, nil),
		Clients: emuenv.Clients{Base: os.Getenv("ZENSYNC_SYNC_EMULATOR")}, PageSize: 100})
	res, err := s.Run(ctx, "i")
	fmt.Fprintf(os.Stderr, "helper finished: %+v %v\n", res, err)
	os.Exit(0)
}

// TestKillAndResume kills a syncing process with SIGKILL at a random moment (several seeds),
// changes some tickets, resumes in this process, and compares with a clean sync: exactly the
// same tickets (no duplicates, none lost, none older than the newest) and comments.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	const tickets = 2000
	e := newEnv(t, nil)
	e.account("acme", emulator.SeedConfig{Seed: 21, Tickets: tickets})
	partial := 0
	for _, seed := range []uint64{1, 2, 3, 4} {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 99))
			dbPath := filepath.Join(t.TempDir(), "killed.db")
			run := newEnvOn(t, e)
			run.openDB(dbPath)
			run.syncer = New(Options{Records: run.records, Integrations: run.ints, Clients: emuenv.Clients{Base: e.srv.URL}, PageSize: 100})
			run.integration("i", "acme", integration.Helpdesk, integration.PullByUpdatedTime, time.Time{})
			e.control("POST", "acme", "/faults", emulator.Fault{Kind: emulator.FaultDelay, PathPrefix: "/api/v2/incremental/", Count: 10000, DelayMS: 40}, nil)

			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperSyncProcess$")
			cmd.Env = append(os.Environ(), "ZENSYNC_SYNC_HELPER=1", "ZENSYNC_SYNC_DB="+dbPath, "ZENSYNC_SYNC_EMULATOR="+e.srv.URL)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Kill at a random moment after the first page is committed, so a slow start on a
			// loaded machine does not turn every kill into a kill before the sync began.
			exited := make(chan struct{})
			go func() { cmd.Wait(); close(exited) }()
			waitForFirstPage(t, run, exited)
			time.Sleep(time.Duration(rng.IntN(300)) * time.Millisecond)
			cmd.Process.Signal(syscall.SIGKILL)
			<-exited
			e.control("DELETE", "acme", "/faults", nil, nil)

			killed := takeSnapshot(t, run.db, "i")
			if n := len(killed.Tickets); n > 0 && n < tickets {
				partial++
			}
			t.Logf("killed with %d tickets and %d comments stored", len(killed.Tickets), len(killed.Comments))

			// Zendesk moves on while we are down: an open ticket changes.
			if ids := run.openTicketsOr(); len(ids) > 0 {
				e.control("PUT", "acme", fmt.Sprintf("/tickets/%d", ids[0]), map[string]any{"ticket": map[string]any{
					"subject": fmt.Sprintf("changed while down %d", seed), "comment": map[string]any{"body": "later"}}}, nil)
				e.control("POST", "acme", "/clock", map[string]any{"advance_seconds": 120}, nil)
			}
			run.syncer.o.Now = func() time.Time { return time.Now().Add(time.Hour) }
			if r := run.run("i"); !r.OK {
				t.Fatalf("resume failed: %s", r.Message)
			}
			if d := takeSnapshot(t, run.db, "i").diff(reference(t, e, "acme")); d != "" {
				t.Errorf("after resume, differs from a clean sync: %s", d)
			}
		})
	}
	if partial < 2 {
		t.Errorf("only %d kills landed in the middle of a sync; the test proved too little", partial)
	}
}

// openTicketsOr is openTickets that tolerates having none (a kill before the first page).
func (e *env) openTicketsOr() []int64 {
	var ids []int64
	rows, err := e.db.Read().Raw(`SELECT id FROM tickets WHERE integration_id = 'i' AND status IN ('new', 'open') AND deleted = 0 ORDER BY id LIMIT 1`).Rows()
	if err != nil {
		return nil
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	return ids
}

// waitForFirstPage polls the helper's database until it holds a ticket (at most 60 s); it
// stops the test with a clear message if the helper exits first.
func waitForFirstPage(t *testing.T, run *env, exited <-chan struct{}) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		var n int64
		run.db.Read().Raw(`SELECT count(*) FROM tickets WHERE integration_id = 'i'`).Scan(&n)
		if n > 0 {
			return
		}
		select {
		case <-exited:
			t.Fatalf("the helper sync process exited before its first page was stored")
		case <-time.After(5 * time.Millisecond):
		}
	}
	t.Fatalf("the helper sync process stored no page within 60 s")
}
