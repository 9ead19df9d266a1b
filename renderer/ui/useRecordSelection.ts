import { useCallback, useRef, useState } from 'react';

/**
 * The selection of a record list and its detail beside the list: a click or the arrows
 * select, Enter or a double click opens the detail, closing it gives the grid the focus back.
 */
export function useRecordSelection() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);

  const onSelect = useCallback((id: string) => setSelectedId(id), []);
  const onOpen = useCallback((id: string) => {
    setSelectedId(id);
    setDetailOpen(true);
  }, []);
  const closeDetail = useCallback(() => {
    setDetailOpen(false);
    gridRef.current?.focus();
  }, []);
  /** Another list (a tab, say): nothing selected, no detail. */
  const clear = useCallback(() => {
    setSelectedId(null);
    setDetailOpen(false);
  }, []);

  return {
    selectedId,
    showDetail: detailOpen && selectedId !== null,
    gridRef,
    onSelect,
    onOpen,
    closeDetail,
    clear,
  };
}
