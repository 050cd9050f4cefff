import { useDebouncedValue } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { Page } from '../../api/data';

/** WINDOW_ROWS is how many rows one DataAPI call fetches. */
export const WINDOW_ROWS = 200;

export interface VisibleRange {
  start: number;
  end: number; // inclusive
}

export interface RowWindows<Row> {
  /**
   * total is the number of rows the query matches; while a new query's first window loads it is
   * the previous query's total (isStale), and undefined before anything has loaded.
   */
  total: number | undefined;
  /** rowAt is the row at index, or undefined while its window loads. */
  rowAt: (index: number) => Row | undefined;
  isLoading: boolean;
  /** isStale is true while total is the previous query's. */
  isStale: boolean;
  error: Error | null;
}

/** windowsFor lists the windows to fetch for a visible range: the first, and those around it. */
export function windowsFor(range: VisibleRange, windowRows = WINDOW_ROWS): number[] {
  const from = Math.max(0, Math.floor((range.start - windowRows / 2) / windowRows));
  const to = Math.max(0, Math.floor((range.end + windowRows / 2) / windowRows));
  const out = new Set<number>([0]);
  for (let w = from; w <= to; w++) out.add(w);
  return [...out];
}

/**
 * useRowWindows fetches a long list in windows of WINDOW_ROWS, only those around the visible range
 * (settled for 80 ms, so flinging the scrollbar does not start a fetch per window passed). Each
 * window is its own query, keyed by key + window number; invalidating key refetches them all.
 */
export function useRowWindows<Row>(
  key: readonly unknown[],
  fetchWindow: (offset: number, limit: number) => Promise<Page<Row>>,
  range: VisibleRange,
): RowWindows<Row> {
  const [settled] = useDebouncedValue(`${range.start}:${range.end}`, 80);
  const windows = useMemo(() => {
    const [start, end] = settled.split(':').map(Number);
    return windowsFor({ start, end });
  }, [settled]);

  const results = useQueries({
    queries: windows.map((w) => ({
      queryKey: [...key, 'window', w],
      queryFn: () => fetchWindow(w * WINDOW_ROWS, WINDOW_ROWS),
    })),
  });

  const byWindow = new Map<number, Row[]>();
  windows.forEach((w, i) => {
    const rows = results[i]?.data?.rows;
    if (rows) byWindow.set(w, rows);
  });
  const rowAt = (index: number) => {
    const w = Math.floor(index / WINDOW_ROWS);
    return byWindow.get(w)?.[index - w * WINDOW_ROWS];
  };

  const first = results[0];
  const lastTotal = useRef<number | undefined>(undefined);
  const fresh = first?.data?.total;
  if (fresh !== undefined) lastTotal.current = fresh;

  return {
    total: fresh ?? lastTotal.current,
    rowAt,
    isLoading: first?.isLoading ?? true,
    isStale: fresh === undefined && lastTotal.current !== undefined,
    error: (results.find((r) => r.error)?.error as Error | undefined) ?? null,
  };
}
