import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeSeconds } from './format';

describe('formatDateTimeSeconds', () => {
  it('words a time like the other screens do, to the second', () => {
    const iso = '2026-11-25T10:39:01Z'; // any fixed time: formatting never reads the clock
    const got = formatDateTimeSeconds(iso);
    // Same date words as formatDateTime (month name, not 11/25/2026), plus the seconds.
    expect(got.startsWith(formatDateTime(iso).split(',').slice(0, 2).join(','))).toBe(true);
    expect(got).toMatch(/:01\b/);
    expect(got).not.toMatch(/^\d+\/\d+\/\d+/);
  });

  it.each(['', '0001-01-01T00:00:00Z', 'not a time'])('shows a dash for %j', (iso) => {
    expect(formatDateTimeSeconds(iso)).toBe('—');
  });
});
