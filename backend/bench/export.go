package bench

import (
	"context"
	"os"
	"time"

	"zensync/backend/export"
	"zensync/backend/store"
)

// ExportFigures is what one measured CSV export of the whole ticket list reports.
type ExportFigures struct {
	Rows      int64   `json:"rows"`
	Bytes     int64   `json:"bytes"`
	Seconds   float64 `json:"seconds"`
	RowsPS    float64 `json:"rows_per_s"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
	CPUSecs   float64 `json:"cpu_seconds"` // of the whole process (filled in by the caller)
}

// RunExport exports every ticket of the database at dbPath (newest update first, as the
// Tickets screen lists them) to a CSV file at target, the way the Export menu does, and
// measures it. Run it in a process of its own for a peak memory that is the export's alone.
func RunExport(ctx context.Context, dbPath, target string) (ExportFigures, error) {
	db, err := store.Open(ctx, dbPath, nil)
	if err != nil {
		return ExportFigures{}, err
	}
	defer db.Close()
	reader := export.StoreSource{TicketReader: store.NewTicketReader(db, nil), HelpCenterReader: store.NewHelpCenterReader(db)}
	start := time.Now()
	n, err := export.TicketList(ctx, reader, store.TicketQuery{}, export.FormatCSV, target, nil)
	if err != nil {
		return ExportFigures{}, err
	}
	f := ExportFigures{Rows: n, Seconds: time.Since(start).Seconds(), PeakRSSMB: PeakRSSMB()}
	f.RowsPS = float64(n) / f.Seconds
	if st, err := os.Stat(target); err == nil {
		f.Bytes = st.Size()
	}
	return f, nil
}
