import { MAX_SCROLL_PX, rowTop, scrollScale } from './scrollScale';

describe('scrollScale', () => {
  it('does not scale a list that fits', () => {
    expect(scrollScale(100 * 34, 600)).toEqual({ realSize: 3400, factor: 1 });
  });

  it('caps a million rows at the maximum and still reaches the last row', () => {
    const rowH = 34;
    const virtual = 1_000_000 * rowH;
    const viewport = 600;
    const { realSize, factor } = scrollScale(virtual, viewport);
    expect(realSize).toBe(MAX_SCROLL_PX);
    const maxReal = realSize - viewport;
    expect(maxReal * factor).toBeCloseTo(virtual - viewport, 3);
    // At the bottom the last row is drawn at the viewport's bottom edge.
    const lastStart = virtual - rowH;
    const top = rowTop(lastStart, maxReal * factor, factor);
    expect(top - maxReal).toBeCloseTo(viewport - rowH, 3);
  });

  it('draws rows at their own start when unscaled', () => {
    expect(rowTop(3400, 1000, 1)).toBe(3400);
  });
});
