import { describe, expect, it } from 'vitest';
import { backfillNote } from './backfill';

describe('backfillNote', () => {
  it.each([
    ['', undefined, 'Empty: the whole history'],
    ['2025-01-01', undefined, 'The first sync fetches records from 2025-01-01 on.'],
    ['2025-01-01', '2025-01-01', 'The first sync fetches records from 2025-01-01 on.'],
    ['2024-01-01', '2025-01-01', "Saving fetches the missing range: the sync walks Zendesk's export again from 2024-01-01."],
    ['', '2025-01-01', "Saving fetches the missing range: the sync walks Zendesk's export again from the beginning."],
    ['2026-01-01', '2025-01-01', 'Tickets before the new date that are already stored are kept'],
    ['2026-01-01', '', 'Tickets before the new date that are already stored are kept'],
  ])('%s (saved %s)', (value, saved, want) => {
    expect(backfillNote(value, saved)).toContain(want);
  });
});
