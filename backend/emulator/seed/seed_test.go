package seed

import (
	"strings"
	"testing"
	"time"
)

func TestSeeding(t *testing.T) {
	// The real time, so nothing here can meet a clock at another date.
	now := time.Now().UTC().Truncate(time.Second)
	ds := Build(Config{Tickets: 3000, Seed: 42}.WithDefaults(), "acme", now)
	t.Run("deterministic: the same seed gives the same ticket, another seed another", func(t *testing.T) {
		again := Build(Config{Tickets: 3000, Seed: 42}.WithDefaults(), "acme", now)
		other := Build(Config{Tickets: 3000, Seed: 43}.WithDefaults(), "acme", now)
		a, b, c := ds.SeededTicket(1234), again.SeededTicket(1234), other.SeededTicket(1234)
		if a.Subject != b.Subject || a.Description != b.Description || a.UpdatedAt != b.UpdatedAt {
			t.Fatal("same seed, different ticket")
		}
		if a.Subject == c.Subject && a.Description == c.Description {
			t.Fatal("different seeds, same ticket")
		}
	})
	t.Run("times increase with id and stay in the past", func(t *testing.T) {
		var prev time.Time
		for id := int64(1); id <= 3000; id++ {
			created, updated, _ := ds.SeededTimes(id)
			if updated.Before(created) || !updated.After(prev) && id > 1 {
				t.Fatalf("ticket %d: created %v updated %v prev %v", id, created, updated, prev)
			}
			for _, c := range ds.SeededComments(id, "") {
				if c.CreatedAt.Before(prev) || c.CreatedAt.After(updated) {
					t.Fatalf("ticket %d: comment at %v outside its window", id, c.CreatedAt)
				}
			}
			prev = updated
		}
		if !prev.Before(now.Add(-time.Hour)) {
			t.Fatalf("last update %v is not in the past", prev)
		}
	})
	t.Run("a realistic mix", func(t *testing.T) {
		statuses, words := map[string]int{}, map[string]bool{}
		merged := 0
		for id := int64(1); id <= 3000; id++ {
			tk := ds.SeededTicket(id)
			statuses[tk.Status]++
			for _, w := range strings.Fields(tk.Subject + " " + tk.Description) {
				words[strings.Trim(strings.ToLower(w), ".,?!:")] = true
			}
			if _, into := ds.SeededKind(id); into != 0 {
				merged++
				if tk.Status != "closed" || !ContainsString(tk.Tags, "closed_by_merge") {
					t.Fatalf("merged ticket %d: %s %v", id, tk.Status, tk.Tags)
				}
				cs := ds.SeededComments(id, "")
				if !strings.Contains(cs[len(cs)-1].Body, "merged into request #") {
					t.Fatalf("merged ticket %d lacks the merge comment", id)
				}
			}
		}
		for _, s := range []string{"new", "open", "pending", "hold", "solved", "closed", "deleted"} {
			if statuses[s] == 0 {
				t.Errorf("no %s tickets", s)
			}
		}
		if merged == 0 || len(words) < 300 {
			t.Fatalf("merged %d, distinct words %d", merged, len(words))
		}
	})
}
