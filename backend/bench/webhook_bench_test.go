package bench

// Webhook benchmarks (issue 7): verified and stored events per second through the listener over
// loopback, and the delay from an emulator ticket update to the row in the database under that
// load. Run with `make bench`; record (bench_test.go) merges the figures into
// $ZENSYNC_BENCH_RESULTS as webhook_events_per_s and webhook_p99_ms.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"zensync/backend/emulator"
	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
	"zensync/backend/webhook"
	"zensync/backend/zendesk"
)

// webhookRig is a database, a listener and a processor, as the app wires them.
type webhookRig struct {
	db        *store.DB
	repo      *store.IntegrationRepo
	inbox     *store.InboxRepo
	keyring   *secrets.Memory
	cache     *webhook.SecretCache
	listener  *webhook.Listener
	processor *webhook.Processor
	cancel    context.CancelFunc
}

func newWebhookRig(b *testing.B, client webhook.ClientFunc) *webhookRig {
	b.Helper()
	ctx, cancel := context.WithCancel(context.Background()) // the rig's own: its Cleanup stops the listener before cancelling
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "zensync.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	r := &webhookRig{db: db, repo: store.NewIntegrationRepo(db, nil), inbox: store.NewInboxRepo(db), keyring: secrets.NewMemory(), cancel: cancel}
	r.cache = webhook.NewSecretCache(r.keyring)
	r.processor = webhook.NewProcessor(webhook.ProcessorDeps{Inbox: r.inbox, Records: store.NewRecordRepo(db, nil), Integrations: r.repo, Client: client})
	r.listener = webhook.NewListener(webhook.Config{Addr: "127.0.0.1:0", CommitWindow: time.Millisecond},
		webhook.ListenerDeps{Integrations: r.repo, Secrets: r.cache, Inbox: r.inbox, OnStored: r.processor.Wake,
			Activity: func(context.Context, []webhook.Activity) error { return nil }})
	if err := r.listener.Start(ctx); err != nil {
		b.Fatal(err)
	}
	go r.processor.Run(ctx)
	b.Cleanup(func() {
		r.listener.Stop(context.Background())
		cancel()
		time.Sleep(50 * time.Millisecond)
		db.Close()
	})
	return r
}

func (r *webhookRig) integration(b *testing.B, secret, baseURL string) integration.Integration {
	b.Helper()
	in, err := r.repo.Create(b.Context(), integration.Integration{
		ID: uuid.NewString(), Name: "Bench " + uuid.NewString()[:8], Capability: integration.Helpdesk, Domain: "acme",
		PullRecordBy: integration.PullByUpdatedTime, OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5,
		Status: integration.StatusConnected, WebhookState: integration.WebhookNone, WebhookBaseURL: baseURL,
	})
	if err != nil {
		b.Fatal(err)
	}
	if secret != "" {
		if err := r.cache.Save(b.Context(), in.ID, secret); err != nil {
			b.Fatal(err)
		}
	}
	return in
}

// webhookLoadGen sends signed ticket events to one integration with a bounded number of connections,
// at most rate per second (0: as fast as it can), until stop closes or total are sent.
type webhookLoadGen struct {
	url, secret string
	workers     int
	rate        int
	total       int
	ok, failed  atomic.Int64
}

func (g *webhookLoadGen) run(stop <-chan struct{}) time.Duration {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: g.workers, MaxConnsPerHost: g.workers}}
	var next atomic.Int64
	prefix := uuid.NewString()[:8]
	start := time.Now()
	var wg sync.WaitGroup
	for range g.workers {
		wg.Go(func() {
			for {
				n := next.Add(1)
				if g.total > 0 && n > int64(g.total) {
					return
				}
				if g.rate > 0 { // paced by schedule: event n is due at start + n/rate
					due := start.Add(time.Duration(n) * time.Second / time.Duration(g.rate))
					select {
					case <-time.After(time.Until(due)):
					case <-stop:
						return
					}
				}
				select {
				case <-stop:
					return
				default:
				}
				g.send(client, fmt.Sprintf("%s-%d", prefix, n), 100000+n%5000)
			}
		})
	}
	wg.Wait()
	return time.Since(start)
}

func (g *webhookLoadGen) send(client *http.Client, eventID string, ticketID int64) {
	now := time.Now().UTC()
	body := fmt.Appendf(nil, `{"type":"zen:event-type:ticket.status_changed","account_id":1,"id":%q,"time":%q,`+
		`"zendesk_event_version":"2022-11-06","subject":"zen:ticket:%d","detail":{"id":"%d","subject":"Load ticket %d",`+
		`"status":%q,"priority":"NORMAL","tags":["load"],"requester_id":"11","created_at":"2026-01-01T00:00:00Z",`+
		`"updated_at":%q},"event":{"current":"OPEN","previous":"NEW"}}`,
		eventID, now.Format(time.RFC3339Nano), ticketID, ticketID, ticketID, []string{"OPEN", "PENDING", "HOLD"}[now.Nanosecond()%3], now.Format(time.RFC3339))
	ts := now.Format(time.RFC3339)
	req, _ := http.NewRequest(http.MethodPost, g.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(webhook.HeaderTimestamp, ts)
	req.Header.Set(webhook.HeaderSignature, webhook.Sign(g.secret, ts, body))
	req.Header.Set(webhook.HeaderInvocationID, "inv-"+eventID)
	resp, err := client.Do(req)
	if err != nil {
		g.failed.Add(1)
		return
	}
	_, _ = io.Copy(io.Discard, resp.Body) // read to the end so the connection is reused
	resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		g.ok.Add(1)
	} else {
		g.failed.Add(1)
	}
}

