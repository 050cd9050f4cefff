import { formatDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45.4, '45 s'],
    [150, '3 min'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
    [-5, '0 s'],
  ])('%s seconds is "%s"', (s, want) => {
    expect(formatDuration(s)).toBe(want);
  });
});
