package bench

import (
	"context"
	"fmt"
	"slices"
	"time"

	"zensync/backend/store"
)

// SearchQueries returns n distinct searches a person might type: one word of middling frequency,
// or two words (the second as a prefix), from the seeded vocabulary.
func SearchQueries(n int) []string {
	w := NewWords(5000, 7)
	out := make([]string, 0, n)
	seen := map[string]bool{}
	for i := 0; len(out) < n; i++ {
		q := w.Rank(20 + (i*37)%1500)
		if i%2 == 1 {
			q += " " + w.Rank(5+(i*13)%300)
		}
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// SyntaxQueries returns searches in Zendesk's syntax over the seeded data: keywords alone and
// with words, ticket numbers, people by email and by name, phrases and exclusions.
func SyntaxQueries() []string {
	w := NewWords(5000, 7)
	return []string{ // words of middling frequency, like SearchQueries
		"status:open tags:vip",
		"#4997",
		"4997",
		"requester:u77@example.test",
		`requester:"` + w.Rank(600) + `"`,
		"status<solved priority>normal " + w.Rank(400),
		"tags:refund created>2024-06-01 " + w.Rank(500),
		w.Rank(700) + " -" + w.Rank(300),
		`"` + w.Rank(800) + " " + w.Rank(900) + `"`,
		"assignee:none " + w.Rank(1000),
	}
}

// MeasureSearch runs each query once as the ticket list does (first page of 100 and the total)
// and returns the median time in ms and the median number of matches.
func MeasureSearch(ctx context.Context, db *store.DB, queries []string) (medianMS float64, medianHits int64, err error) {
	reader := store.NewTicketReader(db, nil) // no count cache: every search counts its matches
	times := make([]time.Duration, 0, len(queries))
	hits := make([]int64, 0, len(queries))
	for _, q := range queries {
		start := time.Now()
		page, err := reader.Tickets(ctx, store.TicketQuery{Search: q, Limit: 100})
		if err != nil {
			return 0, 0, fmt.Errorf("search %q: %w", q, err)
		}
		times = append(times, time.Since(start))
		hits = append(hits, page.Total)
	}
	slices.Sort(hits)
	return Median(times), hits[len(hits)/2], nil
}

// MeasureList returns the median time in ms of the ticket list's first page (100 rows, newest
// update first, with the total, counted afresh each time) over runs runs, for query q.
func MeasureList(ctx context.Context, db *store.DB, q store.TicketQuery, runs int) (float64, error) {
	times := make([]time.Duration, 0, runs)
	for i := 0; i < runs; i++ {
		reader := store.NewTicketReader(db, nil)
		start := time.Now()
		page, err := reader.Tickets(ctx, q)
		if err != nil {
			return 0, err
		}
		times = append(times, time.Since(start))
		if len(page.Rows) == 0 {
			return 0, fmt.Errorf("the ticket list is empty")
		}
	}
	return Median(times), nil
}
