package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"zensync/backend/attachments"
	"zensync/backend/store"
)

// AttachmentFigures are one measured background download of every attachment of a synced
// account, and the emulator's own serving speed for the same files.
type AttachmentFigures struct {
	Files        int64
	TooLarge     int64
	Bytes        int64
	Seconds      float64
	MBPerS       float64 // the downloader: content_url → 302 → storage → SHA-256 → file → row
	EmulatorMBPS float64 // the emulator alone: storage bytes read and discarded, same concurrency
}

// RunAttachments syncs tickets from the emulator at baseURL into a database in dir, then
// downloads their attachments with the downloader (3 at a time, pacing off: the figure is what
// the code can do, not the polite rate it keeps against Zendesk).
func RunAttachments(ctx context.Context, baseURL, dir string) (AttachmentFigures, error) {
	var f AttachmentFigures
	dbPath := filepath.Join(dir, "zensync.db")
	if _, err := RunSync(ctx, baseURL, dbPath); err != nil {
		return f, err
	}
	db, err := store.Open(ctx, dbPath, nil)
	if err != nil {
		return f, err
	}
	defer db.Close()
	repo := store.NewAttachmentRepo(db, nil)
	pending, err := repo.Pending(ctx, "", 0, 1_000_000)
	if err != nil {
		return f, err
	}
	if f.EmulatorMBPS, err = serveOnly(ctx, baseURL, pending, 3); err != nil {
		return f, err
	}
	dl := attachments.New(attachments.Options{Repo: repo, Integrations: store.NewIntegrationRepo(db, nil),
		Clients: Clients{Base: baseURL}, Dir: filepath.Join(dir, "attachments"), PerMinute: 1 << 30, Concurrency: 3})
	start := time.Now()
	st, err := dl.RunOnce(ctx)
	f.Seconds = time.Since(start).Seconds()
	if err != nil {
		return f, err
	}
	if st.Failed+st.Retry+st.Skipped > 0 {
		return f, fmt.Errorf("bench attachments: %+v", st)
	}
	f.Files, f.TooLarge, f.Bytes = int64(st.Downloaded+st.Deduplicated), int64(st.TooLarge), st.Bytes
	f.MBPerS = float64(f.Bytes) / (1 << 20) / f.Seconds
	return f, nil
}

// serveOnly reads every pending attachment's storage bytes straight from the emulator (no
// redirect, no hashing, no disk) with n workers and returns MB/s.
func serveOnly(ctx context.Context, baseURL string, atts []store.AttachmentView, n int) (float64, error) {
	urls := make(chan string)
	errs := make(chan error, n)
	var total int64
	sizes := make(chan int64, n)
	start := time.Now()
	for i := 0; i < n; i++ {
		go func() {
			var got int64
			for u := range urls {
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					errs <- err
					continue
				}
				k, _ := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				got += k
			}
			sizes <- got
		}()
	}
	for _, a := range atts {
		if a.Size > attachments.DefaultMaxFileBytes {
			continue
		}
		// content_url <base>/<account>/attachments/token/<t>/?name=… → <base>/_storage/<account>/<t>/f
		_, rest, _ := strings.Cut(a.ContentURL, "/attachments/token/")
		token, _, _ := strings.Cut(rest, "/")
		urls <- baseURL + "/_storage/" + Account + "/" + token + "/f"
	}
	close(urls)
	for i := 0; i < n; i++ {
		total += <-sizes
	}
	secs := time.Since(start).Seconds()
	select {
	case err := <-errs:
		return 0, err
	default:
	}
	return float64(total) / (1 << 20) / secs, nil
}
