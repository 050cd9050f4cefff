package hooks

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// DeliveryConfig tunes webhook delivery. The defaults follow Zendesk (12 s timeout, three
// retries); tests shorten the waits before the first delivery.
type DeliveryConfig struct {
	Workers            int           // requests in flight across all webhooks
	PerHook            int           // requests in flight per webhook
	QueueSize          int           // deliveries waiting per webhook; beyond it they are throttled
	Timeout            time.Duration // per attempt; a timeout is not retried
	MaxRetries         int           // retries after the first attempt (409, or 429/503 with a short Retry-After)
	MaxRetryAfter      time.Duration // longest Retry-After that is still honoured with a retry
	ConflictDelay      time.Duration // wait before retrying after a 409
	KeepInvocations    int           // invocations remembered per webhook
	BreakerWindow      time.Duration
	BreakerMinRequests int
	BreakerErrorRate   float64
	BreakerPause       time.Duration
}

// DefaultDeliveryConfig is the tuning every account starts with.
func DefaultDeliveryConfig() DeliveryConfig {
	return DeliveryConfig{
		Workers: 64, PerHook: 4, QueueSize: 1 << 16,
		Timeout: 12 * time.Second, MaxRetries: 3, MaxRetryAfter: 60 * time.Second,
		ConflictDelay: 500 * time.Millisecond, KeepInvocations: 10000,
		BreakerWindow: 5 * time.Minute, BreakerMinRequests: 1000, BreakerErrorRate: 0.7,
		BreakerPause: 5 * time.Second,
	}
}

// deliveryPool is the account's shared delivery machinery: one keep-alive HTTP client, a
// bound on requests in flight, and the context that close cancels.
type deliveryPool struct {
	ctx    context.Context
	cancel context.CancelFunc
	client *http.Client
	sem    chan struct{}
	wg     sync.WaitGroup
}

func newDeliveryPool(cfg DeliveryConfig) *deliveryPool {
	ctx, cancel := context.WithCancel(context.Background())
	tr := &http.Transport{
		Proxy:               nil, // deliveries go straight to the endpoint
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        cfg.Workers * 2,
		MaxIdleConnsPerHost: cfg.Workers,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
	return &deliveryPool{
		ctx: ctx, cancel: cancel, sem: make(chan struct{}, cfg.Workers),
		client: &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // Zendesk does not follow redirects
		}},
	}
}

