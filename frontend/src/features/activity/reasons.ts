import { humanize } from '../../lib/format';

/**
 * reasonSentences words the stable reason codes Go puts on Activity entries (backend/webhook
 * reasons.go and tally.go, app/connect.go, app/webhooks_wire.go) for the admin. The code stays
 * on the entry (shown as a tooltip) for support and searching the logs.
 */
export const reasonSentences: Record<string, string> = {
  // Webhook deliveries refused by the listener, cheapest check first.
  method_not_allowed: 'The request was not a POST, the only method the webhook listener serves.',
  not_found: 'The request was for a path the webhook listener does not serve.',
  unknown_integration: 'The delivery named no integration here (deleted, or another installation’s).',
  body_too_large: 'The delivery was larger than 256 KiB and was refused.',
  body_unreadable: 'The delivery’s body could not be read (the connection broke).',
  missing_signature: 'The delivery had no Zendesk signature headers.',
  bad_timestamp: 'The delivery’s signature timestamp could not be read.',
  not_registered: 'No webhook is registered for this integration yet: there is no secret to check the signature with.',
  bad_signature: 'The signature did not match this integration’s webhook secret (not from Zendesk, or an old secret).',
  test_secret: 'The delivery was signed with Zendesk’s public test secret, which never counts as a real event.',
  stale_timestamp: 'The delivery was more than 5 minutes old (a replay?) and was refused.',
  malformed_json: 'The delivery was not the JSON Zendesk sends.',
  unavailable: 'The database could not be written; Zendesk was asked to retry.',
  duplicate: 'The same event arrived again; it changed nothing.',
  // Connections and webhook registration.
  sign_in_failed: 'The sign-in to Zendesk did not finish.',
  cancelled: 'The sign-in was cancelled.',
  registration_failed: 'The Zendesk webhook could not be created or updated.',
};

/** reasonText is the sentence for a reason code; an unknown code is shown in words ("" stays ""). */
export function reasonText(code: string): string {
  if (!code) return '';
  return reasonSentences[code] ?? `${humanize(code)}.`;
}

/** levelLabels are the words on the Level badges. */
export const levelLabels: Record<string, string> = { info: 'Info', warn: 'Warning', error: 'Error' };
