package bench

import (
	"os"
	"path/filepath"
	"testing"
)

// exportChild runs one measured export in a child process (this test binary), so its peak
// memory is the export's and not the seeding's or the other benchmarks'.
func exportChild(tb testing.TB, dbPath string) ExportFigures {
	tb.Helper()
	return runChild[ExportFigures](tb, "TestBenchExportChild", "BENCH_EXPORT",
		"ZENSYNC_BENCH_CHILD=export", "ZENSYNC_BENCH_DB="+dbPath, "ZENSYNC_BENCH_EXPORT_TO="+filepath.Join(tb.TempDir(), "tickets.csv"))
}

// TestBenchExportChild is the child process of exportChild; it does nothing in a normal test run.
func TestBenchExportChild(t *testing.T) {
	if os.Getenv("ZENSYNC_BENCH_CHILD") != "export" {
		t.Skip("runs only as the child process of the export benchmark")
	}
	f, err := RunExport(t.Context(), os.Getenv("ZENSYNC_BENCH_DB"), os.Getenv("ZENSYNC_BENCH_EXPORT_TO"))
	if err != nil {
		t.Fatal(err)
	}
	f.CPUSecs = selfCPUSeconds()
	printFigures("BENCH_EXPORT", f)
}

// BenchmarkExportCSV measures a CSV export of the whole ticket list (1,000,000 tickets, the
// search benchmark's database) in a child process: rows per second and peak memory.
func BenchmarkExportCSV(b *testing.B) {
	n := searchSize()
	path := searchDB(b, n).Path()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := exportChild(b, path)
		if f.Rows != int64(n) {
			b.Fatalf("exported %d rows, want %d", f.Rows, n)
		}
		record(b, "export_rows", float64(f.Rows))
		record(b, "export_rows_per_s", round2(f.RowsPS))
		record(b, "export_peak_rss_mb", round2(f.PeakRSSMB))
		// On a shared machine the wall-clock rate mostly measures the load; rows per CPU-second
		// (the whole child process, opening the database included) is the steadier figure.
		if f.CPUSecs > 0 {
			record(b, "export_rows_per_cpu_s", round2(float64(f.Rows)/f.CPUSecs))
		}
		b.Logf("export: %d tickets to CSV (%.0f MB) in %.1fs (%.0f rows/s, %.1f CPU-s, peak RSS %.0f MB)",
			f.Rows, float64(f.Bytes)/1e6, f.Seconds, f.RowsPS, f.CPUSecs, f.PeakRSSMB)
	}
}

// TestExportHarnessSmall keeps the export measurement working in `make test` (5,000 tickets).
func TestExportHarnessSmall(t *testing.T) {
	path := searchDB(t, 5000).Path()
	f := exportChild(t, path)
	if f.Rows != 5000 || f.RowsPS <= 0 || f.PeakRSSMB <= 0 || f.Bytes <= 0 {
		t.Errorf("export figures: %+v", f)
	}
}
