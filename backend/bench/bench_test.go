package bench

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/pprof"
	"testing"
	"time"

	"zensync/backend/store"
)

// Sizes of the full benchmarks and of the quick check that `make test` runs.
const (
	syncTickets      = 100_000
	searchTickets    = 1_000_000
	smallSyncTickets = 2_000
	smallDBTickets   = 20_000
)

// figures collects this run's numbers; benchmarks merge them into $ZENSYNC_BENCH_RESULTS.
var figures = NewResults()

func record(tb testing.TB, name string, v float64) {
	figures.Set(name, v)
	if b, ok := tb.(*testing.B); ok {
		b.ReportMetric(v, name)
	}
	if path := os.Getenv("ZENSYNC_BENCH_RESULTS"); path != "" {
		if err := figures.MergeFile(path); err != nil {
			tb.Errorf("writing %s: %v", path, err)
		}
	}
}

// cacheDir keeps seeded databases between runs (build/bench/cache beside the results, or a temp dir).
func cacheDir(tb testing.TB) string {
	if path := os.Getenv("ZENSYNC_BENCH_RESULTS"); path != "" {
		return filepath.Join(filepath.Dir(path), "cache")
	}
	return tb.TempDir()
}

// syncChild runs one measured sync in a child process (this test binary), so that its peak
// memory is the app's alone and not the emulator's, and returns what the child measured.
func syncChild(tb testing.TB, tickets int) SyncFigures {
	tb.Helper()
	emu := mustEmulator(tb, tickets)
	defer emu.Close()
	return runChild[SyncFigures](tb, "TestBenchSyncChild", "BENCH_SYNC",
		"ZENSYNC_BENCH_CHILD=1", "ZENSYNC_BENCH_EMULATOR="+emu.URL, "ZENSYNC_BENCH_DB="+filepath.Join(tb.TempDir(), "sync.db"))
}

