package bench

import (
	"context"
	"fmt"
	"time"

	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/syncer"
)

// SyncFigures are one measured sync from HTTP to committed rows.
type SyncFigures struct {
	Tickets    int64   `json:"tickets"`
	Comments   int64   `json:"comments"`
	Seconds    float64 `json:"seconds"`
	TicketsPS  float64 `json:"tickets_per_s"`
	PeakRSSMB  float64 `json:"peak_rss_mb"`
	CPUSeconds float64 `json:"cpu_seconds"`
	DBPath     string  `json:"db_path"`
	ResultText string  `json:"result"`
}

// RunSync syncs the emulator's Account at baseURL into a new database at dbPath as a Helpdesk
// integration (tickets, comments, side-loaded users, organizations, groups) and measures it.
func RunSync(ctx context.Context, baseURL, dbPath string) (SyncFigures, error) {
	f := SyncFigures{DBPath: dbPath}
	db, repo, records, in, err := openBenchAccount(ctx, dbPath)
	if err != nil {
		return f, err
	}
	defer db.Close()
	s := syncer.New(syncer.Options{Records: records, Integrations: repo, Clients: Clients{Base: baseURL}})
	defer s.Shutdown(context.Background())
	start := time.Now()
	res, err := s.Run(ctx, in.ID)
	f.Seconds = time.Since(start).Seconds()
	f.ResultText = res.Message
	if err != nil {
		return f, fmt.Errorf("bench sync: %w", err)
	}
	c, err := records.Counts(ctx, in.ID)
	if err != nil {
		return f, err
	}
	f.Tickets = c.Tickets
	if err := db.Read().WithContext(ctx).Raw(`SELECT count(*) FROM comments`).Row().Scan(&f.Comments); err != nil {
		return f, err
	}
	f.TicketsPS = float64(f.Tickets) / f.Seconds
	f.PeakRSSMB = PeakRSSMB()
	return f, nil
}

// openBenchAccount opens a new database at dbPath holding one connected Helpdesk integration
// "bench" of the emulator's Account, pulled by updated time (the syncer refuses one that never
// signed in). The caller closes the database.
func openBenchAccount(ctx context.Context, dbPath string) (*store.DB, *store.IntegrationRepo, *store.RecordRepo, integration.Integration, error) {
	in := integration.Integration{ID: "bench", Name: "bench", Capability: integration.Helpdesk, Domain: Account,
		PullRecordBy: integration.PullByUpdatedTime}
	db, err := store.Open(ctx, dbPath, nil)
	if err != nil {
		return nil, nil, nil, in, err
	}
	repo, records := store.NewIntegrationRepo(db, nil), store.NewRecordRepo(db, nil)
	if _, err := repo.Create(ctx, in); err != nil {
		db.Close()
		return nil, nil, nil, in, err
	}
	if err := repo.SetConnected(ctx, in.ID, nil); err != nil {
		db.Close()
		return nil, nil, nil, in, err
	}
	return db, repo, records, in, nil
}
