import { describe, expect, it } from 'vitest';
import { minTableWidth } from './tableWidth';
import { DEFAULT_CONTENT_WIDTH, ticketColumns } from './ticketColumns';

describe('ticketColumns', () => {
  it('fit the default window without cutting off Updated', () => {
    expect(minTableWidth(ticketColumns.map((c) => c.width))).toBeLessThanOrEqual(DEFAULT_CONTENT_WIDTH);
    expect(ticketColumns.at(-1)?.header).toBe('Updated');
  });
});
