package webhook

import (
	"bytes"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"zensync/backend/testenv"
)

func TestListenerStoresASignedTicketEventBeforeAnswering(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s3cret")
	body := ticketEvent("ev-1", "status_changed", 42, "Printer on fire", time.Now())
	status := e.send(t, delivery{path: PathPrefix + in.ID, secret: "s3cret", timestamp: nowStamp(), invocation: "inv-1", body: body})
	if status != http.StatusOK {
		t.Fatalf("status %d, want 200", status)
	}
	// Stored before the answer: readable at once, with the raw body and headers.
	got, err := e.inbox.List(t.Context(), in.ID, 10)
	if err != nil || len(got) != 1 {
		t.Fatalf("inbox %v %v, want one row", got, err)
	}
	row := got[0]
	if !bytes.Equal(row.Body, body) || row.EventID != "ev-1" || row.TicketID != 42 || row.InvocationID != "inv-1" ||
		row.EventType != "zen:event-type:ticket.status_changed" || row.ProcessedAt != nil || row.Headers[HeaderSignature] == "" {
		t.Fatalf("stored row %+v", row)
	}
	if s := e.listener.Stats(); s.Received != 1 || s.Accepted != 1 || s.Rejected != 0 {
		t.Fatalf("stats %+v", s)
	}
}

func TestListenerRefusesAndStoresNothing(t *testing.T) {
	e := newEnv(t, Config{MaxBody: 4096})
	in := e.integration(t, "s3cret")
	gone := e.integration(t, "gone-secret")
	if err := e.repo.Delete(t.Context(), gone.ID); err != nil {
		t.Fatal(err)
	}
	body := ticketEvent("ev-1", "status_changed", 42, "x", time.Now())
	path := PathPrefix + in.ID
	old := time.Now().Add(-6 * time.Minute).UTC().Format(time.RFC3339)
	future := time.Now().Add(6 * time.Minute).UTC().Format(time.RFC3339)
	big := ticketEvent("ev-big", "status_changed", 42, strings.Repeat("x", 5000), time.Now())
	tests := []struct {
		name   string
		d      delivery
		status int
		reason string
	}{
		{"a forged signature", delivery{path: path, signature: "Zm9yZ2Vk", timestamp: nowStamp(), body: body}, 401, ReasonBadSignature},
		{"a wrong secret", delivery{path: path, secret: "not-the-secret", timestamp: nowStamp(), body: body}, 401, ReasonBadSignature},
		{"the public test secret", delivery{path: path, secret: PublicTestSecret, timestamp: nowStamp(), body: body}, 401, ReasonTestSecret},
		{"a missing signature header", delivery{path: path, timestamp: nowStamp(), body: body}, 400, ReasonMissingSignature},
		{"a missing timestamp header", delivery{path: path, signature: Sign("s3cret", "", body), body: body}, 400, ReasonMissingSignature},
		{"an old timestamp", delivery{path: path, secret: "s3cret", timestamp: old, body: body}, 401, ReasonStaleTimestamp},
		{"a timestamp in the future", delivery{path: path, secret: "s3cret", timestamp: future, body: body}, 401, ReasonStaleTimestamp},
		{"an unreadable timestamp", delivery{path: path, secret: "s3cret", timestamp: "yesterday", body: body}, 400, ReasonBadTimestamp},
		{"a body signed for another timestamp", delivery{path: path, signature: Sign("s3cret", old, body), timestamp: nowStamp(), body: body}, 401, ReasonBadSignature},
		{"an oversize body", delivery{path: path, secret: "s3cret", timestamp: nowStamp(), body: big}, 413, ReasonBodyTooLarge},
		{"malformed JSON", delivery{path: path, secret: "s3cret", timestamp: nowStamp(), body: []byte(`{"type":`)}, 400, ReasonMalformedJSON},
		{"an unknown instance id", delivery{path: PathPrefix + "7d0b3c0e-0000-4000-8000-000000000000", secret: "s3cret", timestamp: nowStamp(), body: body}, 404, ReasonUnknownIntegration},
		{"a deleted integration", delivery{path: PathPrefix + gone.ID, secret: "gone-secret", timestamp: nowStamp(), body: body}, 404, ReasonUnknownIntegration},
	}
	for _, tc := range tests {
		t.Run(tc.name+" is refused", func(t *testing.T) {
			before := e.listener.Stats().Rejected
			if got := e.send(t, tc.d); got != tc.status {
				t.Fatalf("status %d, want %d", got, tc.status)
			}
			var stored int64 // every integration's inbox: a refused body is stored nowhere
			if err := e.db.Gorm().Raw(`SELECT count(*) FROM webhook_inbox`).Scan(&stored).Error; err != nil || stored != 0 {
				t.Fatalf("%d events stored (%v), want none", stored, err)
			}
			if e.listener.Stats().Rejected != before+1 {
				t.Fatalf("rejection not counted")
			}
			waitFor(t, func() bool {
				return slices.Contains(e.activityReasons(), tc.reason)
			})
		})
	}
}

