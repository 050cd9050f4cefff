package syncer

import (
	"testing"
	"time"
)

func TestEstimateWords(t *testing.T) {
	cases := []struct {
		eta     time.Duration
		limit   int
		byLimit bool
		want    string
	}{
		{35 * time.Minute, 10, true, "about 35 min left at Zendesk's limit of 10 export requests a minute"},
		{20 * time.Second, 30, true, "less than a minute left at Zendesk's limit of 30 export requests a minute"},
		{3 * time.Hour, 10, false, "about 3.0 h left"},
		{0, 10, true, ""},
	}
	for _, c := range cases {
		if got := estimateWords(c.eta, c.limit, c.byLimit); got != c.want {
			t.Errorf("estimateWords(%s) = %q, want %q", c.eta, got, c.want)
		}
	}
}

func TestPagesLeft(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	day := 24 * time.Hour
	sp := &streamProgress{}
	sp.track(page{position: now.Add(-time.Hour), recent: true})
	if n := sp.pagesLeft(now); n != -1 {
		t.Errorf("in the recent phase: %v pages left, want unknown", n)
	}
	// The history walks from 100 days back up to the recent start, 3 days back.
	recent := now.Add(-3 * day)
	sp.track(page{position: now.Add(-100 * day), until: recent})
	if n := sp.pagesLeft(now); n != -1 {
		t.Errorf("one history page in: %v pages left, want unknown", n)
	}
	for i := 1; i <= 10; i++ { // ten more pages, a day each
		sp.track(page{position: now.Add(-time.Duration(100-i) * day), until: recent})
	}
	if n := sp.pagesLeft(now); n < 86.99 || n > 87.01 {
		t.Errorf("pages left %v, want 87 (a page a day from 90 days back to 3)", n)
	}
}
