// Package lifecycle owns what happens to an integration over its life: Create, Update (an edit,
// including a domain change), Connect, Disconnect and Delete. It is the one place that decides
// what an edit changed (Diff) and calls the token manager (backend/oauth), the webhook
// registrar (backend/webhook) and the syncer (backend/syncer) in the order each step needs,
// written out in the methods themselves:
//
//   - Update: save the row → mark it not connected if the account changed → stop the sync and
//     drop or reset the local copy → remove the webhook from the old account (while its token
//     still works) or re-point it → revoke the old account's token.
//   - Connect: sign in → start the first sync → register the webhook.
//   - Disconnect: cancel a sign-in → remove the webhook (while the token works) → revoke the token.
//   - Delete: stop the sync → remove the webhook → revoke the token → local data (when asked) →
//     secrets → the row.
//
// The Wails facade (app/) only adapts a Service to the window: DTOs, events, error codes.
package lifecycle
