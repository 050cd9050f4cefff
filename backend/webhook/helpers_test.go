package webhook

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"zensync/backend/integration"
	"zensync/backend/secrets"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
)

// env is a real database, an in-memory keyring and a started listener on a free loopback port.
type env struct {
	db       *store.DB
	repo     *store.IntegrationRepo
	inbox    *store.InboxRepo
	keyring  *secrets.Memory
	secrets  *SecretCache
	listener *Listener
	base     string

	mu       sync.Mutex
	activity []Activity
	onStored atomic.Value // func(): wakes a processor when set
}

func newEnv(t *testing.T, cfg Config) *env {
	t.Helper()
	return newEnvWith(t, cfg, nil, nil)
}

// newEnvWith is newEnv with Activity written by activity (nil: kept in e.activity) and log.
func newEnvWith(t *testing.T, cfg Config, activity func(*store.DB) ActivityWriter, log *slog.Logger) *env {
	t.Helper()
	ctx := t.Context()
	db := emuenv.OpenStore(t)
	e := &env{db: db, repo: store.NewIntegrationRepo(db, nil), inbox: store.NewInboxRepo(db), keyring: secrets.NewMemory()}
	e.secrets = NewSecretCache(e.keyring)
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	if cfg.ActivityInterval == 0 {
		cfg.ActivityInterval = 20 * time.Millisecond
	}
	write := ActivityWriter(func(_ context.Context, entries []Activity) error {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.activity = append(e.activity, entries...)
		return nil
	})
	if activity != nil {
		write = activity(db)
	}
	e.listener = NewListener(cfg, ListenerDeps{
		Integrations: e.repo, Secrets: e.secrets, Inbox: e.inbox, Activity: write, Log: log,
		OnStored: func() {
			if wake, ok := e.onStored.Load().(func()); ok {
				wake()
			}
		},
	})
	if err := e.listener.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.listener.Stop(context.Background()) })
	e.base = "http://" + e.listener.Addr()
	return e
}

// integration saves a Helpdesk integration with a webhook secret in the keyring.
func (e *env) integration(t *testing.T, secret string) integration.Integration {
	t.Helper()
	in, err := e.repo.Create(t.Context(), integration.Integration{
		ID: uuid.NewString(), Name: "Acme " + uuid.NewString()[:8], Capability: integration.Helpdesk, Domain: "acme",
		PullRecordBy: integration.PullByUpdatedTime, OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5,
		Status: integration.StatusConnected, WebhookState: integration.WebhookNone,
	})
	if err != nil {
		t.Fatal(err)
	}
	if secret != "" {
		if err := e.keyring.Set(t.Context(), SecretKey(in.ID), secret); err != nil {
			t.Fatal(err)
		}
	}
	return in
}

func (e *env) activityReasons() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, a := range e.activity {
		out = append(out, a.Reason)
	}
	return out
}

// ticketEvent is a Zendesk event-subscribed body for a ticket.
func ticketEvent(eventID, change string, ticketID int64, subject string, updated time.Time) []byte {
	return []byte(fmt.Sprintf(`{"type":"zen:event-type:ticket.%s","account_id":1,"id":%q,"time":%q,`+
		`"zendesk_event_version":"2022-11-06","subject":"zen:ticket:%d","detail":{"id":"%d","subject":%q,`+
		`"status":"OPEN","priority":"NORMAL","type":null,"tags":["a"],"requester_id":"11","assignee_id":null,`+
		`"created_at":"2026-01-01T00:00:00Z","updated_at":%q},"event":{}}`,
		change, eventID, updated.UTC().Format(time.RFC3339Nano), ticketID, ticketID, subject, updated.UTC().Format(time.RFC3339Nano)))
}

// delivery is a request as Zendesk would send it; fields left empty are omitted.
type delivery struct {
	path, secret, timestamp, signature, invocation string
	body                                           []byte
}

func (e *env) send(t *testing.T, d delivery) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.base+d.path, bytes.NewReader(d.body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Zendesk Webhook")
	if d.timestamp != "" {
		req.Header.Set(HeaderTimestamp, d.timestamp)
	}
	sig := d.signature
	if sig == "" && d.secret != "" {
		sig = Sign(d.secret, d.timestamp, d.body)
	}
	if sig != "" {
		req.Header.Set(HeaderSignature, sig)
	}
	if d.invocation != "" {
		req.Header.Set(HeaderInvocationID, d.invocation)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func nowStamp() string { return time.Now().UTC().Format(time.RFC3339) }
