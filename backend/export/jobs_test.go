package export

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"
)

func TestJobs(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	tests := []struct {
		name  string
		job   Job
		act   func(j *Jobs, id string)
		state string
		path  string
		err   string
	}{
		{"a job that finishes reports done with its path and last progress",
			func(_ context.Context, p Progress) (string, error) { p(3, 3); return "/out/folder", nil },
			nil, "done", "/out/folder", ""},
		{"a failed job reports the error in words",
			func(context.Context, Progress) (string, error) { return "", errors.New("disk full") },
			nil, "failed", "/target", "disk full"},
		{"Cancel stops a running job",
			func(ctx context.Context, p Progress) (string, error) { p(1, 10); <-ctx.Done(); return "", ctx.Err() },
			func(j *Jobs, id string) { j.Cancel(id) }, "cancelled", "/target", ""},
		{"Close cancels what runs and waits for it",
			func(ctx context.Context, _ Progress) (string, error) { <-ctx.Done(); return "", ctx.Err() },
			func(j *Jobs, _ string) { j.Close() }, "cancelled", "/target", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			updates := make(chan Update, 16)
			j := NewJobs(log, func(u Update) { updates <- u })
			defer j.Close()
			id := j.Start("kind", "/target", tc.job)
			if tc.act != nil {
				tc.act(j, id)
			}
			j.Cancel("export-unknown") // an unknown id is not an error
			for {
				select {
				case u := <-updates:
					if u.ID != id {
						t.Fatalf("update for %s, want %s", u.ID, id)
					}
					if u.State == "running" {
						continue
					}
					if u.State != tc.state || u.Path != tc.path || u.Error != tc.err {
						t.Fatalf("final update %+v, want state %s path %s error %q", u, tc.state, tc.path, tc.err)
					}
					return
				case <-time.After(10 * time.Second):
					t.Fatal("no final update")
				}
			}
		})
	}
}
