package attachments

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zensync/backend/store"
)

func TestDownloadsIntoContentAddressedFilesOnceAndKeepsTheTokenOnTheAccountHost(t *testing.T) {
	e := newEnv(t)
	a, b := bytesOf("a", 5000), bytesOf("b", 7000)
	ids := e.comment(att(e.zd.add("t1", a), len(a)), att(e.zd.add("t2", b), len(b)), att(e.zd.add("t3", a), len(a)))
	st, err := e.downloader().RunOnce(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Downloaded != 2 || st.Deduplicated != 1 || st.Bytes != int64(2*len(a)+len(b)) {
		t.Fatalf("stats = %+v; want 2 new files, 1 duplicate", st)
	}
	e.noLeak()
	for i, want := range [][]byte{a, b, a} {
		got := e.state(ids[i])
		sum := sha256.Sum256(want)
		if got.State != store.AttachmentDownloaded || got.SHA256 != hex.EncodeToString(sum[:]) {
			t.Fatalf("attachment %d: %+v", i, got)
		}
		p, _ := Folder{Dir: e.dir}.Path(got.SHA256)
		if p != filepath.Join(e.dir, got.SHA256[:2], got.SHA256) {
			t.Fatalf("path %s is not <dir>/ab/abcdef…", p)
		}
		disk, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(disk, want) {
			t.Fatalf("file of attachment %d: %v", i, err)
		}
	}
	s, _ := e.repo.Summary(t.Context())
	if s.UsedBytes != int64(len(a)+len(b)) {
		t.Fatalf("used = %d, want %d (each file once)", s.UsedBytes, len(a)+len(b))
	}
	if st, _ := e.downloader().RunOnce(t.Context()); st != (Stats{}) {
		t.Fatalf("a second pass did something: %+v", st)
	}
}

func TestTheTokenIsNeverSentToAnotherHost(t *testing.T) {
	e := newEnv(t)
	body := bytesOf("x", 100)
	// a content_url on the storage host itself (not the account's): refused, nothing sent there
	foreign := e.zd.storage.URL + "/blob/f1"
	e.zd.add("f1", body)
	ids := e.comment(att(foreign, len(body)))
	if _, err := e.downloader().RunOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := e.state(ids[0]); got.State != store.AttachmentFailed || !strings.Contains(got.Reason, "not on the account's host") {
		t.Fatalf("foreign content_url: %+v", got)
	}
	e.noLeak()
	e.zd.mu.Lock()
	defer e.zd.mu.Unlock()
	if e.zd.accHits != 0 {
		t.Fatalf("account hits = %d", e.zd.accHits)
	}
}

func TestCapsPerFileAndTotal(t *testing.T) {
	cases := []struct {
		name                string
		announced, served   int
		maxFile, maxTotal   int64
		wantState, inReason string
		wantFull            bool
	}{
		{"announced over the file limit: not fetched", 2000, 2000, 1000, 1 << 20, store.AttachmentTooLarge, "Larger than the 1 MB limit", false},
		{"announced small, served large: stopped at the limit", 10, 3000, 2000, 1 << 20, store.AttachmentTooLarge, "Larger than", false},
		{"under both", 500, 500, 1000, 1 << 20, store.AttachmentDownloaded, "", false},
		{"over the total: stays pending", 1500, 1500, 1 << 20, 1000, store.AttachmentPending, "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			ids := e.comment(att(e.zd.add("t", bytesOf("z", c.served)), c.announced))
			st, err := e.downloader(func(o *Options) { o.MaxFileBytes, o.MaxTotalBytes = c.maxFile, c.maxTotal }).RunOnce(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			got := e.state(ids[0])
			if got.State != c.wantState || !strings.Contains(got.Reason, c.inReason) || st.Full != c.wantFull {
				t.Fatalf("state %q reason %q full %v; want %q %q %v", got.State, got.Reason, st.Full, c.wantState, c.inReason, c.wantFull)
			}
			if entries, _ := os.ReadDir(filepath.Join(e.dir, "tmp")); len(entries) != 0 {
				t.Fatalf("left %d temporary files", len(entries))
			}
		})
	}
}

func TestFailuresAreRecordedWithTheirReason(t *testing.T) {
	e := newEnv(t)
	gone := e.comment(att(e.zd.add("gone", nil), 10))[0]
	flaky := e.comment(att(e.zd.add("flaky", nil), 10))[0]
	e.zd.mu.Lock()
	e.zd.status["gone"], e.zd.status["flaky"] = http.StatusNotFound, http.StatusBadGateway
	e.zd.mu.Unlock()
	d := e.downloader(func(o *Options) { o.MaxAttempts = 2 })
	if _, err := d.RunOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := e.state(gone); got.State != store.AttachmentFailed || !strings.Contains(got.Reason, "404") {
		t.Fatalf("404 from storage: %+v", got)
	}
	if got := e.state(flaky); got.State != store.AttachmentPending || !strings.Contains(got.Reason, "502") || got.Attempts != 1 {
		t.Fatalf("first 502: %+v (want pending, retried later)", got)
	}
	if _, err := d.RunOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := e.state(flaky); got.State != store.AttachmentFailed || got.Attempts != 2 {
		t.Fatalf("second 502 with MaxAttempts 2: %+v", got)
	}
}

func TestRateLimitedDownloadsWaitRetryAfter(t *testing.T) {
	e := newEnv(t)
	body := bytesOf("r", 64)
	id := e.comment(att(e.zd.add("rl", body), len(body)))[0]
	e.zd.mu.Lock()
	e.zd.limited["rl"] = 1
	e.zd.mu.Unlock()
	start := time.Now()
	if _, err := e.downloader().RunOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := e.state(id); got.State != store.AttachmentDownloaded {
		t.Fatalf("after a 429: %+v", got)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Fatalf("retried after %v, before Retry-After (1s)", waited)
	}
}

func TestAnInterruptedPassResumesAfterARestart(t *testing.T) {
	e := newEnv(t)
	quick, slow := bytesOf("q", 100), bytesOf("s", 200_000)
	ids := e.comment(att(e.zd.add("quick", quick), len(quick)), att(e.zd.add("slow", slow), len(slow)))
	release := make(chan struct{})
	e.zd.mu.Lock()
	e.zd.block["slow"] = release
	e.zd.mu.Unlock()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { _, err := e.downloader().RunOnce(ctx); done <- err }()
	deadline := time.Now().Add(10 * time.Second)
	for e.state(ids[0]).State != store.AttachmentDownloaded && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel() // the app quits while "slow" is still downloading
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted pass: %v", err)
	}
	if got := e.state(ids[1]); got.State != store.AttachmentPending || got.Attempts != 0 {
		t.Fatalf("interrupted download: %+v (want pending, no attempt counted)", got)
	}
	close(release)
	// a new downloader (the app started again) finishes the job
	st, err := e.downloader().RunOnce(t.Context())
	if err != nil || st.Downloaded != 1 {
		t.Fatalf("after restart: %+v, %v", st, err)
	}
	if got := e.state(ids[1]); got.State != store.AttachmentDownloaded {
		t.Fatalf("after restart: %+v", got)
	}
	if entries, _ := os.ReadDir(filepath.Join(e.dir, "tmp")); len(entries) != 0 {
		t.Fatalf("left %d temporary files", len(entries))
	}
}

func TestFolderPathRefusesAnythingButAHash(t *testing.T) {
	f := Folder{Dir: "/data/attachments"}
	for _, bad := range []string{"", "../../etc/passwd", strings.Repeat("A", 64), strings.Repeat("g", 64), strings.Repeat("a", 63) + "/"} {
		if _, err := f.Path(bad); !errors.Is(err, ErrBadKey) {
			t.Errorf("Path(%q) = %v, want ErrBadKey", bad, err)
		}
	}
	if p, err := f.Path(strings.Repeat("ab", 32)); err != nil || p != filepath.Join("/data/attachments", "ab", strings.Repeat("ab", 32)) {
		t.Errorf("good key: %q, %v", p, err)
	}
}
