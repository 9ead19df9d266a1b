import { useCallback, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import type { DataMessageRecord, MessageDirection } from '../../../common/domain/databox';
import { columnLabel, compactColumnIds, inboxColumnIds } from './inboxColumns';
import { InboxRow, inboxRowId } from './InboxRow';
import { GRID_HEADER_HEIGHT, useVirtualGrid } from '../../ui/useVirtualGrid';
import { boxLabel } from './useBoxes';

const OPEN_KEYS = ['Enter', ' '] as const;

export interface InboxGridProps {
  messages: DataMessageRecord[];
  direction: MessageDirection;
  boxes: IsdsBoxInfo[] | null;
  compact: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
  gridRef: RefObject<HTMLDivElement | null>;
}

/**
 * The messages as an ARIA grid, like the journal: one focusable scroll container, a
 * fixed header, only the rows in view in the DOM, arrows / Page / Home / End to move,
 * Enter to open, Escape to close the detail.
 */
export function InboxGrid(props: InboxGridProps) {
  const { messages, direction, boxes, compact, selectedId, onSelect, onOpen, onClose, gridRef } =
    props;
  const { t } = useTranslation();
  const columns = compact ? compactColumnIds : inboxColumnIds;
  const total = messages.length;

  const selectedIndex = useMemo(
    () => (selectedId ? messages.findIndex((message) => message.id === selectedId) : -1),
    [messages, selectedId],
  );

  const pick = useCallback((_index: number, id: string) => onSelect(id), [onSelect]);
  const open = useCallback((_index: number, id: string) => onOpen(id), [onOpen]);

  const { items, bodyHeight, activeRendered, onKeyDown } = useVirtualGrid({
    total,
    gridRef,
    selectedIndex,
    openKeys: OPEN_KEYS,
    openSelected: selectedId ? () => onOpen(selectedId) : null,
    moveTo: (index) => {
      const message = messages[index];
      if (message) onSelect(message.id);
    },
    onClose,
  });

  return (
    <div
      ref={gridRef}
      role="grid"
      className={compact ? 'record-grid databox-grid--compact' : 'record-grid'}
      tabIndex={0}
      aria-label={
        direction === 'received' ? t('databox.grid.labelReceived') : t('databox.grid.labelSent')
      }
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? inboxRowId(selectedIndex) : undefined}
      aria-keyshortcuts="ArrowUp ArrowDown PageUp PageDown Home End Enter Escape"
      data-testid="databox-grid"
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="record-grid__head">
        <div role="row" aria-rowindex={1} className="record-row record-row--head">
          {columns.map((id) => (
            <div
              key={id}
              role="columnheader"
              className={`record-cell record-cell--head databox-cell--${id}`}
            >
              {columnLabel(t, id, direction)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="record-grid__body" style={{ height: bodyHeight }}>
        {items.map((item) => {
          const message = messages[item.index];
          if (!message) return null;
          return (
            <InboxRow
              key={message.id}
              message={message}
              columns={columns}
              boxLabel={boxLabel(boxes, message.boxKey)}
              index={item.index}
              top={item.start - GRID_HEADER_HEIGHT}
              selected={item.index === selectedIndex}
              onPick={pick}
              onOpen={open}
            />
          );
        })}
      </div>
    </div>
  );
}
