import { Box, Skeleton } from '@mantine/core';
import {
  elementScroll,
  observeElementOffset,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { rowTop, scrollScale } from './scrollScale';
import type { VisibleRange } from './useRowWindows';

/** ROW_HEIGHT is every row's height in px: fixed, so nothing is measured while scrolling. */
export const ROW_HEIGHT = 34;

export interface Column<Row> {
  id: string;
  header: string;
  /** width is a CSS grid track: "90px", "minmax(240px, 3fr)"… */
  width: string;
  render: (row: Row) => ReactNode;
}

export interface VirtualTableProps<Row> {
  /** label names the table for assistive technology and tests. */
  label: string;
  columns: Column<Row>[];
  total: number;
  rowAt: (index: number) => Row | undefined;
  /** onRangeChange reports the rows on screen, so the caller can fetch their window. */
  onRangeChange: (range: VisibleRange) => void;
  /** onOpen makes rows clickable (and openable with Enter). */
  onOpen?: (row: Row) => void;
  rowStyle?: (row: Row) => CSSProperties | undefined;
  /** resetKey scrolls back to the top when it changes (a new query). */
  resetKey: string;
  height?: CSSProperties['height'];
}

type ElementVirtualizer = Virtualizer<HTMLDivElement, Element>;

function scaleOf(instance: ElementVirtualizer) {
  const viewport = instance.scrollElement?.clientHeight ?? 0;
  return scrollScale(instance.getTotalSize(), viewport);
}

/**
 * VirtualTable draws only the rows on screen (plus a few) of a list of any length, with a fixed row
 * height; a million rows scroll as smoothly as a hundred. Rows that have not loaded yet show a
 * placeholder. It is an ARIA table: rows are role "row", named by their text.
 */
export function VirtualTable<Row>({
  label,
  columns,
  total,
  rowAt,
  onRangeChange,
  onOpen,
  rowStyle,
  resetKey,
  height = 'calc(100dvh - 260px)',
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const grid: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: columns.map((c) => c.width).join(' '),
    alignItems: 'center',
    columnGap: 12,
    paddingInline: 12,
  };

  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 600 },
    // The scroll area may be shorter than the list (see scrollScale): report and set offsets in
    // the list's own coordinates.
    observeElementOffset: (instance, cb) =>
      observeElementOffset(instance, (offset, scrolling) => cb(offset * scaleOf(instance).factor, scrolling)),
    scrollToFn: (offset, opts, instance) => {
      const { factor } = scaleOf(instance);
      elementScroll(offset / factor, { ...opts, adjustments: (opts.adjustments ?? 0) / factor }, instance);
    },
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    onRangeChange({ start: first, end: last });
  }, [first, last, onRangeChange]);

  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  const { realSize, factor } = scaleOf(virtualizer);
  const offset = virtualizer.scrollOffset ?? 0;

  const onKey = (e: KeyboardEvent<HTMLDivElement>, row: Row | undefined) => {
    if (row && onOpen && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onOpen(row);
    }
  };

  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      bg="var(--mantine-color-body)"
      bd="1px solid var(--mantine-color-default-border)"
      style={{ borderRadius: 'var(--mantine-radius-md)', overflowX: 'auto' }}
    >
      <Box miw={columns.length * 110}>
        <div role="rowgroup">
          <Box
            role="row"
            aria-rowindex={1}
            h={ROW_HEIGHT + 4}
            fz="sm"
            fw={600}
            bg="var(--mantine-color-gray-0)"
            style={{ ...grid, borderBottom: '1px solid var(--mantine-color-default-border)' }}
          >
            {columns.map((c) => (
              <div key={c.id} role="columnheader">
                {c.header}
              </div>
            ))}
          </Box>
        </div>
        <div
          ref={scrollRef}
          role="rowgroup"
          style={{ height, minHeight: 240, overflowY: 'auto', overflowX: 'hidden', contain: 'strict' }}
        >
          <div style={{ height: realSize, position: 'relative', width: '100%' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              const top = rowTop(item.start, offset, factor);
              return (
                <Box
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  tabIndex={row && onOpen ? 0 : -1}
                  onClick={row && onOpen ? () => onOpen(row) : undefined}
                  onKeyDown={(e) => onKey(e, row)}
                  fz="sm"
                  style={{
                    ...grid,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${top}px)`,
                    borderBottom: '1px solid var(--mantine-color-gray-2)',
                    cursor: row && onOpen ? 'pointer' : undefined,
                    ...(row ? rowStyle?.(row) : undefined),
                  }}
                >
                  {columns.map((c) => (
                    <div
                      key={c.id}
                      role="cell"
                      style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}
                    >
                      {row ? c.render(row) : <Skeleton height={10} radius="sm" />}
                    </div>
                  ))}
                </Box>
              );
            })}
          </div>
        </div>
      </Box>
    </Box>
  );
}
