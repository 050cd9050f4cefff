package bench

import (
	"testing"
)

// attachmentTickets is how many seeded tickets' attachments are downloaded (about one comment
// in twelve has a file; the mean file is ~90 KB).
const (
	attachmentTickets      = 5_000
	smallAttachmentTickets = 800
)

// BenchmarkAttachments measures the background attachment download from the emulator
// (attachments_mb_per_s) and the emulator's own serving speed (attachments_emulator_mb_per_s),
// which must be well above it.
func BenchmarkAttachments(b *testing.B) {
	n := benchSize(attachmentTickets, smallAttachmentTickets)
	for i := 0; i < b.N; i++ {
		f := runAttachments(b, n)
		record(b, "attachments_files", float64(f.Files))
		record(b, "attachments_mb", round2(float64(f.Bytes)/(1<<20)))
		record(b, "attachments_mb_per_s", round2(f.MBPerS))
		record(b, "attachments_emulator_mb_per_s", round2(f.EmulatorMBPS))
		b.Logf("attachments: %d files (%d over the per-file limit), %.1f MB in %.1fs = %.1f MB/s; the emulator alone serves %.1f MB/s",
			f.Files, f.TooLarge, float64(f.Bytes)/(1<<20), f.Seconds, f.MBPerS, f.EmulatorMBPS)
	}
}

func runAttachments(tb testing.TB, n int) AttachmentFigures {
	tb.Helper()
	emu := mustEmulator(tb, n)
	defer emu.Close()
	f, err := RunAttachments(tb.Context(), emu.URL, tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// TestAttachmentBenchMeasures keeps the benchmark honest in the ordinary test run: it
// downloads real files and measures both speeds.
func TestAttachmentBenchMeasures(t *testing.T) {
	f := runAttachments(t, 300)
	if f.Files < 10 || f.Bytes < 100_000 || f.MBPerS <= 0 || f.EmulatorMBPS <= 0 {
		t.Fatalf("figures: %+v", f)
	}
}
