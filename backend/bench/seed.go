package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"zensync/backend/store"
)

// SeedVersion changes whenever SeedDB's data changes, so cached databases are rebuilt.
const SeedVersion = 2

// Seeded integrations: tickets are spread over two, like an admin with two accounts.
var seedIntegrations = []string{"seed-a", "seed-b"}

// SeedDB returns the path of a database holding n tickets (each with a description and one
// comment, made-up words), 2,000 users and 200 organizations, written in bulk through
// RecordRepo.Apply. A database built earlier for the same n and SeedVersion in cacheDir is
// reused; building one takes minutes for a million tickets.
func SeedDB(ctx context.Context, cacheDir string, n int) (string, error) {
	path := filepath.Join(cacheDir, fmt.Sprintf("tickets-%d-v%d.db", n, SeedVersion))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	if err := seedInto(ctx, tmp, n); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", fmt.Errorf("seeding: %w", err)
	}
	return path, nil
}

func seedInto(ctx context.Context, path string, n int) error {
	db, err := store.Open(ctx, path, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	repo := store.NewRecordRepo(db, nil)
	words := NewWords(5000, 7)
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	statuses := []string{"new", "open", "open", "pending", "hold", "solved", "solved", "closed", "closed", "closed"}
	prios := []string{"low", "normal", "normal", "normal", "high", "urgent"}
	tags := []string{"billing", "vip", "hardware", "refund", "bug", "how-to", "feature", "outage"}
	for _, integ := range seedIntegrations {
		b := store.Batch{IntegrationID: integ}
		for i := int64(1); i <= 2000; i++ {
			b.Users = append(b.Users, store.UserRecord{ID: i, Name: "User " + words.Sentence(2), Email: fmt.Sprintf("u%d@example.test", i),
				Role: []string{"end-user", "agent"}[boolIdx(i <= 50)], OrganizationID: 1 + i%200, Active: true, UpdatedAt: base})
		}
		for i := int64(1); i <= 200; i++ {
			b.Organizations = append(b.Organizations, store.OrganizationRecord{ID: i, Name: "Org " + words.Sentence(2), UpdatedAt: base})
		}
		if _, err := repo.Apply(ctx, b); err != nil {
			return err
		}
	}
	const batch = 5000
	for start := 0; start < n; start += batch {
		per := map[string]*store.Batch{}
		for _, integ := range seedIntegrations {
			per[integ] = &store.Batch{IntegrationID: integ}
		}
		for i := start; i < min(start+batch, n); i++ {
			b := per[seedIntegrations[i%len(seedIntegrations)]]
			id := int64(i + 1)
			created := base.Add(time.Duration(i) * time.Minute)
			b.Tickets = append(b.Tickets, store.TicketRecord{ID: id, Subject: words.Sentence(4 + words.IntN(5)),
				Description: words.Sentence(20 + words.IntN(20)), Status: statuses[words.IntN(len(statuses))],
				Priority: prios[words.IntN(len(prios))], RequesterID: 51 + int64(words.IntN(1950)),
				AssigneeID: 1 + int64(words.IntN(50)), OrganizationID: 1 + int64(words.IntN(200)),
				Tags: []string{tags[words.IntN(len(tags))]}, ViaChannel: "email", CreatedAt: created,
				UpdatedAt: created.Add(time.Duration(words.IntN(7*24*60)) * time.Minute)})
			b.Comments = append(b.Comments, store.CommentRecord{ID: id, TicketID: id, AuthorID: 1 + int64(words.IntN(50)),
				Public: words.IntN(4) > 0, Body: words.Sentence(15 + words.IntN(20)), CreatedAt: created.Add(time.Hour)})
		}
		for _, integ := range seedIntegrations {
			if _, err := repo.Apply(ctx, *per[integ]); err != nil {
				return err
			}
		}
	}
	return db.Gorm().Exec("PRAGMA optimize").Error
}

func boolIdx(b bool) int {
	if b {
		return 1
	}
	return 0
}
