import type { ComponentProps, ReactNode } from 'react';
import './data-table.css';

/** One column of a data table: its header, and how its cells align. */
export interface DataTableColumn {
  key: string;
  header: ReactNode;
  /** Right-aligned, with figures of equal width (counts, amounts). */
  numeric?: boolean;
  className?: string;
  /** Set on the column the rows are sorted by. */
  sort?: 'ascending' | 'descending';
  title?: string;
}

/** Props of a data table; the rows (`<tr>`s) are its children, anything else goes to the `<table>`. */
export interface DataTableProps extends Omit<ComponentProps<'table'>, 'children'> {
  columns: readonly DataTableColumn[];
  /** Names the table for screen readers (shown to them only). */
  caption?: string;
  /** `compact` for dense lists (the queue, small tables inside a card). */
  density?: 'comfortable' | 'compact';
  /** Rows are links or open something: they light up under the pointer. */
  interactive?: boolean;
  /** Scroll sideways on narrow screens instead of squeezing the columns. */
  scroll?: boolean;
  children: ReactNode;
}

/** Class of a cell in a numeric column, so the figures line up under the header. */
export const NUMERIC_CELL = 'data-table-numeric';

/** A table of records: one header row from `columns`, the rows as children. */
export function DataTable({
  columns,
  caption,
  density = 'comfortable',
  interactive,
  scroll,
  className,
  children,
  ...table
}: DataTableProps) {
  const classes = ['data-table', `data-table--${density}`, interactive && 'data-table--interactive', className].filter(Boolean).join(' ');
  const element = (
    <table className={classes} {...table}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={[column.numeric && NUMERIC_CELL, column.className].filter(Boolean).join(' ') || undefined}
              aria-sort={column.sort}
              title={column.title}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className="data-table-scroll">{element}</div> : element;
}
