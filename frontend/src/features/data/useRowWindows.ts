import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { Page } from '../../api/data';

/** WINDOW_ROWS is how many rows one DataAPI call fetches. */
export const WINDOW_ROWS = 200;

export interface VisibleRange {
  start: number;
  end: number; // inclusive
}

export interface RowWindows<Row> {
  /** rowAt is the row at index, or undefined while its window loads. */
  rowAt: (index: number) => Row | undefined;
}

/** windowsFor lists the windows to fetch for a visible range: the first, and those around it. */
export function windowsFor(range: VisibleRange, windowRows = WINDOW_ROWS): number[] {
  // Rows within a quarter window of the screen count as needed: the next window loads early.
  const margin = windowRows / 4;
  const from = Math.max(0, Math.floor((range.start - margin) / windowRows));
  const to = Math.max(0, Math.floor((range.end + margin) / windowRows));
  const out = new Set<number>([0]);
  for (let w = from; w <= to; w++) out.add(w);
  return [...out];
}

type FetchWindow<Row> = (offset: number, limit: number) => Promise<Page<Row>>;

/** windowQuery is the query of window w of the list keyed by key. */
function windowQuery<Row>(key: readonly unknown[], fetchWindow: FetchWindow<Row>, w: number) {
  return {
    queryKey: [...key, 'window', w],
    queryFn: () => fetchWindow(w * WINDOW_ROWS, WINDOW_ROWS),
  };
}

/**
 * useListTotal is the number of rows a list matches, from its first window (the same query
 * useRowWindows makes, so no extra call). While a new query loads it keeps the previous total and
 * says so (isStale); a page uses it for its count and empty states without re-rendering on scroll.
 */
export function useListTotal<Row>(key: readonly unknown[], fetchWindow: FetchWindow<Row>) {
  const first = useQuery(windowQuery(key, fetchWindow, 0));
  const lastTotal = useRef<number | undefined>(undefined);
  const fresh = first.data?.total;
  if (fresh !== undefined) lastTotal.current = fresh;
  return {
    total: fresh ?? lastTotal.current,
    loaded: fresh,
    isStale: fresh === undefined && lastTotal.current !== undefined,
    error: first.error,
  };
}

/**
 * useRowWindows fetches a long list in windows of WINDOW_ROWS, only those around the visible range
 * (settled for 80 ms, so flinging the scrollbar does not start a fetch per window passed). Each
 * window is its own query, keyed by key + window number; invalidating key refetches them all.
 */
export function useRowWindows<Row>(
  key: readonly unknown[],
  fetchWindow: FetchWindow<Row>,
  range: VisibleRange,
): RowWindows<Row> {
  const [settled] = useDebouncedValue(`${range.start}:${range.end}`, 80);
  const windows = useMemo(() => {
    const [start, end] = settled.split(':').map(Number);
    return windowsFor({ start, end });
  }, [settled]);

  const results = useQueries({ queries: windows.map((w) => windowQuery(key, fetchWindow, w)) });

  const byWindow = new Map<number, Row[]>();
  windows.forEach((w, i) => {
    const rows = results[i]?.data?.rows;
    if (rows) byWindow.set(w, rows);
  });
  const rowAt = (index: number) => {
    const w = Math.floor(index / WINDOW_ROWS);
    return byWindow.get(w)?.[index - w * WINDOW_ROWS];
  };

  return { rowAt };
}
