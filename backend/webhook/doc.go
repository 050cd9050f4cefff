// Package webhook receives Zendesk's event-subscribed ticket webhooks (ZENDESK_API.md §8) and keeps
// the webhook registered at Zendesk.
//
// The path of one delivery: Listener (one loopback port for every integration, any Host, tunnels
// welcome; only POST /webhooks/zendesk/{id} and GET /healthz are served) → Handler (size limit,
// integration lookup, headers, signature over timestamp+raw body, timestamp window, JSON) →
// Committer (group commit into the store's webhook_inbox, synced to disk before the 200) →
// Processor (applies inbox rows in order, newer wins, fetches only what events lack, re-runs
// unprocessed rows after a restart).
//
// Refusals answer with a fixed text per reason code (reasons.go) and never repeat anything of the
// request. They are counted in memory and written to Activity once a second, adding to one row
// per integration (or none), reason and hour, so a flood costs a few rows, not one per request.
//
// Registrar creates or updates the `Zensync <instance id>` webhook at connect and on Edit, keeps
// its signing secret in the keyring and removes both on Delete. Verifier checks a registered
// webhook the way an admin would in Admin Center and sends a test delivery through the tunnel.
//
// Replays: a body whose signature timestamp is more than five minutes from now is refused (401).
// Inside that window a body seen before — same invocation id or event id — answers 200 and is not
// stored again: Zendesk retries deliveries with the same ids, and a 4xx there would only make it
// retry (or trip its circuit breaker). Either way a replayed body changes nothing.
package webhook
