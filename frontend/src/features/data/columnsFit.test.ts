import { describe, expect, it } from 'vitest';
import { organizationColumns } from './OrganizationsPage';
import { minTableWidth } from './tableWidth';
import { DEFAULT_CONTENT_WIDTH, ticketColumns } from './ticketColumns';
import { userColumns } from './UsersPage';

// Every data list fits the window at its default size with its last column, Updated, whole:
// below DEFAULT_CONTENT_WIDTH a list scrolls sideways and cuts Updated off.
describe.each([
  { list: 'tickets', widths: ticketColumns.map((c) => c.width), last: ticketColumns.at(-1)?.header },
  { list: 'users', widths: userColumns.map((c) => c.width), last: userColumns.at(-1)?.header },
  { list: 'organizations', widths: organizationColumns.map((c) => c.width), last: organizationColumns.at(-1)?.header },
])('the $list columns', ({ widths, last }) => {
  it('fit the default window without cutting off Updated', () => {
    expect(minTableWidth(widths)).toBeLessThanOrEqual(DEFAULT_CONTENT_WIDTH);
    expect(last).toBe('Updated');
  });
});
