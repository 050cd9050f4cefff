import { windowsFor, WINDOW_ROWS } from './useRowWindows';

describe('windowsFor', () => {
  it.each([
    ['the top of the list', { start: 0, end: 20 }, [0]],
    ['rows near a window edge fetch the next window early', { start: 150, end: 170 }, [0, 1]],
    ['the middle of a million rows, plus the first for the count', { start: 500_060, end: 500_085 }, [0, 2500]],
    ['a screen across two windows', { start: 590, end: 620 }, [0, 2, 3]],
  ])('%s', (_name, range, want) => {
    expect(windowsFor(range, WINDOW_ROWS)).toEqual(want);
  });
});
