import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { SortColumn } from '../db/journal/query';
import { compactColumns, journalColumns } from './columns';
import { JournalHeader } from './JournalHeader';
import type { JournalRows, RowRange } from './journalRows';
import { JournalRow, journalRowId } from './JournalRow';

/** Heights in CSS pixels; journal.css uses the same numbers. */
export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 38;

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

  // eslint-disable-next-line react-hooks/incompatible-library -- not compiled by React Compiler; the virtualizer re-renders the grid itself
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? (items[items.length - 1]?.index ?? 0) + 1 : 0;

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

  const selectedIndex = useMemo(
    () => (rows && selectedPid ? rows.indexOf(selectedPid, indexHint) : -1),
    // `revision`: a page that arrived may hold the selected row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, selectedPid, indexHint, revision],
  );

  const scrollIntoView = useCallback(
    (index: number) => {
      const grid = gridRef.current;
      if (!grid) return;
      const top = index * ROW_HEIGHT;
      const viewport = grid.clientHeight - HEADER_HEIGHT;
      if (top < grid.scrollTop) grid.scrollTop = top;
      else if (top + ROW_HEIGHT > grid.scrollTop + viewport)
        grid.scrollTop = top + ROW_HEIGHT - viewport;
    },
    [gridRef],
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
      scrollIntoView(index);
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
    [rows, pick, scrollIntoView],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      onClose();
      return;
    }
    if (!rows || total === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys pressed on a header button belong to the button.
    if (event.target !== event.currentTarget && event.key === 'Enter') return;
    const pageRows = Math.max(
      1,
      Math.floor(((gridRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const current = selectedIndex;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = current < 0 ? 0 : current + 1;
        break;
      case 'ArrowUp':
        next = current < 0 ? 0 : current - 1;
        break;
      case 'PageDown':
        next = Math.max(current, 0) + pageRows;
        break;
      case 'PageUp':
        next = Math.max(current, 0) - pageRows;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = total - 1;
        break;
      case 'Enter':
        if (selectedPid) {
          event.preventDefault();
          onOpen(selectedPid);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    moveTo(Math.min(total - 1, Math.max(0, next)));
  };

  const activeRendered = selectedIndex >= 0 && selectedIndex >= first && selectedIndex < last;
  const bodyHeight = total * ROW_HEIGHT;

  return (
    <div
      ref={gridRef}
      role="grid"
      className={compact ? 'journal-grid journal-grid--compact' : 'journal-grid'}
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
      <div role="rowgroup" className="journal-grid__body" style={{ height: bodyHeight }}>
        {items.map((item) => (
          <JournalRow
            key={item.index}
            doc={rows?.row(item.index)}
            columns={columns}
            index={item.index}
            top={item.start - HEADER_HEIGHT}
            selected={item.index === selectedIndex}
            onPick={pick}
            onOpen={open}
          />
        ))}
      </div>
    </div>
  );
}
