import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once after a burst, not once per call', () => {
    const fn = vi.fn();
    const d = debounce(fn, 400, 2000);
    for (let i = 0; i < 100; i++) {
      d.call();
      vi.advanceTimersByTime(5);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('still runs every maxWait under a steady stream', () => {
    const fn = vi.fn();
    const d = debounce(fn, 400, 2000);
    for (let t = 0; t < 10_000; t += 100) {
      d.call();
      vi.advanceTimersByTime(100);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(fn.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('cancel drops what is scheduled', () => {
    const fn = vi.fn();
    const d = debounce(fn, 400, 2000);
    d.call();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(fn).not.toHaveBeenCalled();
  });
});
