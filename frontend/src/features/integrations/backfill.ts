/**
 * backfillNote says what the backfill start means now, and what saving a changed one does to
 * the local copy. value and saved are YYYY-MM-DD or "" (the whole history); saved is undefined
 * for a new integration.
 */
export function backfillNote(value: string, saved: string | undefined): string {
  const v = value.trim();
  if (saved === undefined || v === saved) {
    return v === ''
      ? 'Empty: the whole history, for a complete local copy. Pick a date to start later.'
      : `The first sync fetches records from ${v} on. Leave it empty for the whole history.`;
  }
  const earlier = v === '' || (saved !== '' && v < saved);
  if (earlier) {
    return `Saving fetches the missing range: the sync walks Zendesk's export again from ${
      v === '' ? 'the beginning' : v
    }.`;
  }
  return `Tickets before the new date that are already stored are kept; the sync walks Zendesk's export again from ${v}.`;
}

/** EXPORT_PACE is Zendesk's incremental export pace the first sync runs at. */
export const EXPORT_PACE =
  "Zendesk exports 1,000 tickets a page at 10 pages a minute: about a minute per 10,000 tickets. Connect shows your account's count.";
