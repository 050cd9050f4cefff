package emulator_test

import (
	"fmt"
	"io"
	"net/http"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/rest"
)

// BenchmarkIncrementalTicketExport serves cursor export pages of 1,000 seeded tickets over
// real HTTP (one client, keep-alive) and reports pages/s, tickets/s and bytes/s.
func BenchmarkIncrementalTicketExport(b *testing.B) {
	const seeded = 200_000
	e := emutest.New(b, emulator.SeedConfig{Tickets: seeded})
	client := e.TS.Client()
	start := e.Acct.Data().Start.Unix() - 1
	get := func(cursor int64) int64 {
		url := fmt.Sprintf("%s/acme/api/v2/incremental/tickets/cursor.json?per_page=1000&start_time=%d", e.TS.URL, start)
		if cursor > 0 {
			url = fmt.Sprintf("%s/acme/api/v2/incremental/tickets/cursor.json?per_page=1000&cursor=%s", e.TS.URL, rest.EncodePos(e.Acct.CursorEpoch(), cursor))
		}
		n, status := benchGet(b, client, url)
		if status != 200 {
			b.Fatalf("status %d", status)
		}
		return n
	}
	bytes := get(0)
	b.SetBytes(bytes)
	b.ResetTimer()
	var total int64
	for i := 0; i < b.N; i++ {
		total += get(int64(i*1000) % seeded)
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/secs, "pages/s")
	b.ReportMetric(float64(b.N)*1000/secs, "tickets/s")
	b.ReportMetric(float64(total)/secs/1e6, "MB/s_served")
}

// BenchmarkTicketEventsWithComments serves ticket_events pages of 1,000 events with
// include=comment_events over real HTTP.
func BenchmarkTicketEventsWithComments(b *testing.B) {
	e := emutest.New(b, emulator.SeedConfig{Tickets: 100_000})
	ds := e.Acct.Data()
	client := e.TS.Client()
	var total int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, up, _ := ds.SeededTimes(int64(1 + (i*300)%100_000))
		url := fmt.Sprintf("%s/acme/api/v2/incremental/ticket_events.json?include=comment_events&start_time=%d", e.TS.URL, up.Unix())
		n, _ := benchGet(b, client, url)
		total += n
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)*1000/secs, "events/s")
	b.ReportMetric(float64(total)/secs/1e6, "MB/s_served")
}

// benchGet GETs url with the test token and answers how many body bytes came and the status.
func benchGet(b *testing.B, client *http.Client, url string) (int64, int) {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+emutest.AdminToken)
	resp, err := client.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	n, _ := io.Copy(io.Discard, resp.Body)
	return n, resp.StatusCode
}
