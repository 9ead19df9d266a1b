import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, type KeyboardEvent, type RefObject } from 'react';

/** Heights in CSS pixels; recordList.css uses the same numbers. */
export const GRID_ROW_HEIGHT = 34;
export const GRID_HEADER_HEIGHT = 38;

export interface VirtualGridOptions {
  /** Rows known to the list. */
  total: number;
  gridRef: RefObject<HTMLDivElement | null>;
  /** Index of the selected row, -1 when none is (or it is not known yet). */
  selectedIndex: number;
  /** Keys that open the selected row. */
  openKeys: ReadonlyArray<string>;
  /** Opens the selected row; null when nothing is selected. */
  openSelected: (() => void) | null;
  /** Selects the row at `index`, already scrolled into view. */
  moveTo: (index: number) => void;
  onClose: () => void;
}

export interface VirtualGrid {
  /** The rows in view (and a few around them), positioned below the header. */
  items: VirtualItem[];
  bodyHeight: number;
  /** Whether the selected row is in the DOM, so aria-activedescendant may name it. */
  activeRendered: boolean;
  /** First row in view and one past the last. */
  first: number;
  last: number;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * A list shown as an ARIA grid: one focusable scroll container with a fixed header and only
 * the rows in view in the DOM; arrows / Page / Home / End move the selection, the open keys
 * open it, Escape closes the detail.
 */
export function useVirtualGrid(options: VirtualGridOptions): VirtualGrid {
  const { total, gridRef, selectedIndex, openKeys, openSelected, moveTo, onClose } = options;

  // eslint-disable-next-line react-hooks/incompatible-library -- not compiled by React Compiler; the virtualizer re-renders the grid itself
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => gridRef.current,
    estimateSize: () => GRID_ROW_HEIGHT,
    overscan: 12,
    scrollMargin: GRID_HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? (items[items.length - 1]?.index ?? 0) + 1 : 0;

  const scrollIntoView = useCallback(
    (index: number) => {
      const grid = gridRef.current;
      if (!grid) return;
      const top = index * GRID_ROW_HEIGHT;
      const viewport = grid.clientHeight - GRID_HEADER_HEIGHT;
      if (top < grid.scrollTop) grid.scrollTop = top;
      else if (top + GRID_ROW_HEIGHT > grid.scrollTop + viewport)
        grid.scrollTop = top + GRID_ROW_HEIGHT - viewport;
    },
    [gridRef],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      onClose();
      return;
    }
    if (total === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys pressed on a control inside the grid (a header button) belong to the control.
    if (event.target !== event.currentTarget && openKeys.includes(event.key)) return;
    if (openKeys.includes(event.key)) {
      if (openSelected) {
        event.preventDefault();
        openSelected();
      }
      return;
    }
    const pageRows = Math.max(
      1,
      Math.floor(((gridRef.current?.clientHeight ?? 0) - GRID_HEADER_HEIGHT) / GRID_ROW_HEIGHT) - 1,
    );
    const current = selectedIndex;
    let next: number;
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
      default:
        return;
    }
    event.preventDefault();
    const index = Math.min(total - 1, Math.max(0, next));
    scrollIntoView(index);
    moveTo(index);
  };

  return {
    items,
    bodyHeight: total * GRID_ROW_HEIGHT,
    activeRendered: selectedIndex >= 0 && selectedIndex >= first && selectedIndex < last,
    first,
    last,
    onKeyDown,
  };
}
