package bench

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"zensync/backend/emulator"
)

// limitedTimeScale is how many times faster than Zendesk's the emulated limits run
// ($ZENSYNC_BENCH_TIME_SCALE, default 10: the 40-odd minutes a 100,000-ticket account needs at
// 10 export requests a minute play in about four). The local work is not scaled, so the higher
// the scale the more it weighs in the unscaled figures: at ×30 on the loaded 2-core machine
// full_sync_vs_floor read 1.13, at ×10 1.03.
func limitedTimeScale() float64 {
	if v, err := strconv.ParseFloat(os.Getenv("ZENSYNC_BENCH_TIME_SCALE"), 64); err == nil && v >= 1 {
		return v
	}
	return 10
}

// runLimitedBench runs one of RunLimitedSync and RunFirstScreen against a fresh emulator of n
// tickets under ProfessionalLimits at limitedTimeScale, into a new database.
func runLimitedBench(b *testing.B, n int,
	run func(ctx context.Context, baseURL, dbPath string, tickets int, limits emulator.RateLimits) (LimitedFigures, error),
) LimitedFigures {
	b.Helper()
	limits := ProfessionalLimits
	limits.TimeScale = limitedTimeScale()
	emu, err := StartLimitedEmulator(n, limits)
	if err != nil {
		b.Fatal(err)
	}
	defer emu.Close()
	f, err := run(b.Context(), emu.URL, filepath.Join(b.TempDir(), "limited.db"), n, limits)
	if err != nil {
		b.Fatal(err)
	}
	return f
}

// BenchmarkLimitedSync measures a first sync of 100,000 tickets under the emulated
// Professional-plan limits (400 requests and 10 incremental exports a minute), time-scaled:
// how soon the newest 100 tickets are browsable with their conversations (first_screen_s), and
// how close the whole sync comes to the least time the export limit allows (full_sync_vs_floor).
func BenchmarkLimitedSync(b *testing.B) {
	n := benchSize(syncTickets, smallSyncTickets)
	for i := 0; i < b.N; i++ {
		f := runLimitedBench(b, n, RunLimitedSync)
		if f.Tickets != int64(n) || f.Refused != 0 {
			b.Fatalf("synced %d of %d tickets with %d refused requests (%s)", f.Tickets, n, f.Refused, f.ResultText)
		}
		record(b, "first_screen_s", round2(f.FirstScreenSeconds))
		record(b, "first_screen_export_requests", float64(f.FirstScreenExports))
		record(b, "full_sync_vs_floor", round2(f.VsFloor))
		record(b, "limited_full_sync_s", round2(f.FullSeconds))
		record(b, "limited_floor_s", round2(f.FloorSeconds))
		record(b, "limited_export_requests", float64(f.Exports))
		record(b, "limited_requests", float64(f.Requests))
		record(b, "limited_time_scale", f.TimeScale)
		b.Logf("limited sync of %d tickets (Professional limits, ×%.0f): first screen %.1fs after %d exports; whole sync %.0fs "+
			"for %d exports (floor %.0fs, ratio %.2f); %d requests, %d refused",
			n, f.TimeScale, f.FirstScreenSeconds, f.FirstScreenExports, f.FullSeconds, f.Exports, f.FloorSeconds, f.VsFloor, f.Requests, f.Refused)
	}
}

// BenchmarkFirstScreenMillion is BenchmarkLimitedSync's first_screen_s for a 1,000,000-ticket
// account (the sync is stopped once the newest 100 tickets are browsable).
func BenchmarkFirstScreenMillion(b *testing.B) {
	n := benchSize(searchTickets, smallDBTickets)
	for i := 0; i < b.N; i++ {
		f := runLimitedBench(b, n, RunFirstScreen)
		record(b, "first_screen_1m_s", round2(f.FirstScreenSeconds))
		record(b, "first_screen_1m_export_requests", float64(f.FirstScreenExports))
		b.Logf("first screen of a %d-ticket account (Professional limits, ×%.0f): %.1fs after %d exports",
			n, f.TimeScale, f.FirstScreenSeconds, f.FirstScreenExports)
	}
}
