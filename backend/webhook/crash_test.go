package webhook

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zensync/backend/secrets"
	"zensync/backend/store"
)

// The crash test runs the listener in a child process (this test binary, re-executed), kills it
// with SIGKILL after it answered 200 and before it processed the event, restarts it, and checks
// the event is applied exactly once.

const crashEnv = "ZENSYNC_WEBHOOK_CRASH_CHILD"

// blockedRecords never finishes applying: the child answers deliveries but never processes them.
type blockedRecords struct{ RecordWriter }

func (blockedRecords) Apply(ctx context.Context, _ store.Batch) (store.Applied, error) {
	<-ctx.Done()
	return store.Applied{}, ctx.Err()
}

// TestMain runs the child process when the crash test re-executes this binary.
func TestMain(m *testing.M) {
	if mode := os.Getenv(crashEnv); mode != "" {
		if err := crashChild(mode); err != nil {
			fmt.Fprintln(os.Stderr, "crash child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashChild serves deliveries from the database in CRASH_DIR. "answer-only" stores and answers
// but never finishes applying (it waits for SIGKILL); "process" is the restart: it processes what
// the crash left and exits once the inbox is empty.
func crashChild(mode string) error {
	dir := os.Getenv("CRASH_DIR")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db, err := store.Open(ctx, filepath.Join(dir, "zensync.db"), nil)
	if err != nil {
		return err
	}
	defer db.Close()
	keyring := secrets.NewMemory()
	if err := keyring.Set(ctx, SecretKey(os.Getenv("CRASH_INTEGRATION")), os.Getenv("CRASH_SECRET")); err != nil {
		return err
	}
	var records RecordWriter = store.NewRecordRepo(db, nil)
	if mode == "answer-only" {
		records = blockedRecords{records}
	}
	inbox := store.NewInboxRepo(db)
	p := NewProcessor(ProcessorDeps{Inbox: inbox, Records: records, Integrations: store.NewIntegrationRepo(db, nil)})
	l := NewListener(Config{Addr: "127.0.0.1:0"}, ListenerDeps{
		Integrations: store.NewIntegrationRepo(db, nil), Secrets: NewSecretCache(keyring), Inbox: inbox, OnStored: p.Wake,
	})
	if err := l.Start(ctx); err != nil {
		return err
	}
	defer l.Stop(ctx)
	go p.Run(ctx)
	if mode == "process" {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if rows, err := inbox.Pending(ctx, 1); err == nil && len(rows) == 0 {
				return nil
			}
		}
		return fmt.Errorf("the restarted process did not process the inbox")
	}
	if err := os.WriteFile(filepath.Join(dir, "addr.tmp"), []byte(l.Addr()), 0o600); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(dir, "addr.tmp"), filepath.Join(dir, "addr")); err != nil {
		return err
	}
	select {} // wait for SIGKILL
}

func TestCrashBetweenAnswerAndProcessing(t *testing.T) {
	dir := t.TempDir()
	ctx := t.Context()
	db, err := store.Open(ctx, filepath.Join(dir, "zensync.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{db: db, repo: store.NewIntegrationRepo(db, nil), inbox: store.NewInboxRepo(db), keyring: secrets.NewMemory()}
	in := e.integration(t, "")
	db.Close()

	child := func(mode string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+mode, "CRASH_DIR="+dir, "CRASH_INTEGRATION="+in.ID, "CRASH_SECRET=crash-secret")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		return cmd
	}
	first := child("answer-only")
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	var addr []byte
	waitFor(t, func() bool { addr, err = os.ReadFile(filepath.Join(dir, "addr")); return err == nil })
	body := eventAt("crash-1", "comment_added", 77, "Crash", "OPEN", time.Now().Truncate(time.Second), time.Now(),
		`{"comment":{"id":"5001","body":"before the crash","is_public":true,"author":{"id":"1"}}}`)
	e.base = "http://" + strings.TrimSpace(string(addr))
	if got := e.send(t, delivery{path: PathPrefix + in.ID, secret: "crash-secret", timestamp: nowStamp(), invocation: "inv-crash", body: body}); got != http.StatusOK {
		first.Process.Kill()
		t.Fatalf("status %d", got)
	}
	if err := first.Process.Kill(); err != nil { // SIGKILL: no deferred code, no clean close
		t.Fatal(err)
	}
	first.Wait()

	for i := 0; i < 2; i++ { // restart, then restart once more: still applied once
		if err := child("process").Run(); err != nil {
			t.Fatalf("restart %d: %v", i, err)
		}
	}
	db, err = store.Open(ctx, filepath.Join(dir, "zensync.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var counts struct{ Tickets, Comments, Inbox, Processed, Attempts int }
	err = db.Read().Raw(`SELECT
		(SELECT count(*) FROM tickets WHERE integration_id = ? AND id = 77) AS tickets,
		(SELECT count(*) FROM comments WHERE integration_id = ? AND id = 5001) AS comments,
		(SELECT count(*) FROM webhook_inbox) AS inbox,
		(SELECT count(*) FROM webhook_inbox WHERE processed_at IS NOT NULL) AS processed,
		(SELECT coalesce(sum(attempts), 0) FROM webhook_inbox) AS attempts`, in.ID, in.ID).Scan(&counts).Error
	if err != nil {
		t.Fatal(err)
	}
	if counts != (struct{ Tickets, Comments, Inbox, Processed, Attempts int }{1, 1, 1, 1, 1}) {
		t.Fatalf("after the crash and restarts: %+v, want one ticket, one comment, one inbox row processed in one attempt", counts)
	}
	fmt.Fprintln(os.Stderr, "crash recovery: event stored before the answer, applied once after restart")
}
