import { describe, expect, it } from 'vitest';
import { minTableWidth } from './tableWidth';

describe('minTableWidth', () => {
  it.each([
    { widths: ['72px'], want: 72 + 24 },
    { widths: ['72px', 'minmax(180px, 4fr)'], want: 72 + 180 + 12 + 24 },
    { widths: ['100px', 'minmax(200px, 2fr)', '1fr'], want: 100 + 200 + 24 + 24 },
    { widths: [], want: 24 },
  ])('$widths → $want px', ({ widths, want }) => {
    expect(minTableWidth(widths)).toBe(want);
  });
});