func TestListenerStoresADuplicateOnce(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s3cret")
	body := ticketEvent("ev-1", "status_changed", 42, "x", time.Now())
	d := delivery{path: PathPrefix + in.ID, secret: "s3cret", timestamp: nowStamp(), invocation: "inv-1", body: body}
	for i := 0; i < 3; i++ { // a Zendesk retry and a replay within the window
		if got := e.send(t, d); got != http.StatusOK {
			t.Fatalf("delivery %d: status %d", i, got)
		}
	}
	// The same event under a new invocation id, as a second webhook might deliver it.
	d.invocation = "inv-2"
	if got := e.send(t, d); got != http.StatusOK {
		t.Fatalf("status %d", got)
	}
	if n, _ := e.inbox.Count(t.Context(), in.ID); n != 1 {
		t.Fatalf("%d rows, want 1", n)
	}
	if s := e.listener.Stats(); s.Accepted != 1 || s.Duplicates != 3 {
		t.Fatalf("stats %+v", s)
	}
}

func TestListenerAnswersHealthAndAnyHost(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s3cret")
	req, _ := http.NewRequest(http.MethodGet, e.base+"/healthz", nil)
	req.Host = "random-words.trycloudflare.com"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "ok") {
		t.Fatalf("healthz: %d %s", resp.StatusCode, b)
	}
	body := ticketEvent("ev-9", "created", 9, "x", time.Now())
	ts := nowStamp()
	req, _ = http.NewRequest(http.MethodPost, e.base+PathPrefix+in.ID, bytes.NewReader(body))
	req.Host = "random-words.trycloudflare.com"
	req.Header.Set("X-Forwarded-For", "203.0.113.7")
	req.Header.Set("X-Forwarded-Proto", "https")
	req.Header.Set("X-Forwarded-Host", "random-words.trycloudflare.com")
	req.Header.Set(HeaderTimestamp, ts)
	req.Header.Set(HeaderSignature, Sign("s3cret", ts, body))
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("tunnelled delivery: %d", resp.StatusCode)
	}
}

func TestListenerRefusesASecondBindOfItsPort(t *testing.T) {
	e := newEnv(t, Config{})
	other := NewListener(Config{Addr: e.listener.Addr()}, ListenerDeps{Integrations: e.repo, Secrets: e.secrets, Inbox: e.inbox})
	if err := other.Start(t.Context()); err == nil || !strings.Contains(err.Error(), e.listener.Addr()) {
		other.Stop(t.Context())
		t.Fatalf("second bind: %v", err)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	testenv.WaitFor(t, 5*time.Second, cond)
}

func TestListenerRefusesAnIntegrationDeletedWhileItWasKnown(t *testing.T) {
	e := newEnv(t, Config{})
	in := e.integration(t, "s3cret")
	d := delivery{path: PathPrefix + in.ID, secret: "s3cret", timestamp: nowStamp(), body: ticketEvent("ev-1", "created", 1, "x", time.Now())}
	if got := e.send(t, d); got != http.StatusOK {
		t.Fatalf("before delete: %d", got)
	}
	// As Delete does it: the webhook's secret goes first, then the row.
	if err := e.secrets.Remove(t.Context(), in.ID); err != nil {
		t.Fatal(err)
	}
	if err := e.repo.Delete(t.Context(), in.ID); err != nil {
		t.Fatal(err)
	}
	d.body = ticketEvent("ev-2", "status_changed", 1, "x", time.Now())
	if got := e.send(t, d); got != http.StatusNotFound {
		t.Fatalf("after delete: %d, want 404", got)
	}
	// Deleted without its secret removed (a keyring failure): the inbox insert refuses it.
	other := e.integration(t, "s3cret")
	d.path = PathPrefix + other.ID
	if got := e.send(t, d); got != http.StatusOK {
		t.Fatalf("before delete: %d", got)
	}
	if err := e.repo.Delete(t.Context(), other.ID); err != nil {
		t.Fatal(err)
	}
	d.body = ticketEvent("ev-3", "status_changed", 1, "x", time.Now())
	if got := e.send(t, d); got != http.StatusNotFound {
		t.Fatalf("after delete, secret kept: %d, want 404", got)
	}
	var n int64
	e.db.Read().Raw(`SELECT count(*) FROM webhook_inbox`).Scan(&n)
	if n != 0 {
		t.Fatalf("%d rows stored for a deleted integration", n)
	}
}