// BenchmarkWebhookEventsPerSecond: signed events, verified and committed to the inbox (and
// processed alongside), over loopback with 32 connections.
func BenchmarkWebhookEventsPerSecond(b *testing.B) {
	const total = 10000
	var perSec float64
	for i := 0; i < b.N; i++ {
		perSec = webhookLoadRate(b, 32, total)
	}
	fmt.Printf("webhook: %d events verified and stored in the inbox: %.0f events/s\n", total, perSec)
	record(b, "webhook_events_per_s", webhookRound1(perSec)) // merged into $ZENSYNC_BENCH_RESULTS
}

// webhookLoadRate sends total signed events over workers connections to a fresh rig's listener
// and answers how many were verified and stored per second; it fails unless all were stored.
func webhookLoadRate(b *testing.B, workers, total int) float64 {
	r := newWebhookRig(b, nil)
	in := r.integration(b, "bench-secret", "")
	g := &webhookLoadGen{url: "http://" + r.listener.Addr() + webhook.PathPrefix + in.ID, secret: "bench-secret", workers: workers, total: total}
	took := g.run(nil)
	stored, err := r.inbox.Count(b.Context(), in.ID)
	if err != nil || g.failed.Load() != 0 || stored != int64(total) {
		b.Fatalf("sent %d ok, %d failed; %d stored (%v)", g.ok.Load(), g.failed.Load(), stored, err)
	}
	return float64(total) / took.Seconds()
}

// BenchmarkWebhookUpdateToRowP99: ticket updates made through the emulator's API, delivered by
// the emulator's signed webhook to the listener, processed into the tickets table, while a load
// generator keeps the listener busy at 2,000 events/s. The delay is from just before the update
// call to the moment the new subject is readable in the database.
func BenchmarkWebhookUpdateToRowP99(b *testing.B) {
	srv, emu := emuenv.Serve(b, emulator.Options{})
	if _, err := srv.AddAccount("acme", emulator.SeedConfig{Tickets: 50, Users: 5, Organizations: 1, Groups: 1, Articles: -1}); err != nil {
		b.Fatal(err)
	}
	zd := emuenv.AdminClient(b, emu.URL, "acme")
	clientFn := func(context.Context, integration.Integration) (*zendesk.Client, error) { return zd, nil }

	const updates = 200
	var tickets []int64
	for k := 0; k < 20; k++ {
		t, err := zd.CreateTicket(b.Context(), zendesk.TicketInput{Subject: fmt.Sprintf("Bench ticket %d", k),
			Comment: &zendesk.NewComment{Body: "Opened for the webhook benchmark"}})
		if err != nil {
			b.Fatal(err)
		}
		tickets = append(tickets, t.ID)
	}
	var delays []time.Duration
	for i := 0; i < b.N; i++ {
		r := newWebhookRig(b, clientFn)
		in := r.integration(b, "", "http://"+r.listener.Addr())
		if _, err := webhook.NewRegistrar(clientFn, r.repo, r.cache, nil).Ensure(b.Context(), in); err != nil {
			b.Fatal(err)
		}
		noise := r.integration(b, "noise-secret", "")
		g := &webhookLoadGen{url: "http://" + r.listener.Addr() + webhook.PathPrefix + noise.ID, secret: "noise-secret", workers: 64, rate: 2000}
		stop := make(chan struct{})
		done := make(chan struct{})
		var loadTook time.Duration
		go func() { loadTook = g.run(stop); close(done) }()
		time.Sleep(300 * time.Millisecond) // let the load settle
		delays = delays[:0]
		for k := 0; k < updates; k++ {
			ticketID := tickets[k%len(tickets)]
			subject := fmt.Sprintf("Bench update %d %s", k, uuid.NewString()[:6])
			start := time.Now()
			if _, err := zd.UpdateTicket(b.Context(), ticketID, zendesk.TicketInput{Subject: subject}); err != nil {
				b.Fatal(err)
			}
			if !webhookWaitSubject(r.db, in.ID, ticketID, subject, 5*time.Second) {
				b.Fatalf("update %d never reached the database", k)
			}
			delays = append(delays, time.Since(start))
		}
		close(stop)
		<-done
		if g.failed.Load() > 0 {
			b.Fatalf("load generator: %d failed", g.failed.Load())
		}
		fmt.Printf("webhook: background load %.0f events/s accepted during the updates\n", float64(g.ok.Load())/loadTook.Seconds())
	}
	slices.Sort(delays)
	p50 := delays[len(delays)/2]
	p99 := delays[(len(delays)*99+99)/100-1]
	b.ReportMetric(webhookMS(p50), "p50_ms")
	fmt.Printf("webhook: emulator update → row in the database, %d updates under 2,000 events/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
		len(delays), webhookMS(p50), webhookMS(p99), webhookMS(delays[len(delays)-1]))
	record(b, "webhook_p99_ms", webhookRound1(webhookMS(p99)))
}

func webhookWaitSubject(db *store.DB, integrationID string, id int64, subject string, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		var got string
		db.Read().Raw(`SELECT subject FROM tickets WHERE integration_id = ? AND id = ?`, integrationID, id).Scan(&got)
		if got == subject {
			return true
		}
		time.Sleep(time.Millisecond)
	}
	return false
}

func webhookMS(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func webhookRound1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