// stop cancels in-flight requests and waits up to two seconds for the senders to return.
func (p *deliveryPool) stop() {
	p.cancel()
	done := make(chan struct{})
	go func() { p.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	p.client.CloseIdleConnections()
}

// hookQueue is one webhook's FIFO of deliveries, drained by cfg.PerHook senders.
type hookQueue struct {
	ch   chan *delivery
	once sync.Once
}

func (q *hookQueue) close() { q.once.Do(func() { close(q.ch) }) }

// delivery is one event on its way to one webhook; retries reuse it (same invocation id).
type delivery struct {
	hookID     string
	eventType  string
	body       []byte
	invocation *invocation
	attempts   int
}

// startQueueLocked gives a webhook its queue and senders, creating the pool on first use.
// Callers hold s.mu for writing.
func (s *State) startQueueLocked(e *hookEntry) {
	if s.pool == nil {
		s.pool = newDeliveryPool(s.cfg)
	}
	q := &hookQueue{ch: make(chan *delivery, s.cfg.QueueSize)}
	e.queue = q
	for range s.cfg.PerHook {
		s.pool.wg.Add(1)
		go s.sender(q)
	}
}

// sender delivers a webhook's queued events until its queue is closed.
func (s *State) sender(q *hookQueue) {
	pool := s.pool
	defer pool.wg.Done()
	for d := range q.ch {
		select {
		case <-pool.ctx.Done():
			continue // closing: drop what is left
		case pool.sem <- struct{}{}:
		}
		s.attempt(pool, d)
		<-pool.sem
	}
}

// enqueue hands d to its webhook's queue without blocking; a full queue throttles it.
func (s *State) enqueue(d *delivery) {
	s.mu.RLock()
	e, ok := s.hooks[d.hookID]
	if !ok || s.closed || e.queue == nil {
		s.mu.RUnlock()
		return
	}
	select {
	case e.queue.ch <- d:
		s.mu.RUnlock()
	default:
		s.mu.RUnlock()
		s.finishInvocation(d.invocation, "throttled", 0)
	}
}

// attempt makes one delivery attempt and records it; it schedules a retry when Zendesk would.
func (s *State) attempt(pool *deliveryPool, d *delivery) {
	h, ok := s.lookup(d.hookID)
	if !ok {
		return // deleted meanwhile
	}
	probe, allowed := s.breakerAllow(d.hookID)
	if !allowed {
		s.recordAttempt(d, attemptRecord{Status: "circuit broken"})
		return
	}
	d.attempts++
	res := s.send(pool, h, d.invocation.ID, d.body)
	s.breakerRecord(d.hookID, res.Status == "success", probe)
	retry, wait := s.shouldRetry(res, d.attempts)
	s.recordAttempt(d, res.attemptRecord)
	if !retry {
		return
	}
	time.AfterFunc(wait, func() { s.enqueue(d) })
}

// sendResult is the outcome of one HTTP request to an endpoint.
type sendResult struct {
	attemptRecord
	retryAfter string
	headers    http.Header
}

// send signs body and sends it once. The signature is base64(HMAC-SHA256(secret, timestamp +
// body)), with the timestamp in RFC 3339 UTC, exactly as Zendesk signs.
func (s *State) send(pool *deliveryPool, h webhook, invocationID string, body []byte) sendResult {
	ctx, cancel := context.WithTimeout(pool.ctx, s.cfg.Timeout)
	defer cancel()
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, h.HTTPMethod, h.Endpoint, bytes.NewReader(body))
	if err != nil {
		return sendResult{attemptRecord: attemptRecord{Status: "failed", Error: err.Error(), CompletedAt: time.Now().UTC()}}
	}
	ts := start.UTC().Format(time.RFC3339)
	hd := req.Header
	hd.Set("Content-Type", "application/json; charset=utf-8")
	hd.Set("User-Agent", "Zendesk Webhook")
	hd.Set("X-Zendesk-Account-Id", strconv.FormatInt(s.acct.ID(), 10))
	hd.Set("X-Zendesk-Webhook-Id", h.ID)
	hd.Set("X-Zendesk-Webhook-Invocation-Id", invocationID)
	hd.Set("X-Zendesk-Webhook-Signature-Timestamp", ts)
	hd.Set("X-Zendesk-Webhook-Signature", signWebhook(h.Secret, ts, body))
	for k, v := range h.CustomHeaders {
		hd.Set(k, v)
	}
	applyWebhookAuth(req, h.Authentication)

	resp, err := pool.client.Do(req)
	rec := attemptRecord{CompletedAt: time.Now().UTC(), DurationMs: time.Since(start).Milliseconds()}
	if err != nil {
		rec.Status, rec.Error = "failed", err.Error()
		if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			rec.Status = "timeout"
		}
		return sendResult{attemptRecord: rec}
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16)) // keep the connection reusable
	rec.StatusCode, rec.ResponseBody = resp.StatusCode, string(snippet)
	switch c := resp.StatusCode; {
	case c >= 200 && c < 300:
		rec.Status = "success"
	case c >= 400 && c < 500:
		rec.Status = "client error"
	case c >= 500:
		rec.Status = "server error"
	default:
		rec.Status = "failed"
	}
	return sendResult{attemptRecord: rec, retryAfter: resp.Header.Get("Retry-After"), headers: resp.Header}
}

// shouldRetry applies Zendesk's retry rule: up to maxRetries more attempts after a 409, or a
// 429/503 whose Retry-After is short. Timeouts and other failures are not retried.
func (s *State) shouldRetry(res sendResult, attempts int) (bool, time.Duration) {
	if attempts > s.cfg.MaxRetries {
		return false, 0
	}
	switch res.StatusCode {
	case http.StatusConflict:
		return true, s.cfg.ConflictDelay
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		secs, err := strconv.Atoi(res.retryAfter)
		if err != nil || secs < 0 {
			return false, 0
		}
		if wait := time.Duration(secs) * time.Second; wait <= s.cfg.MaxRetryAfter {
			return true, wait
		}
	}
	return false, 0
}

// signWebhook is Zendesk's webhook signature.
func signWebhook(secret, timestamp string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(timestamp))
	mac.Write(body)
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// applyWebhookAuth adds the webhook's configured credentials to an outgoing request.
func applyWebhookAuth(req *http.Request, a *webhookAuth) {
	if a == nil {
		return
	}
	str := func(k string) string { v, _ := a.Data[k].(string); return v }
	switch a.Type {
	case "basic_auth":
		req.SetBasicAuth(str("username"), str("password"))
	case "bearer_token":
		req.Header.Set("Authorization", "Bearer "+str("token"))
	case "api_key":
		if name := str("name"); name != "" {
			req.Header.Set(name, str("value"))
		}
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
