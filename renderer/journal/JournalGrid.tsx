import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortColumn } from '../db/journal/query';
import { GRID_HEADER_HEIGHT, useVirtualGrid } from '../ui/useVirtualGrid';
import { compactColumns, journalColumns } from './columns';
import { JournalHeader } from './JournalHeader';
import type { JournalRows, RowRange } from './journalRows';
import { JournalRow, journalRowId } from './JournalRow';

const OPEN_KEYS = ['Enter'] as const;

export interface JournalGridProps {
  rows: JournalRows | null;
  /** Bumps when a page of rows arrives. */
  revision: number;
  busy: boolean;
  /** Fewer columns, when the detail pane takes part of the width. */
  compact: boolean;
  /** Changes when a different query is shown: the list goes back to its top. */
  resetKey: string;
  sort: SortColumn;
  descending: boolean;
  selectedPid: string | null;
  onSort: (column: SortColumn) => void;
  onSelect: (pid: string) => void;
  onOpen: (pid: string) => void;
  onClose: () => void;
  onVisibleRange: (range: RowRange) => void;
  gridRef: RefObject<HTMLDivElement | null>;
}

let journalPaintedMarked = false;

/** Marks (once per page load) the moment the first rows are on screen, for the benchmark. */
function markFirstPaint(): void {
  if (journalPaintedMarked) return;
  journalPaintedMarked = true;
  requestAnimationFrame(() => performance.mark('uradovna:journal-painted'));
}

/**
 * The journal as an ARIA grid: a fixed header and a virtualised body inside one
 * scroll container (the grid itself, which holds the keyboard focus). Only the rows
 * in view exist in the DOM; their pages are read on demand.
 */
export function JournalGrid(props: JournalGridProps) {
  const { rows, revision, busy, compact, resetKey, sort, descending, selectedPid, gridRef } = props;
  const { onSort, onSelect, onOpen, onClose, onVisibleRange } = props;
  const { t } = useTranslation();
  // While a long answer is being counted the list holds the rows known so far.
  const total = rows?.length ?? 0;
  const columns = compact ? compactColumns : journalColumns;
  const [indexHint, setIndexHint] = useState(-1);

  const selectedIndex = useMemo(
    () => (rows && selectedPid ? rows.indexOf(selectedPid, indexHint) : -1),
    // `revision`: a page that arrived may hold the selected row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, selectedPid, indexHint, revision],
  );

  const pick = useCallback(
    (index: number, pid: string) => {
      setIndexHint(index);
      onSelect(pid);
    },
    [onSelect],
  );
  const open = useCallback(
    (index: number, pid: string) => {
      setIndexHint(index);
      onOpen(pid);
    },
    [onOpen],
  );

  const moveTo = useCallback(
    (index: number) => {
      if (!rows) return;
      const doc = rows.row(index);
      if (doc) {
        pick(index, doc.pid);
        return;
      }
      void rows.ensure(index, index + 1).then(() => {
        const loaded = rows.row(index);
        if (loaded && !rows.isDisposed) pick(index, loaded.pid);
      });
    },
    [rows, pick],
  );

  const { items, first, last, bodyHeight, activeRendered, onKeyDown } = useVirtualGrid({
    total,
    gridRef,
    selectedIndex,
    openKeys: OPEN_KEYS,
    openSelected: selectedPid ? () => onOpen(selectedPid) : null,
    moveTo,
    onClose,
  });

  useEffect(() => {
    if (!rows) return;
    const range: RowRange = [first, Math.max(last, Math.min(first + 1, rows.length))];
    onVisibleRange(range);
    void rows.ensure(range[0], range[1]).catch(() => undefined);
  }, [rows, first, last, onVisibleRange]);

  useEffect(() => {
    if (rows && rows.row(0)) markFirstPaint();
  }, [rows, revision]);

  // A new query starts at the top of its results.
  useEffect(() => {
    const grid = gridRef.current;
    if (grid) grid.scrollTop = 0;
  }, [resetKey, gridRef]);

  return (
    <div
      ref={gridRef}
      role="grid"
      className={compact ? 'record-grid journal-grid--compact' : 'record-grid'}
      tabIndex={0}
      aria-label={t('journal.grid.label')}
      aria-rowcount={rows && rows.total !== null ? rows.total + 1 : -1}
      aria-colcount={columns.length}
      aria-busy={busy}
      aria-activedescendant={activeRendered ? journalRowId(selectedIndex) : undefined}
      aria-keyshortcuts="ArrowUp ArrowDown PageUp PageDown Home End Enter Escape"
      onKeyDown={onKeyDown}
    >
      <JournalHeader columns={columns} sort={sort} descending={descending} onSort={onSort} />
      <div role="rowgroup" className="record-grid__body" style={{ height: bodyHeight }}>
        {items.map((item) => (
          <JournalRow
            key={item.index}
            doc={rows?.row(item.index)}
            columns={columns}
            index={item.index}
            top={item.start - GRID_HEADER_HEIGHT}
            selected={item.index === selectedIndex}
            onPick={pick}
            onOpen={open}
          />
        ))}
      </div>
    </div>
  );
}
