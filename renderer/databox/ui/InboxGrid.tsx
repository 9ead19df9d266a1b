import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import type { DataMessageRecord, MessageDirection } from '../../../common/domain/databox';
import { RecordGrid } from '../../ui/RecordGrid';
import type { RecordGridSelection } from '../../ui/recordGridSelection';
import { columnLabel, compactColumnIds, inboxColumnIds } from './inboxColumns';
import { InboxRow, inboxRowId } from './InboxRow';
import { boxLabel } from './useBoxes';

export interface InboxGridProps extends Omit<RecordGridSelection, 'label'> {
  messages: DataMessageRecord[];
  direction: MessageDirection;
  boxes: IsdsBoxInfo[] | null;
  compact: boolean;
}

const messageId = (message: DataMessageRecord) => message.id;
const headerClassName = (id: string) => `databox-cell--${id}`;

/** The messages as a record grid; Enter opens the message's detail, Escape closes it. */
export function InboxGrid(props: InboxGridProps) {
  const { messages, direction, boxes, compact, ...selection } = props;
  const { onSelect, onOpen } = selection;
  const { t } = useTranslation();
  const columns = compact ? compactColumnIds : inboxColumnIds;

  // Stable callbacks, so that the memoized rows out of the selection's way do not render again.
  const pick = useCallback((_index: number, id: string) => onSelect(id), [onSelect]);
  const open = useCallback((_index: number, id: string) => onOpen(id), [onOpen]);

  return (
    <RecordGrid
      {...selection}
      label={
        direction === 'received' ? t('databox.grid.labelReceived') : t('databox.grid.labelSent')
      }
      rows={messages}
      rowKey={messageId}
      columns={columns}
      rowId={inboxRowId}
      testId="databox-grid"
      className={compact ? 'record-grid databox-grid--compact' : 'record-grid'}
      headerCell={(id) => columnLabel(t, id, direction)}
      headerClassName={headerClassName}
      renderRow={(message, place) => (
        <InboxRow
          message={message}
          columns={columns}
          boxLabel={boxLabel(boxes, message.boxKey)}
          index={place.index}
          top={place.top}
          selected={place.selected}
          onPick={pick}
          onOpen={open}
        />
      )}
    />
  );
}
