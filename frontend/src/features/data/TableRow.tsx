import { memo, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export interface Column<Row> {
  id: string;
  header: string;
  /** width is a CSS grid track: "90px", "minmax(240px, 3fr)"… */
  width: string;
  render: (row: Row) => ReactNode;
}

export interface TableRowProps<Row> {
  index: number;
  /** row is undefined while its window loads: the cells show placeholders. */
  row: Row | undefined;
  /** top is the row's offset inside the current block of rows (see VirtualTable). */
  top: number;
  height: number;
  columns: Column<Row>[];
  gridTemplateColumns: string;
  onOpen?: (row: Row) => void;
  rowStyle?: (row: Row) => CSSProperties | undefined;
}

function TableRowView<Row>({ index, row, top, height, columns, gridTemplateColumns, onOpen, rowStyle }: TableRowProps<Row>) {
  const clickable = row !== undefined && onOpen !== undefined;
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (clickable && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onOpen(row);
    }
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={clickable ? 0 : -1}
      className={clickable ? `${classes.row} ${classes.clickable}` : classes.row}
      onClick={clickable ? () => onOpen(row) : undefined}
      onKeyDown={onKey}
      style={{
        gridTemplateColumns,
        height,
        transform: `translateY(${top}px)`,
        ...(row ? rowStyle?.(row) : undefined),
      }}
    >
      {columns.map((c) => (
        <div key={c.id} role="cell" className={classes.cell}>
          {row ? c.render(row) : <div className={classes.placeholder} />}
        </div>
      ))}
    </div>
  );
}

/**
 * TableRow is one row of a VirtualTable. It is memoized: while the list scrolls, rows already on
 * screen keep their props and are not rendered again; only rows coming into view are.
 */
export const TableRow = memo(TableRowView) as typeof TableRowView;
