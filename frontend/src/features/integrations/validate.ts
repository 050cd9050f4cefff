// Field rules the form checks before it asks Go to save: the numbers come from Go's
// integration.Rules() (src/api/rules.ts), the words are Go's (backend/integration/validate.go).
// Go validates again and is the authority; its field errors are shown the same way (see
// serverFieldErrors).
import type { FieldErrors } from '../../api/client';
import { rules } from '../../api/rules';
import { checkDomain } from './domain';
import { needsOAuthSetup, type FieldName, type FormValues } from './formValues';

export const MAX_NAME_LENGTH = rules.maxNameLength;
export const MAX_CLIENT_ID_LENGTH = rules.maxClientIdLength;
export const MAX_CLIENT_SECRET_LENGTH = rules.maxClientSecretLength;
export const MIN_POLL_MINUTES = rules.minPollInterval;
export const MAX_POLL_MINUTES = rules.maxPollInterval;
const LOCALE = new RegExp(rules.localePattern);
const CAPABILITIES: string[] = (rules.capabilities ?? []).map((c) => c.value);

export type FormErrors = Partial<Record<FieldName, string>>;

// eslint-disable-next-line no-control-regex
const hasControl = (s: string) => /[\u0000-\u001f\u007f-\u009f]/.test(s);

/** todayUTC is today as YYYY-MM-DD, as Go compares it. */
export function todayUTC(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** validate returns what is wrong with each field, or {} when the form can be saved. */
export function validate(v: FormValues, now = new Date()): FormErrors {
  const e: FormErrors = {};
  const needs = needsOAuthSetup(v.capability);
  const name = v.name.trim();
  if (!name) e.name = 'Enter a name for this integration.';
  else if ([...name].length > MAX_NAME_LENGTH) e.name = `Use at most ${MAX_NAME_LENGTH} characters.`;
  else if (hasControl(name)) e.name = 'The name cannot contain line breaks or control characters.';
  if (!CAPABILITIES.includes(v.capability)) {
    e.capability = 'Choose Helpdesk, CRM or Content Management.';
  }

  const domain = checkDomain(v.domain);
  if (!domain.ok) e.domain = domain.message;

  if (!needs) {
    const locale = v.helpCenterLocale.trim().toLowerCase();
    if (locale && !LOCALE.test(locale)) {
      e.helpCenterLocale = 'Enter a Help Center locale such as en-us or de, or leave it empty for the default.';
    }
    return e;
  }

  if (!v.pullRecordBy) e.pullRecordBy = 'Choose Created Time or Updated Time.';
  const start = v.backfillStart.trim();
  // Empty: the account's whole history.
  if (start && !isDate(start)) e.backfillStart = 'Enter a date as YYYY-MM-DD.';
  else if (start && start > todayUTC(now)) e.backfillStart = 'The start date cannot be in the future.';

  const clientId = v.oauthClientId.trim();
  if (!clientId) {
    e.oauthClientId =
      "Enter the OAuth client's unique identifier (Admin Center → Apps and integrations → APIs → OAuth clients).";
  } else if (clientId.length > MAX_CLIENT_ID_LENGTH) {
    e.oauthClientId = `Use at most ${MAX_CLIENT_ID_LENGTH} characters.`;
  } else if (/[\s]/.test(clientId) || hasControl(clientId)) {
    e.oauthClientId = "The identifier has no spaces: copy it from the OAuth client's Identifier field.";
  }
  const secret = v.oauthClientSecret.trim();
  if (secret.length > MAX_CLIENT_SECRET_LENGTH || /[ \t\r\n]/.test(secret)) {
    e.oauthClientSecret = `Paste the secret exactly as Zendesk shows it (no spaces, at most ${MAX_CLIENT_SECRET_LENGTH} characters).`;
  }
  const poll = v.pollIntervalMinutes;
  if (poll !== '' && poll !== 0 && (!Number.isInteger(poll) || poll < MIN_POLL_MINUTES || poll > MAX_POLL_MINUTES)) {
    e.pollIntervalMinutes = `Poll every ${MIN_POLL_MINUTES} to ${MAX_POLL_MINUTES} minutes (${MAX_POLL_MINUTES} is one day).`;
  }
  const url = webhookUrlProblem(v.webhookBaseUrl.trim());
  if (url) e.webhookBaseUrl = url;
  return e;
}

function webhookUrlProblem(s: string): string {
  if (!s) return '';
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return 'Enter the full public address, such as https://example.trycloudflare.com, or leave it empty.';
  }
  if (!u.hostname) {
    return 'Enter the full public address, such as https://example.trycloudflare.com, or leave it empty.';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'The address must start with https:// (or http://).';
  if (/[?#]/.test(s)) return 'Leave out any ?query or #fragment: Zensync adds /webhooks/zendesk/<id> to this address.';
  if (u.username || u.password) return 'Leave out any user name or password.';
  return '';
}

const fieldNames: FieldName[] = [
  'name',
  'capability',
  'domain',
  'pullRecordBy',
  'backfillStart',
  'oauthClientId',
  'oauthClientSecret',
  'environment',
  'helpCenterLocale',
  'pollIntervalMinutes',
  'webhookBaseUrl',
];
const byLooseName = new Map(fieldNames.map((f) => [f.toLowerCase(), f]));

/**
 * serverFieldErrors places Go's field errors on the form's fields. Go names fields by their JSON
 * names (pullRecordBy); snake_case (pull_record_by) is accepted too. Errors for fields the form
 * does not have come back in `other`.
 */
export function serverFieldErrors(fields: FieldErrors): { errors: FormErrors; other: string[] } {
  const errors: FormErrors = {};
  const other: string[] = [];
  for (const [key, msg] of Object.entries(fields)) {
    const f = byLooseName.get(key.replace(/_/g, '').toLowerCase());
    if (f) errors[f] = msg;
    else other.push(msg);
  }
  return { errors, other };
}
