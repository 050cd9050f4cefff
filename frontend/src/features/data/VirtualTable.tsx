import { Box, Text } from '@mantine/core';
import {
  elementScroll,
  observeElementOffset,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { rowTop, scrollScale } from './scrollScale';
import { GAP_PX, minTableWidth, PAD_PX } from './tableWidth';
import { TableRow, type Column } from './TableRow';

export type { Column } from './TableRow';
import type { VisibleRange } from './useRowWindows';

/** ROW_HEIGHT is every row's height in px: fixed, so nothing is measured while scrolling. */
export const ROW_HEIGHT = 34;

/** BLOCK_PX is how far the list scrolls before rows are re-placed (see the block below). */
const BLOCK_PX = 100_000;

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
  /** height of the scrolling rows; by default they fill the window below the table's top. */
  height?: CSSProperties['height'];
}

/** useFillHeight is the px height from el's top to the window's bottom (less a margin), kept on resize. */
function useFillHeight(el: RefObject<HTMLElement | null>, margin: number): number {
  const [h, setH] = useState(480);
  useLayoutEffect(() => {
    const measure = () => {
      const top = el.current?.getBoundingClientRect().top ?? 0;
      setH(Math.max(240, Math.floor(window.innerHeight - top - margin)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [el, margin]);
  return h;
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
  height,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const fill = useFillHeight(scrollRef, 28);
  const gridTemplateColumns = useMemo(() => columns.map((c) => c.width).join(' '), [columns]);
  const minWidth = useMemo(() => minTableWidth(columns.map((c) => c.width)), [columns]);
  const grid: CSSProperties = {
    display: 'grid',
    gridTemplateColumns,
    alignItems: 'center',
    columnGap: GAP_PX,
    paddingInline: PAD_PX,
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

  // Rows are placed relative to a block start that changes only every BLOCK_PX of scrolling, and
  // the block is moved as a whole: rows keep their props (and skip rendering) while scrolling, and
  // their offsets stay small numbers that transforms represent exactly.
  const block = Math.floor((items[0]?.start ?? 0) / BLOCK_PX) * BLOCK_PX;
  const blockTop = rowTop(block, offset, factor);

  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      bg="var(--mantine-color-body)"
      bd="1px solid var(--mantine-color-default-border)"
      style={{ borderRadius: 'var(--mantine-radius-md)', overflowX: 'auto' }}
    >
      <Box miw={minWidth}>
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
              <Text key={c.id} role="columnheader" inherit truncate="end" title={c.header}>
                {c.header}
              </Text>
            ))}
          </Box>
        </div>
        <div
          ref={scrollRef}
          role="rowgroup"
          style={{ height: height ?? fill, minHeight: 240, overflowY: 'auto', overflowX: 'hidden', contain: 'strict' }}
        >
          <div style={{ height: realSize, position: 'relative', width: '100%' }}>
            <div style={{ position: 'absolute', top: blockTop, left: 0, right: 0 }}>
              {items.map((item) => (
                <TableRow
                  key={item.key}
                  index={item.index}
                  row={rowAt(item.index)}
                  top={item.start - block}
                  height={ROW_HEIGHT}
                  columns={columns}
                  gridTemplateColumns={gridTemplateColumns}
                  onOpen={onOpen}
                  rowStyle={rowStyle}
                />
              ))}
            </div>
          </div>
        </div>
      </Box>
    </Box>
  );
}
