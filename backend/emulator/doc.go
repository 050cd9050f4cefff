/*
Package emulator is a local server that behaves like the parts of Zendesk that Zensync uses
(see ../shared/ZENDESK_API.md), so the app can be tried, tested and benchmarked without a
Zendesk account. Run it with `zensync emulator`; embed it in tests with New and AddAccount.

# Addresses

One server, many accounts: `http://<addr>/<subdomain>/…` is that account's Zendesk (the paths
below the prefix are Zendesk's: `/demo/api/v2/users/me.json`, `/demo/oauth/authorizations/new`).
Point the app at it with `--zendesk-url 'http://127.0.0.1:8089/{subdomain}'` or
`ZENSYNC_ZENDESK_URL`. Absolute URLs in answers (url, next_page, links.next, after_url) carry the
`/<subdomain>` prefix and the request's Host. `GET /healthz` answers `{"status":"ok","accounts":[…]}`.
An unknown subdomain answers 404 with an HTML page, as Zendesk does (not its JSON).

# zensync emulator

	zensync emulator [--addr 127.0.0.1:8089] [--accounts demo[,other…]]
	                 [--seed-tickets 5000] [--seed-users 300] [--seed-orgs 60] [--seed-groups 6]
	                 [--seed-articles 120] [--seed 1] [--no-help-center]
	                 [--token-lifetime 2h] [--rate-limit 700|off] [--incremental-rate-limit 10|off]
	                 [--time-scale 1] [--redirect-url http://127.0.0.1:47600/oauth/callback] [-v]

It prints the URL template to give the app and each account's admin sign-in (by default
admin@demo.test / zensync-demo), and stops on SIGINT/SIGTERM.

# REST API (below /<subdomain>; every /api/v2 route needs a bearer token)

	GET    /api/v2/users/me.json
	GET    /api/v2/users.json                      ?role= ?include=organizations, cursor or offset paging
	GET    /api/v2/users/show_many.json?ids=…
	GET    /api/v2/users/{id}.json
	GET    /api/v2/organizations.json, /api/v2/organizations/{id}.json
	GET    /api/v2/groups.json, /api/v2/groups/{id}.json
	GET    /api/v2/ticket_fields.json, ticket_forms.json, brands.json, user_fields.json,
	       organization_fields.json                cursor (page[size]) or offset paging
	GET    /api/v2/tickets.json                    ?include=users,groups,organizations
	POST   /api/v2/tickets.json                    201 {"ticket"} + Location
	GET    /api/v2/tickets/show_many.json?ids=…    (≤ 100)
	GET    /api/v2/tickets/count.json              {"count": {"value", "refreshed_at"}}
	GET    /api/v2/tickets/{id}.json
	PUT    /api/v2/tickets/{id}.json               {"ticket": {…, "comment": {"body", "public"}}}
	DELETE /api/v2/tickets/{id}.json               soft delete, 204
	POST   /api/v2/tickets/{id}/merge.json         {"ids": [sources], "target_comment", "source_comment"}
	GET    /api/v2/tickets/{id}/comments.json
	GET    /api/v2/incremental/tickets/cursor.json ?start_time= | ?cursor=, per_page ≤ 1000,
	                                               include=, exclude_deleted=true
	GET    /api/v2/incremental/tickets.json        time-based, ?start_time=
	GET    /api/v2/incremental/tickets/sample.json time-based, ≤ 50
	GET    /api/v2/incremental/ticket_events.json  time-based, include=comment_events
	GET    /api/v2/incremental/users/cursor.json
	GET    /api/v2/incremental/organizations.json  time-based
	GET    /api/v2/help_center[/{locale}]/categories.json, …/sections.json, …/articles.json
	GET    /api/v2/help_center[/{locale}]/categories/{id}.json, sections/{id}.json, articles/{id}.json
	GET    /api/v2/help_center[/{locale}]/categories/{id}/sections.json, sections/{id}/articles.json
	GET    /api/v2/help_center/articles/{id}/translations.json
	GET    /api/v2/help_center/incremental/articles.json ?start_time=
	GET    /api/v2/help_center/locales.json → {"locales": ["en-us", "fr", "de"], "default_locale": "en-us"}
	GET    /attachments/token/{token}/?name=…      a comment attachment's content_url: needs the bearer
	                                               token, answers 302 to /_storage/<subdomain>/<token>/<name>
	GET    /api/v2/help_center[/{locale}]/articles/{id}/attachments[/inline|/block].json
	GET    /hc/article_attachments/{id}[/{name}]   an article attachment's file: as content_url
	GET    /hc/{locale}/article_attachments/{id}/{name}  the same under a locale (name required)

Attachments (seed/attachment*.go, record/attachment_json.go, rest/attachments.go, api_attachments.go): about one seeded
comment in twelve has one attachment in Zendesk's shape (url, id, file_name, content_url,
mapped_content_url, content_type, size, width, height, inline, deleted, malware_scan_result,
thumbnails). Most are real PNGs (a third of them inline: the comment's html_body then has
<img src="<content_url>">), some text logs, one in fifty a binary of 52–72 MB. ZENDESK_API.md is
silent on downloading; the emulator follows what Zendesk does: content_url lives on the account's
host and wants credentials; it redirects (302) to a storage address that serves the bytes to
anyone holding it, with no credentials. In the emulator that address is /_storage/… on the same
server, outside the account's /<subdomain> prefix (Zendesk's is a separate host); it is not
signed and does not expire (choice). Thumbnails are always [] (choice). The bytes are generated
from the attachment id, so any account size costs no memory for files.

Article attachments (seed/article_attachments.go, rest/article_attachments.go): about a third of
the seeded articles show a PNG inline, one in six the account's logo (the same bytes in each, as
a Help Center reuses one image), one in four lists a text file; inline ones are in the article's
body as <img src="<base>/hc/article_attachments/<id>/<name>">, in every locale. The list has the
fields of Zendesk's reference (id, article_id, file_name, content_url, content_type, size, inline,
locale, created_at, updated_at). Extended where ZENDESK_API.md is silent (choices): the file
address wants the bearer token as content_url does (Zendesk serves public articles' files to
anyone) and answers 302 to the same storage stand-in; a list in a locale the article lacks is 404.

Every path also answers without ".json". Lists page with cursors (`page[size]` ≤ 100,
`page[after]`, `page[before]`; answers carry `meta` and `links`) or, without those, offsets
(`page`, `per_page` ≤ 100; answers carry `next_page`, `previous_page`, `count`). OAuth, tokens
and the webhooks API are packages auth and hooks (see Packages below).

# Control API (loopback clients only; JSON in and out)

Requests that change state (POST, PUT, PATCH, DELETE) must carry Content-Type: application/json
when they have a body or a Content-Type at all; a request a browser marks as cross-site (an Origin
other than the emulator's own, Sec-Fetch-Site cross-site or same-site) is refused with 403. A web
page open in the developer's browser can therefore not drive this API (control/guard.go).

Server level:

	GET  /_emulator/accounts                      {"accounts": ["demo", …]}
	POST /_emulator/accounts                      {"subdomain": "beta", "seed": {SeedConfig}} → 201 state
	                                              (409 when it exists, 422 for a bad subdomain)

Per account, below /_emulator/<subdomain>:

	GET    /state          subdomain, account_id, seed, tickets (live count), max_ticket_id, changes,
	                       help_center, rate_limits, faults, now, admin_email, password
	POST   /seed           body: SeedConfig fields to change ({"tickets": 1000000, "seed": 7, …});
	                       reseeds and forgets every change; answers the state
	POST   /reset          reseed with the current SeedConfig (drops API changes)
	GET    /rate-limits    {"per_minute": 700, "incremental_per_minute": 10, "time_scale": 1}
	PUT    /rate-limits    same body (fields left out stay); 0 = off; time_scale 0 or 1 = real time
	GET    /faults         {"faults": [Fault…]}
	POST   /faults         {"kind": "status"|"delay"|"malformed"|"drop", "path_prefix": "/api/v2/",
	                       "method": "", "count": 1, "status": 503, "retry_after": 0, "delay_ms": 0} → 201
	DELETE /faults         clear every pending fault
	PUT    /help-center    {"enabled": true|false}
	POST   /clock          {"advance_seconds": 120} moves this account's clock forward (e.g. past the
	                       export hold-back) → {"now"}
	POST   /tickets        create a ticket as an agent, no token: body as POST /api/v2/tickets.json
	PUT    /tickets/{id}   update as an agent (triggers webhooks like an API update)
	DELETE /tickets/{id}   soft-delete as an agent
	POST   /tickets/{id}/merge  {"ids": […]}
	GET    /tickets/{id}   the ticket as stored, deleted ones included

The ticket routes act as the first seeded agent, or as `?as=<email>`. The identity half adds
`POST /tokens` ({"email", "scope"} → {"access_token", "refresh_token", "expires_in"}),
`GET /outbox`, token expiry/revocation and webhook delivery routes (see packages auth and hooks).

Fault kinds: "status" answers `status` (default 503, with Retry-After when `retry_after` is set)
with a JSON error body; "delay" waits `delay_ms` and then serves normally; "malformed" answers
200 with a truncated JSON body; "drop" hijacks the connection and closes it without a reply.
A fault applies to the next `count` requests whose path below /<subdomain> starts with
`path_prefix` (and whose method matches `method`, if given), before rate limits and auth.

# Seeded data

Seeding is deterministic for a (SeedConfig, start time) pair. Users, organizations, groups and
Help Center are built once and held as values. Tickets are never stored: ticket id
(1..Tickets) is rebuilt from (seed, id) on each read — subject, description, 1–5 comments
(agents' ones sometimes internal notes, some with attachments), tags, status, priority, type,
requester/assignee/organization/group, via, form (one of 3), brand (one of 2), every custom
field (null when unset: a Plan dropdown, an order reference, and by form an Escalated checkbox,
a Follow-up date, Seats as an integer string and a Products multiselect), and for 30% of solved
or closed tickets a satisfaction rating {id, score good|bad, comment} — so a million tickets
cost no memory. The field, form and brand definitions are the same for every seed (13 ticket
fields of which 7 system, 3 forms, 2 brands, one user field "plan", one organization field
"tier"; seed/fields.go). Seeded history spans the two years before (start − 1 h); ticket id
lives in its own time slot, so created_at, comment times and updated_at all increase with id and the export
order is id order. About 1% of seeded tickets are deleted (status "deleted" in exports, 404
elsewhere) and 1% merged (closed, tag closed_by_merge, last comment "This request was closed
and merged into request #N …"). Articles exist in en-us (the source locale), about 60% also in
fr and 40% in de. Every seeded user signs in with the account password (SeedConfig.Password,
default "zensync-demo"); user 1 is the admin admin@<subdomain>.test, then agents
agent<N>@<subdomain>.test, then end-users.

Tickets written through the API (create, update, comment, merge, soft delete) go to an overlay
map plus an ordered change log. Exports walk "seeded range, then changes": positions 1..Tickets
are seeded ids (skipping ids that changed since), positions after that are change-log entries
(skipping entries a later change superseded). Cursors encode that position.

# Choices where Zendesk's behaviour is uncertain

  - start_time missing, malformed or within the last minute: 400 {"error":"InvalidValue"}.
    Records changed within the last minute are held back from every export.
  - Export cursors carry the epoch of the account's in-memory change log; a cursor from before
    a restart or a reseed is refused like any invalid cursor, rather than skipping changes.
  - An invalid cursor: 400 {"error":"InvalidValue"} (exports) or
    {"error":"InvalidPaginationParameter"} (lists).
  - Cursor export: after_cursor always points after the last record scanned (also on the
    end_of_stream page, so the next poll resumes there); before_cursor points before the first.
    end_of_stream is true when nothing beyond the page is available now.
  - Time-based exports: end_time is the last record's time and next_page restarts at it, so
    boundary records can repeat (as Zendesk documents); a full page inside a single second moves
    end_time one second on rather than loop. end_of_stream is count < per_page.
  - Ticket events: each seeded comment is one Audit event (the first also has Create events for
    subject and status, the last a status Change); each change-log entry is one Audit with
    Create/Change child events and, with include=comment_events, a Comment child event.
  - Offset paging deeper than 10,000 records: 400 InvalidPaginationParameter (use cursors).
  - A soft-deleted ticket answers 404 on show and is left out of lists; exports show it with
    status "deleted". Updating a closed ticket: 422 RecordInvalid ("closed prevents ticket
    update"). Validation errors: 422 {"error":"RecordInvalid","description":"Record validation
    errors","details":{"<field>":[{"description","error"}]}}.
  - Merge answers 200 {"job_status": {"status":"completed",…}} at once (Zendesk queues a job).
  - Help Center disabled: 404 {"error":"RecordNotFound","description":"Help Center is not
    enabled for this account"}. An unknown locale: 404 RecordNotFound.
  - Rate limits: see "Rate limits" below.
  - Users, organizations, groups and articles are read-only through the API.
  - Access: GET needs "read" or "<resource>:read", writes "write" or "<resource>:write"
    (resources tickets, users, organizations, hc; groups only the global scopes); users/me
    needs only a valid token; end-users get 403 on everything else; incremental exports
    (/api/v2/incremental/…) are for admins only. 403 bodies are the identity half's
    {"error":"Forbidden","description":…}. Options.TestAuth principals go through the same checks.

# Rate limits

What Zendesk documents (ZENDESK_API.md §3, its "Rate limits" and incremental-export pages):

  - An account-wide limit of requests per minute by plan: Essential/Team 200, Growth and
    Professional 400, Enterprise 700, 2,500 with the High Volume add-on (Enterprise Plus).
    `--rate-limit` (default 700) and /rate-limits "per_minute" set it.
  - Incremental exports: 10 requests a minute, 30 with the High Volume add-on ("to these
    endpoints"). `--incremental-rate-limit` (default 10) and "incremental_per_minute" set it.
  - Over a limit: 429 with Retry-After in seconds. Answers carry X-Rate-Limit and
    X-Rate-Limit-Remaining ("for the current minute"); list endpoints also ratelimit-limit,
    ratelimit-remaining and ratelimit-reset (seconds to the window's end), and some endpoints a
    "Zendesk-RateLimit-<name>: total=N; remaining=N; resets=S" header of their own.

What it leaves open, and what the emulator chose:

  - Whether the export limit is counted per endpoint or shared: the documentation says "10
    requests per minute to these endpoints". Choice: one count shared by every incremental
    export of the account (tickets, ticket events, users, organizations, Help Center articles)
    — the stricter reading, so a client paced for it is paced for both.
  - Whether exports also count against the account-wide limit: choice: yes, every /api/v2
    request counts there.
  - Window shape: fixed windows or sliding: choice: fixed windows of the account's clock
    (clock minutes); refused requests count too.
  - The export limit's own header: no recording shows one. Choice: answers to exports carry
    "Zendesk-RateLimit-incremental-exports: total=10; remaining=N; resets=S", in the form of
    Zendesk's documented zendesk-ratelimit-tickets-index header. Clients must not depend on it
    (Zensync falls back to a fixed 10 a minute of its own when the header is missing).
  - Every /api/v2 answer while the account limit is on (429s included) carries X-Rate-Limit,
    X-Rate-Limit-Remaining, ratelimit-limit, ratelimit-remaining and ratelimit-reset; a 429 adds
    Retry-After = the time to the window's end. 429 bodies are {"error":"APIRateLimitExceeded"}
    (account) or {"error":"TooManyRequests"} (export), with Zendesk's description.
  - Options' zero value has no limits; `zensync emulator` defaults to 700 and 10 a minute.

Time scale: `--time-scale N` (Options.TimeScale, /rate-limits "time_scale") makes every window
last 60/N seconds and every Retry-After, ratelimit-reset and resets= N times shorter, so a
benchmark plays an hour of Zendesk's limits in 60/N minutes. Scaled values are written in
seconds with up to three decimals ("0.75"); Zendesk's own are whole seconds, as unscaled ones
are here. Nothing else is scaled (token lifetimes, the export hold-back of a minute).

# Checked against recorded Zendesk responses

backend/zendesk/testdata/recorded holds responses recorded from real Zendesk accounts (the
HTTP cassettes of the zenpy client library) and one ticket.created delivery, each with its
source in SOURCES.json and NOTES.md. The contract tests (backend/zendesk/contract_*_test.go,
webhook_recorded_test.go here) compare this emulator's answers with them by shape: field
names, JSON types, nesting, paging fields and the Content-Type / X-Rate-Limit headers. Covered:
users/me, tickets show and show_many, ticket comments (cursor), the cursor ticket and user
exports, Help Center categories (cursor), a 404 body, and the webhooks API: create, show, list,
signing_secret, test and invocations.

No recording was found for these, so they follow the documentation and the choices below: the
ticket export with side-loads (compared without them), the organization export (compared with
Zendesk's OpenAPI example only), ticket events with comment events, Help Center sections,
articles and the incremental article export, the OAuth token answer and its errors, 401, 403,
422 and 429 bodies, the webhooks API's refusal of invalid input, and comment_added and *_changed
deliveries.

What the recordings changed, and differences kept on purpose:
  - Webhook and invocation lists: meta.has_more always; meta.after_cursor and links.next only
    while more is left (there is no links object on a last page). A page after the first also
    has before_cursor and links.prev (choice: no recording shows a second page).
  - A new webhook has no updated_at / updated_by until its first update.
  - A webhook's authentication shows its type, add_position and, for basic_auth, the username
    (authentication.data.username, as recorded); never a password or token (choice for
    bearer_token and api_key: no recording shows them, so nothing of their data is shown).
  - POST /api/v2/webhooks/test answers {"response": {"headers": [{key, value}], "status_code",
    "payload"}}.
  - Help Center cursor lists carry links.first and links.last always, links.next only while
    has_more, links.prev only after the first page (Support lists carry next and prev always).
  - The incremental article export has no end_of_stream; next_page is always set (choice) and a
    client ends on a page holding fewer than 1,000 articles.
  - Invocation list items also carry webhook_id, event_type, created_at and attempts_count
    (Zendesk's have id, status, status_code, latest_completed_at only): the emulator's tests
    count retries with them; Zensync reads none.
  - Webhook subscriptions must be documented event types: the ticket types of ZENDESK_API.md §8
    exactly (so zen:event-type:ticket.restored is refused), or any name in the other documented
    domains (user, organization, article, community_post, …). A refusal is 422 RecordInvalid with
    details.subscriptions, like the other webhook validation errors (choice: the shape of
    Zendesk's own refusal is not recorded).
  - Event payloads name the channel by its via type: api → web_service, web → web_form (as the
    recorded delivery shows for an API ticket); email stays "email" (Zendesk's via type is likely
    "mail"; the app reads both).

# Packages

This package is the thin assembly: Server, Options, the routing of /healthz, /_emulator,
/_storage and /<subdomain>, the per-account Account that wires the parts together, and
`zensync emulator` (command.go). Its parts are packages with their contract in code
(constructors and small interfaces, no package globals). The records themselves (Ticket,
Comment, User, Organization, Group, the field lists, via, Help Center, webhooks) are
backend/zendesk/wire's, with the REST field names, shared with the API client:

	record/            the records served in bulk, Ticket and Comment (package wire's), their
	                   fast JSON encoder, and TicketChange, what a committed ticket write reports
	seed/              seed.Build: an account's records from a seed.Config (= SeedConfig)
	tickets/           the overlay of API writes and the change log exports walk (tickets.Store),
	                   and the validation of ticket input
	account/           one account's data under one lock: dataset, overlay, Help Center switch,
	                   clock; commits ticket writes and reports them (OnTicketChange)
	rest/              the REST API over an account.Account: people, tickets, incremental
	                   exports, ticket events, Help Center, paging; rest.New(account, Authenticator)
	gate/              what a request passes before the API: injected faults, rate limits
	auth/              the identity half: sign-in with 2FA outbox, OAuth authorize/token, tokens;
	                   auth.New(auth.Account, redirectURL); Authenticate / Authorize
	hooks/             the webhooks API, dispatch and signed delivery;
	                   hooks.New(hooks.Account, hooks.Authorizer); TicketChanged; Close
	control/           the control API below /_emulator: Refusal (loopback only, no cross-site
	                   requests), control.New(Accounts, default seed) for /accounts, and per
	                   account control.NewAccount(Parts, Routes…) with State; the parts' own
	                   control routes come in as Routes (auth, hooks, rest)
	emutest/           what tests share: the settable Clock and Env, the emulator over real
	                   HTTP (New: "acme" with test tokens; NewDemo: "demo" with real tokens)
	internal/pathseg   the path splitting of the hand-written routing
	internal/httpjson  JSON answers and Zendesk's error bodies (APIError)
	internal/random    tokens, secrets, codes and ids

Account (through account.Account) implements auth.Account and hooks.Account; auth.State is the
rest.Authenticator and the hooks.Authorizer. The REST API wraps its routes with Authenticate
(Options.TestAuth first, tests only) and then checkAccess (rest/routes.go): scope per resource,
end-users only users/me, incremental exports admin-only. The auth and hooks routes check their
callers themselves. Injected faults
and rate limits (gate) run before any of them sees a request. Every ticket write is reported to
hooks.State.TicketChanged after it is committed (account.OnTicketChange); it must not block.

The server is the control API's control.Accounts (server.go, controlAccounts); rest.API,
auth.State and hooks.State are its control.Routes. The public names of the parts that callers use
(SeedConfig, Fault, Principal, Ticket, …) are aliases here (names.go), so callers import only this
package.

Tests sit beside the package they test, as external tests (package x_test) over emutest.Env;
this package keeps the tests of the whole server (a foreign client, recorded shapes, concurrency,
the command, the benchmark).

# Speed

BenchmarkIncrementalTicketExport serves cursor export pages of 1,000 tickets over real HTTP
with a hand-rolled append-based encoder (record/json_append.go); on the 2-core development machine
it measured about 270–380 pages/s (270,000–380,000 tickets/s, 290–410 MB/s).
*/
package emulator
