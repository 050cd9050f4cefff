// Package integration is the saved configuration of one Zendesk connection: its capability,
// domain normalisation and the validation rules of the setup and edit form.
//
// Go is the authority; the front end (frontend/src) mirrors these rules so it can show messages
// as the admin types, and Rules() exports the numbers and required fields so the two cannot
// drift silently. The rules, field by field (keys are the form's JSON names):
//
//   - name: required; trimmed; at most 100 characters; no control characters; unique among
//     integrations ignoring case (checked by the store, reported as a conflict).
//   - capability: required; "helpdesk", "crm" or "content_management" (shown as Helpdesk, CRM,
//     Content Management).
//   - domain: required for every capability; NormalizeDomain reduces it to the core subdomain:
//     trim spaces; a value with "://" is parsed as an http(s) URL and its host kept; otherwise
//     anything after the first "/", "?" or "#" and a ":port" are dropped; an "@" (an email
//     address) is refused; lower-case; a trailing "." is dropped. A host ending in ".zendesk.com"
//     with exactly one label before it gives that label; zendesk.com / www.zendesk.com, hosts
//     with two labels before .zendesk.com, and every other host are refused (hosts of known
//     other services are named; any other host is treated as a host-mapped brand domain: use
//     the *.zendesk.com name from Admin Center → Account → Brand management). The label must
//     match [a-z0-9-]{1,63} and not start or end with "-".
//   - Helpdesk and CRM also require: pullRecordBy ("created_time" or "updated_time") and
//     oauthClientId (no spaces, at most 255 characters); backfillStart is optional (a YYYY-MM-DD
//     date, not after today; empty = the account's whole history). Content Management requires only name and domain; if it sends these fields
//     they must still be well formed.
//   - oauthClientSecret: optional for every capability (a confidential client); no spaces, at
//     most 1024 characters; stored in the keyring, never in the database. Empty on edit keeps
//     the saved secret.
//   - pollIntervalMinutes: 1–1440; 0 (empty) means the default, 5.
//   - environment ("production", "sandbox" or empty) and helpCenterLocale (like "en-us" or "de":
//     [a-z]{2,3}(-[a-z0-9]{2,8})*, case-insensitive, stored lower-case, or empty) apply only to
//     Content Management; they are cleared for the other capabilities.
//   - webhookBaseUrl: optional; an absolute http:// or https:// URL with a host, no user
//     information, no query or fragment; a trailing "/" is removed.
package integration
