import { describe, expect, it } from 'vitest';
import { countsLabel } from './labels';

const zero = { tickets: 0, users: 0, organizations: 0, groups: 0, articles: 0 };

describe('countsLabel', () => {
  it.each([
    ['helpdesk', { ...zero, tickets: 1234, users: 56, organizations: 1 }, '1,234 tickets · 56 users · 1 organization'],
    ['helpdesk', { ...zero, tickets: 1 }, '1 ticket'],
    ['crm', { ...zero, tickets: 9, users: 2, organizations: 3 }, '2 users · 3 organizations'],
    ['content_management', { ...zero, articles: 120 }, '120 articles'],
    ['helpdesk', zero, ''],
  ] as const)('%s %o reads "%s"', (capability, counts, want) => {
    expect(countsLabel(capability, counts)).toBe(want);
  });

  it('is empty without counts', () => {
    expect(countsLabel('helpdesk', undefined)).toBe('');
  });
});
