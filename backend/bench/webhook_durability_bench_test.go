package bench

// Webhook durability (issue 12 point 9): the inbox commit runs with synchronous=FULL, one WAL
// fsync per group commit, so a 200 means the event survives a power cut. Lone events pay that
// fsync each (no other event shares their commit): this is the worst case of its cost, next to
// BenchmarkWebhookEventsPerSecond (32 connections, commits shared). Recorded as
// webhook_lone_events_per_s.

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/uuid"

	"zensync/backend/integration"
	"zensync/backend/store"
)

// BenchmarkWebhookLoneEventsPerSecond: signed events sent one at a time over one connection, each
// verified and committed alone before the next is sent.
func BenchmarkWebhookLoneEventsPerSecond(b *testing.B) {
	const total = 1000
	var perSec float64
	for i := 0; i < b.N; i++ {
		perSec = webhookLoadRate(b, 1, total)
	}
	fmt.Printf("webhook: %d lone events, each committed (and synced) before the next: %.0f events/s, %.2f ms each\n",
		total, perSec, 1000/perSec)
	record(b, "webhook_lone_events_per_s", webhookRound1(perSec))
}

// BenchmarkWebhookInboxCommits: the inbox commit alone, without HTTP: events committed one per
// transaction (a lone delivery) and 64 per transaction (a busy group commit), in a real SQLite
// file. Recorded as webhook_inbox_lone_commits_per_s and webhook_inbox_batched_events_per_s.
func BenchmarkWebhookInboxCommits(b *testing.B) {
	const lone, batches, batchSize = 500, 40, 64
	var lonePerSec, batchedPerSec float64
	for i := 0; i < b.N; i++ {
		ctx := b.Context()
		db, err := store.Open(ctx, filepath.Join(b.TempDir(), "zensync.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		in, err := store.NewIntegrationRepo(db, nil).Create(ctx, integration.Integration{
			ID: uuid.NewString(), Name: "Bench inbox", Capability: integration.Helpdesk, Domain: "acme",
			PullRecordBy: integration.PullByUpdatedTime, OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5,
		})
		if err != nil {
			b.Fatal(err)
		}
		inbox := store.NewInboxRepo(db)
		event := func(n int) store.InboxEvent {
			body := fmt.Appendf(nil, `{"type":"zen:event-type:ticket.status_changed","id":"ev-%d","detail":{"id":"%d"}}`, n, n%5000)
			return store.InboxEvent{IntegrationID: in.ID, EventID: fmt.Sprint("ev-", n), InvocationID: fmt.Sprint("inv-", n),
				EventType: "zen:event-type:ticket.status_changed", TicketID: int64(n % 5000), BodySHA256: "x", Body: body,
				Headers: map[string]string{"User-Agent": "Zendesk Webhook"}, ReceivedAt: time.Now()}
		}
		start := time.Now()
		for n := 0; n < lone; n++ {
			if _, err := inbox.InsertBatch(ctx, []store.InboxEvent{event(n)}); err != nil {
				b.Fatal(err)
			}
		}
		lonePerSec = lone / time.Since(start).Seconds()
		start = time.Now()
		for k := 0; k < batches; k++ {
			batch := make([]store.InboxEvent, batchSize)
			for j := range batch {
				batch[j] = event(lone + k*batchSize + j)
			}
			if _, err := inbox.InsertBatch(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		batchedPerSec = batches * batchSize / time.Since(start).Seconds()
		db.Close()
	}
	fmt.Printf("webhook inbox: lone commits %.0f /s (%.2f ms each); 64-event group commits %.0f events/s\n",
		lonePerSec, 1000/lonePerSec, batchedPerSec)
	record(b, "webhook_inbox_lone_commits_per_s", webhookRound1(lonePerSec))
	record(b, "webhook_inbox_batched_events_per_s", webhookRound1(batchedPerSec))
}
