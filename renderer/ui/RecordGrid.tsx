import { Fragment, useCallback, useMemo, type CSSProperties, type ReactNode } from 'react';
import { GRID_HEADER_HEIGHT, useVirtualGrid } from './useVirtualGrid';
import type { RecordGridSelection } from './recordGridSelection';

const OPEN_KEYS = ['Enter', ' '] as const;

/** Where one row stands in the grid, for its renderer. */
export interface RowPlace {
  index: number;
  /** Offset below the header, in CSS pixels. */
  top: number;
  selected: boolean;
}

export interface RecordGridProps<Row, Column extends string> extends RecordGridSelection {
  rows: ReadonlyArray<Row>;
  /** The record id a row stands for; selection and opening go by it. */
  rowKey: (row: Row) => string;
  columns: ReadonlyArray<Column>;
  /** The element id of the row at an index, for aria-activedescendant. */
  rowId: (index: number) => string;
  testId: string;
  className?: string;
  style?: CSSProperties;
  headerCell: (column: Column) => ReactNode;
  headerClassName?: (column: Column) => string;
  renderRow: (row: Row, place: RowPlace) => ReactNode;
}

/**
 * A record list as an ARIA grid, like the journal's: one focusable scroll container, a fixed
 * header, only the rows in view in the DOM; arrows / Page / Home / End move, Enter opens the
 * record beside the list, Escape closes it.
 */
export function RecordGrid<Row, Column extends string>(props: RecordGridProps<Row, Column>) {
  const { rows, rowKey, columns, rowId, selectedId, onSelect, onOpen, onClose, gridRef } = props;
  const selectedIndex = useMemo(
    () => (selectedId ? rows.findIndex((row) => rowKey(row) === selectedId) : -1),
    [rows, rowKey, selectedId],
  );
  const moveTo = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row !== undefined) onSelect(rowKey(row));
    },
    [rows, rowKey, onSelect],
  );
  const { items, bodyHeight, activeRendered, onKeyDown } = useVirtualGrid({
    total: rows.length,
    gridRef,
    selectedIndex,
    openKeys: OPEN_KEYS,
    openSelected: selectedId ? () => onOpen(selectedId) : null,
    moveTo,
    onClose,
  });

  return (
    <div
      ref={gridRef}
      role="grid"
      className={props.className ?? 'record-grid'}
      style={props.style}
      tabIndex={0}
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? rowId(selectedIndex) : undefined}
      aria-keyshortcuts="ArrowUp ArrowDown PageUp PageDown Home End Enter Escape"
      data-testid={props.testId}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="record-grid__head">
        <div role="row" aria-rowindex={1} className="record-row record-row--head">
          {columns.map((id) => (
            <div
              key={id}
              role="columnheader"
              className={
                props.headerClassName
                  ? `record-cell record-cell--head ${props.headerClassName(id)}`
                  : 'record-cell record-cell--head'
              }
            >
              {props.headerCell(id)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="record-grid__body" style={{ height: bodyHeight }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          return (
            <Fragment key={rowKey(row)}>
              {props.renderRow(row, {
                index: item.index,
                top: item.start - GRID_HEADER_HEIGHT,
                selected: item.index === selectedIndex,
              })}
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}
