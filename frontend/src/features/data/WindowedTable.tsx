import { useState } from 'react';
import type { Page } from '../../api/data';
import { useRowWindows, type VisibleRange } from './useRowWindows';
import { VirtualTable, type VirtualTableProps } from './VirtualTable';

export interface WindowedTableProps<Row>
  extends Omit<VirtualTableProps<Row>, 'rowAt' | 'onRangeChange' | 'resetKey'> {
  queryKey: readonly unknown[];
  fetchWindow: (offset: number, limit: number) => Promise<Page<Row>>;
}

/**
 * WindowedTable is a VirtualTable fed window by window from DataAPI. It owns the visible range, so
 * scrolling re-renders only the table, never the page and its filters around it.
 */
export function WindowedTable<Row>({ queryKey, fetchWindow, ...table }: WindowedTableProps<Row>) {
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 0 });
  const { rowAt } = useRowWindows(queryKey, fetchWindow, range);
  return <VirtualTable {...table} rowAt={rowAt} onRangeChange={setRange} resetKey={JSON.stringify(queryKey)} />;
}
