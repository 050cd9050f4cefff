// Field rules the form checks before it asks Go to save. Go validates again and is the authority;
// its field errors are shown the same way (see serverFieldErrors).
import type { FieldErrors } from '../../api/client';
import { checkDomain } from './domain';
import { needsOAuthSetup, type FieldName, type FormValues } from './formValues';

export const MAX_NAME_LENGTH = 100;
export const MAX_POLL_MINUTES = 1440;

export type FormErrors = Partial<Record<FieldName, string>>;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

function todayUTC(): string {
  return new Date().toISOString().slice(0, 10);
}

/** validate returns what is wrong with each field, or {} when the form can be saved. */
export function validate(v: FormValues): FormErrors {
  const e: FormErrors = {};
  const name = v.name.trim();
  if (!name) e.name = 'Enter a name for this integration.';
  else if (name.length > MAX_NAME_LENGTH) e.name = `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.`;
  if (!v.capability) e.capability = 'Choose a capability.';

  const domain = checkDomain(v.domain);
  if (!domain.ok) e.domain = domain.message;

  if (needsOAuthSetup(v.capability)) {
    if (!v.pullRecordBy) e.pullRecordBy = 'Choose Created Time or Updated Time.';
    const start = v.backfillStart.trim();
    if (start && !isDate(start)) e.backfillStart = 'Enter a date as YYYY-MM-DD.';
    else if (start && start > todayUTC()) e.backfillStart = 'The backfill cannot start in the future.';
    if (!v.oauthClientId.trim()) {
      e.oauthClientId =
        'Enter the identifier of your OAuth client (Admin Center → Apps and integrations → APIs → OAuth clients).';
    }
    const poll = v.pollIntervalMinutes;
    if (poll !== '' && (!Number.isInteger(poll) || poll < 1 || poll > MAX_POLL_MINUTES)) {
      e.pollIntervalMinutes = `Poll every 1 to ${MAX_POLL_MINUTES} minutes.`;
    }
    const url = v.webhookBaseUrl.trim();
    if (url && !isWebAddress(url)) {
      e.webhookBaseUrl = 'Enter a full address that starts with https:// (or http://), for example https://zensync.example.com.';
    }
  } else {
    const locale = v.helpCenterLocale.trim();
    if (locale && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) {
      e.helpCenterLocale = 'Enter a locale such as en-us or de.';
    }
  }
  return e;
}

function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
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