// TestBenchSyncChild is the child process of syncChild; it does nothing in a normal test run.
func TestBenchSyncChild(t *testing.T) {
	if os.Getenv("ZENSYNC_BENCH_CHILD") != "1" {
		t.Skip("runs only as the child process of the sync benchmark")
	}
	if path := os.Getenv("ZENSYNC_BENCH_CPUPROFILE"); path != "" { // profile the sync alone
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	f, err := RunSync(t.Context(), os.Getenv("ZENSYNC_BENCH_EMULATOR"), os.Getenv("ZENSYNC_BENCH_DB"))
	if err != nil {
		t.Fatal(err)
	}
	f.CPUSeconds = selfCPUSeconds()
	printFigures("BENCH_SYNC", f)
}

// BenchmarkSync measures a Helpdesk sync of 100,000 tickets with their comments from the
// emulator over HTTP into SQLite (no rate limit), in a child process.
func BenchmarkSync(b *testing.B) {
	n := benchSize(syncTickets, smallSyncTickets)
	for i := 0; i < b.N; i++ {
		f := syncChild(b, n)
		if f.Tickets != int64(n) {
			b.Fatalf("synced %d tickets, want %d (%s)", f.Tickets, n, f.ResultText)
		}
		record(b, "sync_tickets", float64(f.Tickets))
		record(b, "sync_comments", float64(f.Comments))
		record(b, "sync_seconds", round2(f.Seconds))
		record(b, "sync_tickets_per_s", round2(f.TicketsPS))
		record(b, "sync_tickets_per_cpu_s", round2(float64(f.Tickets)/f.CPUSeconds))
		record(b, "sync_peak_rss_mb", round2(f.PeakRSSMB))
		b.Logf("sync: %d tickets and %d comments in %.1fs (%.0f tickets/s, %.1f CPU-s, peak RSS %.0f MB)",
			f.Tickets, f.Comments, f.Seconds, f.TicketsPS, f.CPUSeconds, f.PeakRSSMB)
	}
	if ours, ok := figures.Get("sync_tickets_per_s"); ok {
		if theirs, ok := figures.Get("gozendesk_tickets_per_s"); ok && theirs > 0 {
			record(b, "sync_vs_gozendesk_ratio", round2(ours/theirs))
		}
	}
}

// BenchmarkGoZendeskExport pages the same exports (tickets and ticket events with comments) into
// memory with github.com/nukosuke/go-zendesk, for the side-by-side ratio.
func BenchmarkGoZendeskExport(b *testing.B) {
	n := benchSize(syncTickets, smallSyncTickets)
	for i := 0; i < b.N; i++ {
		emu := mustEmulator(b, n)
		f, err := goZendeskExport(b.Context(), emu.URL+"/"+Account)
		emu.Close()
		if err != nil {
			b.Fatal(err)
		}
		if f.Tickets != int64(n) {
			b.Fatalf("go-zendesk read %d tickets, want %d", f.Tickets, n)
		}
		record(b, "gozendesk_tickets_per_s", round2(f.TicketsPS))
		b.Logf("go-zendesk: %d tickets and %d comments into memory in %.1fs (%.0f tickets/s)", f.Tickets, f.Comments, f.Seconds, f.TicketsPS)
	}
	if theirs, ok := figures.Get("gozendesk_tickets_per_s"); ok && theirs > 0 {
		if ours, ok := figures.Get("sync_tickets_per_s"); ok {
			record(b, "sync_vs_gozendesk_ratio", round2(ours/theirs))
		}
	}
}

// searchDB opens the seeded database (1,000,000 tickets; 20,000 with -short).
func searchDB(tb testing.TB, n int) *store.DB {
	tb.Helper()
	start := time.Now()
	path, err := SeedDB(tb.Context(), cacheDir(tb), n)
	if err != nil {
		tb.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		tb.Logf("seeded %d tickets in %s", n, d.Round(time.Second))
	}
	db, err := store.Open(tb.Context(), path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func searchSize() int { return benchSize(searchTickets, smallDBTickets) }

// BenchmarkSearch is the median of 101 different full-text searches and 10 in Zendesk's search
// syntax (first page and total) over 1,000,000 tickets with descriptions and comments; the
// syntax searches alone are search_syntax_median_ms.
func BenchmarkSearch(b *testing.B) {
	db := searchDB(b, searchSize())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		med, hits, err := MeasureSearch(b.Context(), db, append(SearchQueries(101), SyntaxQueries()...))
		if err != nil {
			b.Fatal(err)
		}
		record(b, "search_median_ms", round2(med))
		record(b, "search_median_hits", float64(hits))
		med, _, err = MeasureSearch(b.Context(), db, SyntaxQueries())
		if err != nil {
			b.Fatal(err)
		}
		record(b, "search_syntax_median_ms", round2(med))
		for _, q := range SyntaxQueries() {
			one, hits, err := MeasureSearch(b.Context(), db, []string{q})
			b.Logf("%-45q %8.1f ms %8d hits (%v)", q, one, hits, err)
		}
	}
}

// BenchmarkListFirstPage is the median time of the ticket list's first page (100 rows, newest
// update first, with the total counted afresh) over 1,000,000 tickets, with and without a filter.
func BenchmarkListFirstPage(b *testing.B) {
	db := searchDB(b, searchSize())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		med, err := MeasureList(b.Context(), db, store.TicketQuery{Limit: 100}, 31)
		if err != nil {
			b.Fatal(err)
		}
		record(b, "list_first_page_ms", round2(med))
		med, err = MeasureList(b.Context(), db, store.TicketQuery{Limit: 100, Statuses: []string{"open"}}, 31)
		if err != nil {
			b.Fatal(err)
		}
		record(b, "list_first_page_status_filter_ms", round2(med))
	}
}

// TestHarnessSmall runs every measurement on small data, so `make test` keeps the harness working.
func TestHarnessSmall(t *testing.T) {
	ctx := t.Context()
	f := syncChild(t, smallSyncTickets)
	if f.Tickets != smallSyncTickets || f.Comments < smallSyncTickets || f.TicketsPS <= 0 || f.PeakRSSMB <= 0 || f.CPUSeconds <= 0 {
		t.Errorf("sync figures: %+v", f)
	}
	emu := mustEmulator(t, smallSyncTickets)
	defer emu.Close()
	g, err := goZendeskExport(ctx, emu.URL+"/"+Account)
	if err != nil || g.Tickets != smallSyncTickets || g.Comments != f.Comments {
		t.Errorf("go-zendesk figures: %+v (%v), want %d comments like the sync", g, err, f.Comments)
	}
	db := searchDB(t, 5000)
	med, hits, err := MeasureSearch(ctx, db, SearchQueries(21))
	if err != nil || med <= 0 || hits <= 0 {
		t.Errorf("search: median %.2f ms, %d hits, %v", med, hits, err)
	}
	if med, err := MeasureList(ctx, db, store.TicketQuery{Limit: 100}, 3); err != nil || med <= 0 {
		t.Errorf("list: %.2f ms, %v", med, err)
	}
	r := NewResults()
	r.Set("a", 1)
	path := filepath.Join(t.TempDir(), "out", "results.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte(`{"b": 2}`), 0o644)
	if err := r.MergeFile(path); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	var got map[string]float64
	if json.Unmarshal(b, &got) != nil || got["a"] != 1 || got["b"] != 2 {
		t.Errorf("merged results = %s", b)
	}
}

// mustEmulator is StartEmulator failing tb when it cannot start; the caller closes it.
func mustEmulator(tb testing.TB, tickets int) *Emulator {
	tb.Helper()
	emu, err := StartEmulator(tickets)
	if err != nil {
		tb.Fatal(err)
	}
	return emu
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }
