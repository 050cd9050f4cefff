package store

import (
	"fmt"
	"strings"
	"testing"
)

func BenchmarkOpenExistingDatabase(b *testing.B) {
	db, path := openNew(b)
	db.Close()
	b.ResetTimer()
	for b.Loop() {
		db, err := Open(b.Context(), path, nil)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

func BenchmarkActivityAdd(b *testing.B) {
	db := openTemp(b)
	acts := NewActivityRepo(db, nil)
	ctx := b.Context()
	for b.Loop() {
		if _, err := acts.Add(ctx, Activity{Kind: ActivitySync, Level: LevelInfo, Message: "page"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApplyBatch writes one sync page: 1,000 new tickets with 3 comments each, in one
// Apply (the path a sync spends its store time on). Build with -tags noprepared to compare
// the prepared-statement path with database/sql.
func BenchmarkApplyBatch(b *testing.B) {
	_, repo := openRecords(b)
	ctx := b.Context()
	const perPage = 1000
	next := int64(0)
	cpu := cpuSeconds()
	for b.Loop() {
		batch := Batch{IntegrationID: "i1", Tickets: make([]TicketRecord, perPage), Comments: make([]CommentRecord, 0, 3*perPage)}
		for i := range batch.Tickets {
			next++
			batch.Tickets[i] = ticket(next, fmt.Sprintf("printer %d on floor %d is jammed again", next, next%9), t0)
			batch.Tickets[i].Tags = []string{"printer", "floor"}
			for c := range int64(3) {
				batch.Comments = append(batch.Comments, CommentRecord{ID: next*3 + c, TicketID: next, AuthorID: 7,
					Public: c != 1, Body: strings.Repeat("the toner light blinks and paper folds. ", 8),
					HTMLBody: "<p>" + strings.Repeat("the toner light blinks and paper folds. ", 8) + "</p>", CreatedAt: t0})
			}
		}
		a, err := repo.Apply(ctx, batch)
		if err != nil || a.Tickets != perPage || a.Comments != 3*perPage {
			b.Fatalf("applied %+v, %v", a, err)
		}
	}
	b.ReportMetric(float64(perPage)*float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
	// Other programs share the machine: the CPU this process spent per ticket is the steadier figure.
	if used := cpuSeconds() - cpu; used > 0 {
		b.ReportMetric(float64(perPage)*float64(b.N)/used, "tickets/cpu_s")
	}
}
